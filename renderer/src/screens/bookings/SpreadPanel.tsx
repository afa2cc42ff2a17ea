import { Alert, Button, Group, NumberInput, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { SpreadResult } from '../../../../shared/bookings/schemas';
import { change } from '../../api/queries';
import { reasonsText, sessionLabel } from './format';

type Assignment = SpreadResult['assignments'][number];

/** Names shown per unit in the preview before it says “等 N 人”. */
const NAMES_SHOWN = 60;

/** One session of the preview: who goes there, unit by unit. */
function SessionPeople({ a }: { a: Assignment }) {
  const byUnit = new Map<string, string[]>();
  for (const p of a.people) byUnit.set(p.unitPath, [...(byUnit.get(p.unitPath) ?? []), p.name]);
  return (
    <Paper withBorder p="xs" aria-label={`${sessionLabel(a.sessionAt)} 安排名单`}>
      <Text size="sm" fw={600}>
        {sessionLabel(a.sessionAt)}：安排 {a.staffIds.length} 人（原有 {a.before} 人{a.capacity !== null ? `，容量 ${a.capacity} 人` : '，不限容量'}）
      </Text>
      {[...byUnit].map(([unit, names]) => (
        <Text key={unit} size="sm">
          {unit}（{names.length} 人）：{names.slice(0, NAMES_SHOWN).join('、')}
          {names.length > NAMES_SHOWN ? ` 等 ${names.length} 人` : ''}
        </Text>
      ))}
    </Paper>
  );
}

/**
 * The ticked people spread over the chosen sessions within the room capacity:
 * evenly by default (each unit kept together where it fits) or filling the
 * sessions in time order; the preview lists who goes to which session, then confirm.
 */
export function SpreadPanel({ year, sessions, staffIds, onDone }: { year: number; sessions: string[]; staffIds: number[]; onDone(): void }) {
  const [capacity, setCapacity] = useState<number | string>('');
  const [mode, setMode] = useState<'even' | 'fill'>('even');
  const [plan, setPlan] = useState<SpreadResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = `${sessions.join(',')}|${staffIds.join(',')}|${capacity}|${mode}`;
  useEffect(() => {
    setPlan(null);
    setError(null);
  }, [key]);

  const args = (dryRun: boolean) => ({ year, sessionAts: sessions, staffIds, mode, dryRun, ...(capacity === '' ? {} : { capacity: Number(capacity) }) });
  const run = async (dryRun: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const r = await change('bookings.spread', args(dryRun));
      if (dryRun) setPlan(r);
      else {
        notifications.show({ color: 'green', title: '已分配', message: r.assignments.map((a) => `${sessionLabel(a.sessionAt)} ${a.staffIds.length} 人`).join('，') });
        setPlan(null);
        onDone();
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <NumberInput label="每场容量（人）" description="留空则按各场次已设的容量" min={1} max={10000} w={200} value={capacity} onChange={setCapacity} allowDecimal={false} />
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            分配方式
          </Text>
          <SegmentedControl
            aria-label="分配方式"
            value={mode}
            onChange={(v) => setMode(v as 'even' | 'fill')}
            data={[
              { value: 'even', label: '平均分到各场次' },
              { value: 'fill', label: '按时间顺序排满' },
            ]}
          />
        </Stack>
        <Button variant="default" disabled={sessions.length === 0 || staffIds.length === 0} loading={busy && !plan} onClick={() => void run(true)}>
          预览分配（选中 {staffIds.length} 人，{sessions.length} 个场次）
        </Button>
      </Group>
      {error && <Alert color="red" title="没有分配">{error}</Alert>}
      {plan && (
        <Stack gap={4} aria-label="分配预览">
          {plan.assignments.map((a) => (
            <SessionPeople key={a.sessionAt} a={a} />
          ))}
          {plan.ineligible.map((x) => (
            <Text key={x.staffId} size="sm" c="red.8">
              {x.name}：{reasonsText(x.reasons)}
            </Text>
          ))}
          {plan.noRoom.length > 0 && (
            <Alert color="orange">座位不够：还有 {plan.noRoom.length} 人（{plan.noRoom.slice(0, 5).map((x) => x.name).join('、')}）排不下，请调大容量或多选几个场次。</Alert>
          )}
          <Group>
            <Button disabled={plan.noRoom.length > 0 || plan.ineligible.length > 0} loading={busy} onClick={() => void run(false)}>
              确认分配
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
