import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { change, useDeskQuery } from '../../api/queries';

/**
 * 计划日期: the day (and time) the booking rules treat as "now". Left
 * empty, the desk uses today; set, the admin can plan ahead (the make-up
 * list before registration opens, say). Audit rows keep the real time.
 */
export function PlanningDate() {
  const clock = useDeskQuery('planning.get', {});
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (clock.data) setValue(clock.data.asOf ? (clock.data.asOf.length === 10 ? `${clock.data.asOf}T00:00` : clock.data.asOf) : '');
  }, [clock.data]);
  const save = async (asOf: string | null) => {
    setBusy(true);
    try {
      await change('planning.set', { asOf });
      notifications.show({ color: 'green', message: asOf ? `报考条件改按 ${asOf.replace('T', ' ')} 判断` : '报考条件改回按今天判断' });
    } catch (e) {
      notifications.show({ color: 'red', title: '没有保存', message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        报考、补考报名和“场次已过去”都按这个时间判断。留空则按今天（{clock.data?.clockNow.replace('T', ' ') ?? '…'}）。
      </Text>
      <Group align="flex-end">
        <TextInput type="datetime-local" label="计划日期" w={240} value={value} onChange={(e) => setValue(e.currentTarget.value)} />
        <Button loading={busy} disabled={!value} onClick={() => void save(value.slice(0, 16))}>
          按此日期计划
        </Button>
        <Button variant="default" disabled={busy || !clock.data?.asOf} onClick={() => void save(null)}>
          改回按今天
        </Button>
      </Group>
    </Stack>
  );
}
