import { Button, Group, NumberInput, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { SessionSlot } from '../../../../shared/bookings/schemas';
import { change } from '../../api/queries';
import { sessionLabel } from './format';

/** A session's computer room and how many seats it has (empty: no limit). */
export function CapacityEditor({ slot }: { slot: SessionSlot }) {
  const [capacity, setCapacity] = useState<number | string>(slot.capacity ?? '');
  const [room, setRoom] = useState(slot.room ?? '');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setCapacity(slot.capacity ?? '');
    setRoom(slot.room ?? '');
  }, [slot.at, slot.capacity, slot.room]);
  const save = async () => {
    setBusy(true);
    try {
      await change('bookings.setCapacity', { sessionAt: slot.at, capacity: capacity === '' ? null : Number(capacity), room: room.trim() || null });
      notifications.show({ color: 'green', message: `${sessionLabel(slot.at)} 场的考场和容量已保存` });
    } catch (e) {
      notifications.show({ color: 'red', title: '没有保存', message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Group align="flex-end">
      <TextInput label="考场" placeholder="如：三楼机房" w={180} value={room} onChange={(e) => setRoom(e.currentTarget.value)} />
      <NumberInput label="容量（人）" placeholder="不限" min={1} max={10000} w={120} value={capacity} onChange={setCapacity} allowDecimal={false} />
      <Button variant="default" loading={busy} onClick={() => void save()}>
        保存考场和容量
      </Button>
    </Group>
  );
}
