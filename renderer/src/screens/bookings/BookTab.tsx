import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { change, useDeskQuery } from '../../api/queries';
import { CapacityEditor } from './CapacityEditor';
import { EligibilityTable } from './EligibilityTable';
import { reasonsText, sessionLabel } from './format';
import { PeopleFilterBar } from './PeopleFilterBar';
import { SessionModePicker } from './SessionModePicker';
import { SpreadPanel } from './SpreadPanel';
import { usePeopleJudgement, type PeopleFilter } from './usePeopleJudgement';

/**
 * 安排考试: pick a day and a session in the route windows, pick people (a
 * unit, a name), see who is bookable and why not, and book the ticked ones
 * into one session or let the desk spread them over several.
 */
export function BookTab({ year }: { year: number }) {
  const calendar = useDeskQuery('bookings.calendar', { year });
  const [mode, setMode] = useState<'one' | 'spread'>('one');
  const [date, setDate] = useState<string | null>(null);
  const [sessions, setSessions] = useState<string[]>([]);
  const [filter, setFilter] = useState<PeopleFilter>({ unitId: null, query: '' });
  const [checked, setChecked] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState(false);

  const first = sessions[0] ?? null;
  const judged = usePeopleJudgement(year, first, filter);
  const rows = judged.result?.rows ?? [];
  const eligible = rows.filter((r) => r.eligible);
  const chosen = eligible.filter((r) => checked.has(r.staffId));

  const toggleSession = (at: string) =>
    setSessions((s) => (mode === 'one' ? [at] : s.includes(at) ? s.filter((x) => x !== at) : [...s, at].sort()));
  const toggle = (id: number) =>
    setChecked((c) => {
      const next = new Set(c);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const book = async () => {
    if (!first) return;
    setBusy(true);
    try {
      const r = await change('bookings.book', { year, sessionAt: first, staffIds: chosen.map((x) => x.staffId) });
      notifications.show({ color: 'green', title: '已报考', message: `${r.booked} 人已报考 ${sessionLabel(first)} 场` });
      setChecked(new Set());
    } catch (e) {
      notifications.show({ color: 'red', title: '没有报考', message: (e as Error).message, autoClose: 10_000 });
    } finally {
      setBusy(false);
    }
  };

  if (calendar.error) return <Alert color="red">{calendar.error.message}</Alert>;
  if (!calendar.data) return <Loader aria-label="正在加载" />;
  const slot = calendar.data.days.flatMap((d) => d.sessions).find((s) => s.at === first);

  return (
    <Stack>
      <SessionModePicker
        calendar={calendar.data}
        kind="regular"
        mode={mode}
        onMode={(v) => {
          setMode(v);
          setSessions((s) => s.slice(0, 1));
        }}
        date={date}
        onDate={setDate}
        selected={sessions}
        onToggle={toggleSession}
        verb="报考"
        labels={{ one: '考试场次', spread: '考试场次（可多选）' }}
      />
      {mode === 'one' && slot && <CapacityEditor slot={slot} />}
      <PeopleFilterBar filter={filter} onChange={setFilter} />
      {!first && <Text c="dimmed">先选择考试日期和场次，再选择单位或输入姓名。</Text>}
      {first && judged.result === null && !judged.loading && <Text c="dimmed">选择单位或输入姓名，列出人员及能否报考。</Text>}
      {judged.error && <Alert color="red">{judged.error}</Alert>}
      {judged.result && (
        <Stack gap="xs">
          {judged.result.sessionReasons.length > 0 && (
            <Alert color="orange" title={`${sessionLabel(judged.result.sessionAt)} 场不能报考`}>
              {reasonsText(judged.result.sessionReasons)}
            </Alert>
          )}
          <Group justify="space-between">
            <Text size="sm" aria-live="polite">
              共 {judged.result.total} 人，可报考 {judged.result.eligibleCount} 人，已选 {chosen.length} 人
            </Text>
            <Group gap="xs">
              <Button variant="default" size="xs" onClick={() => setChecked(new Set(eligible.map((r) => r.staffId)))}>
                全选可报考
              </Button>
              <Button variant="default" size="xs" onClick={() => setChecked(new Set())}>
                全不选
              </Button>
            </Group>
          </Group>
          <EligibilityTable rows={rows} checked={checked} onToggle={toggle} />
          {mode === 'one' ? (
            <Group>
              <Button disabled={chosen.length === 0} loading={busy} onClick={() => void book()}>
                为选中的 {chosen.length} 人报考 {sessionLabel(first!)} 场
              </Button>
            </Group>
          ) : (
            <SpreadPanel year={year} sessions={sessions} staffIds={chosen.map((r) => r.staffId)} onDone={() => setChecked(new Set())} />
          )}
        </Stack>
      )}
    </Stack>
  );
}
