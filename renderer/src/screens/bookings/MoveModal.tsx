import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Calendar } from '../../../../shared/bookings/schemas';
import { change } from '../../api/queries';
import { sessionLabel } from './format';
import { SessionPicker } from './SessionPicker';

/** 改期: the ticked bookings to another session, checked like a new booking. */
export function MoveModal({ calendar, ids, kind, onClose, onMoved }: { calendar: Calendar; ids: number[]; kind: 'regular' | 'makeup'; onClose(): void; onMoved(n: number): void }) {
  const [date, setDate] = useState<string | null>(null);
  const [at, setAt] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const move = async () => {
    if (!at) return;
    setBusy(true);
    setError(null);
    try {
      const r = await change('bookings.move', { ids, sessionAt: at });
      onMoved(r.moved);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title="改期" size="lg">
      <Stack>
        <Text size="sm">把选中的 {ids.length} 条报考改到：</Text>
        <SessionPicker calendar={calendar} kind={kind} date={date} onDate={setDate} selected={at ? [at] : []} onToggle={setAt} label="新的考试场次" />
        {error && (
          <Alert color="red" title="没有改期">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button disabled={!at} loading={busy} onClick={() => void move()}>
            {at ? `改到 ${sessionLabel(at)}` : '改期'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
