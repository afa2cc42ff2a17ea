import { Alert, Button, Stack, Text } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What it guards (a screen's route key, or the shell), for the console. */
  where: string;
}

interface State {
  error: Error | null;
}

/**
 * A screen that fails to render (or whose code fails to load) shows this
 * instead of leaving a white window: what happened in the admin's words and
 * 重新加载; the error itself goes to the console.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[xuefa] "${this.props.where}" failed to render:`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <Alert color="red" title="这个画面出错了" role="alert" m="md">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">显示这个画面时程序出错了，已经保存的数据不受影响。请点“重新加载”再试；如果再次出现，请记下刚才做了什么，联系技术支持。</Text>
          <Button onClick={() => window.location.reload()}>重新加载</Button>
        </Stack>
      </Alert>
    );
  }
}
