import { Alert, Center, List, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { addressHasCode, ApiCallError, browserSession, currentTransport, OFFLINE } from '../api/client';

type GateState = 'ready' | 'opening' | ApiCallError;

/**
 * In browser mode, opening the printed address exchanges its one-time code
 * for the tab's session secret; an address already used (from the history,
 * in a second tab) gets a page saying what to do instead of a desk that
 * refuses every call.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<GateState>(() => (currentTransport() === 'browser' && addressHasCode() ? 'opening' : 'ready'));

  useEffect(() => {
    if (state !== 'opening') return;
    browserSession().then(
      () => setState('ready'),
      (e: unknown) => setState(e instanceof ApiCallError ? e : new ApiCallError(OFFLINE)),
    );
  }, [state]);

  // While the code is being exchanged the desk already loads its screen (its calls wait for the secret).
  if (state === 'ready' || state === 'opening') return children;
  return (
    <Center h="100vh" p="md">
      <Stack maw={640}>
        <Title order={3}>{state.code === 'ADDRESS_USED' ? '这个地址已经用过了' : '无法打开学法考法管理台'}</Title>
        {state.code === 'ADDRESS_USED' ? (
          <>
            <Text>启动时显示的地址只能打开一次：打开后它就失效了，这样别人翻看浏览器的历史记录也打不开台账。</Text>
            <List spacing="xs">
              <List.Item>请回到已经打开的学法考法管理台窗口（浏览器标签页）继续使用。</List.Item>
              <List.Item>如果那个窗口已经关闭：请在启动学法考法管理台的命令行窗口按 Ctrl+C 关闭它，再重新启动，用新显示的地址打开。</List.Item>
            </List>
          </>
        ) : (
          <Alert color="red">{state.message}</Alert>
        )}
      </Stack>
    </Center>
  );
}
