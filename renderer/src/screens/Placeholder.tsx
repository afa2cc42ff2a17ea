import { Alert, Stack, Text, Title } from '@mantine/core';
import type { ScreenInfo } from '../navigation';

/** A screen not built yet says what it will hold, so nobody hunts for a missing button. */
export function Placeholder({ screen }: { screen: ScreenInfo }) {
  return (
    <Stack maw={720}>
      <Title order={2}>{screen.label}</Title>
      <Alert variant="light" color="gray" title="此功能正在建设中">
        <Text size="sm">{screen.summary}</Text>
      </Alert>
    </Stack>
  );
}
