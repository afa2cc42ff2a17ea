import { Alert, Badge, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import type { EligibilityRow, MakeupCandidate } from '../../../../shared/bookings/schemas';
import { change, useDeskQuery } from '../../api/queries';
import { reasonsText, sessionLabel } from './format';
import { PeopleTable, PersonRow } from './PeopleTable';
import { SessionModePicker } from './SessionModePicker';
import { SpreadPanel } from './SpreadPanel';
import { UnitFilter } from '../../components/UnitFilter';

const whyLabels: Record<MakeupCandidate['why'], string> = { absent: '缺考', failed: '不合格', notSat: '未参加考试' };

/**
 * 补考: who missed or failed the regular exam (all units or one unit with its
 * sub-units), registered for one make-up session or spread over several within
 * the room capacity, within the registration days.
 */
export function MakeupTab({ year }: { year: number }) {
  const units = useDeskQuery('units.list', {});
  const [unitId, setUnitId] = useState<number | null>(null);
  const list = useDeskQuery('bookings.makeupList', { year, ...(unitId !== null ? { unitId } : {}) });
  const calendar = useDeskQuery('bookings.calendar', { year });
  const policy = useDeskQuery('years.get', { year });
  const [mode, setMode] = useState<'one' | 'spread'>('one');
  const [date, setDate] = useState<string | null>(null);
  const [sessions, setSessions] = useState<string[]>([]);
  const at = sessions[0] ?? null;
  const toggleSession = (s: string) => setSessions((x) => (mode === 'one' ? [s] : x.includes(s) ? x.filter((y) => y !== s) : [...x, s].sort()));
  const [checked, setChecked] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState(false);

  const people = list.data ?? [];
  const ids = people.map((p) => p.staffId).join(',');
  const judgement = useDeskQuery('bookings.eligibility', { year, sessionAt: at ?? '', staffIds: ids === '' ? [] : ids.split(',').map(Number) }, { enabled: at !== null && ids !== '' });
  const judgedRows = at !== null && ids !== '' ? judgement.data?.rows : undefined;
  const judged = useMemo(() => new Map<number, EligibilityRow>((judgedRows ?? []).map((x) => [x.staffId, x])), [judgedRows]);

  const toggle = (staffId: number) =>
    setChecked((c) => {
      const next = new Set(c);
      if (!next.delete(staffId)) next.add(staffId);
      return next;
    });
  const bookable = people.filter((p) => judged.get(p.staffId)?.eligible);
  const chosen = bookable.filter((p) => checked.has(p.staffId));
  const register = async () => {
    if (!at) return;
    setBusy(true);
    try {
      const r = await change('bookings.book', { year, sessionAt: at, staffIds: chosen.map((p) => p.staffId) });
      notifications.show({ color: 'green', title: '已报名补考', message: `${r.booked} 人已报名 ${sessionLabel(at)} 场补考` });
      setChecked(new Set());
    } catch (e) {
      notifications.show({ color: 'red', title: '没有报名', message: (e as Error).message, autoClose: 10_000 });
    } finally {
      setBusy(false);
    }
  };

  if (list.error) return <Alert color="red">{list.error.message}</Alert>;
  if (!list.data || !calendar.data) return <Loader aria-label="正在加载" />;
  const m = policy.data?.makeup;
  return (
    <Stack>
      {m && (
        <Text size="sm" c="dimmed">
          补考报名 {m.registration.start} 至 {m.registration.end}，补考 {m.exam.start} 至 {m.exam.end}；补考结束后本年度不再安排在线考试。
        </Text>
      )}
      <SessionModePicker
        calendar={calendar.data}
        kind="makeup"
        mode={mode}
        onMode={(v) => {
          setMode(v);
          setSessions((x) => x.slice(0, 1));
        }}
        date={date}
        onDate={setDate}
        selected={sessions}
        onToggle={toggleSession}
        verb="报名"
        labels={{ one: '补考场次', spread: '补考场次（可多选，平均分配）' }}
      />
      <UnitFilter
        label="单位（含下级单位）"
        units={units.data}
        unitId={unitId}
        onChange={(id) => {
          setUnitId(id);
          setChecked(new Set());
        }}
      />
      <Group justify="space-between">
        <Text size="sm">需要补考 {people.length} 人{at ? `，可报名 ${bookable.length} 人，已选 ${chosen.length} 人` : ''}</Text>
        <Group gap="xs">
          <Button variant="default" size="xs" disabled={!at} onClick={() => setChecked(new Set(bookable.map((p) => p.staffId)))}>
            全选可报名
          </Button>
          {mode === 'one' && (
            <Button disabled={!at || chosen.length === 0} loading={busy} onClick={() => void register()}>
              为选中的 {chosen.length} 人报名补考
            </Button>
          )}
        </Group>
      </Group>
      {mode === 'spread' && at && (
        <SpreadPanel
          year={year}
          sessions={sessions}
          staffIds={chosen.map((p) => p.staffId)}
          onDone={() => setChecked(new Set())}
        />
      )}
      <PeopleTable label="补考名单" maxHeight={480} columns={['原因', '补考场次', '能否报名']}>
        {people.slice(0, 1000).map((p) => {
          const j = judged.get(p.staffId);
          return (
            <PersonRow key={p.staffId} person={p} tickLabel={`选择${p.name}`} tickable={!!j?.eligible} checked={checked.has(p.staffId)} onToggle={() => toggle(p.staffId)}>
              <Table.Td>
                {whyLabels[p.why]}
                {p.score !== null ? ` ${p.score} 分` : ''}
                {p.lastSessionAt ? `（${sessionLabel(p.lastSessionAt)}）` : ''}
              </Table.Td>
              <Table.Td>{p.makeupBooking ? sessionLabel(p.makeupBooking.sessionAt) : '—'}</Table.Td>
              <Table.Td>
                {p.makeupBooking ? (
                  <Badge color="blue" variant="light">
                    已报名补考
                  </Badge>
                ) : !at ? null : j?.eligible ? (
                  <Badge color="green" variant="light">
                    可报名
                  </Badge>
                ) : (
                  <Text size="sm" c="red.8">
                    {j ? reasonsText(j.reasons) : ''}
                  </Text>
                )}
              </Table.Td>
            </PersonRow>
          );
        })}
      </PeopleTable>
      {people.length === 0 && <Text c="dimmed">没有需要补考的人员（考试结果导入后，缺考和不合格的人员会列在这里）。</Text>}
    </Stack>
  );
}
