import { Alert, Button, Checkbox, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { call } from '../../api/client';
import { change, useDeskQuery } from '../../api/queries';
import { ConfirmModal } from '../../components/ConfirmModal';
import { UnitFilter } from '../../components/UnitFilter';
import { BookingTable } from './BookingTable';
import { ExportButtons } from './ExportButtons';
import { sessionLabel } from './format';
import { MoveModal } from './MoveModal';
import { SignInSheetModal } from './SignInSheetModal';

/** 报考名单: the year's bookings by unit or session, cancel and 改期, 签到表 and the list to print. */
export function BookingListTab({ year }: { year: number }) {
  const units = useDeskQuery('units.list', {});
  const calendar = useDeskQuery('bookings.calendar', { year });
  const [unitId, setUnitId] = useState<number | null>(null);
  const [sessionAt, setSessionAt] = useState<string | null>(null);
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const list = useDeskQuery('bookings.list', { year, ...(unitId !== null ? { unitId } : {}), ...(sessionAt ? { sessionAt } : {}), ...(flaggedOnly ? { flaggedOnly } : {}) });
  const [checked, setChecked] = useState<Set<number>>(new Set());
  const [dialog, setDialog] = useState<'cancel' | 'move' | 'signIn' | null>(null);

  const rows = list.data ?? [];
  const chosen = rows.filter((b) => checked.has(b.id));
  const sessionsBooked = [...new Set((calendar.data?.days ?? []).flatMap((d) => d.sessions).filter((s) => s.booked > 0).map((s) => s.at))];
  const toggle = (id: number) =>
    setChecked((c) => {
      const next = new Set(c);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const done = (message: string) => {
    notifications.show({ color: 'green', message });
    setChecked(new Set());
    setDialog(null);
  };

  return (
    <Stack>
      <Group align="flex-end">
        <UnitFilter
          label="单位（含下级单位）"
          units={units.data}
          unitId={unitId}
          onChange={setUnitId}
        />
        <Select
          label="考试场次"
          placeholder="全部场次"
          w={220}
          clearable
          searchable
          data={sessionsBooked.map((at) => ({ value: at, label: sessionLabel(at) }))}
          value={sessionAt}
          onChange={setSessionAt}
        />
        <Checkbox label="只看组考方式已变的" checked={flaggedOnly} onChange={(e) => setFlaggedOnly(e.currentTarget.checked)} mb={8} />
      </Group>
      <Group justify="space-between">
        <Group gap="xs">
          <Button color="red" variant="light" disabled={chosen.length === 0} onClick={() => setDialog('cancel')}>
            取消报考（{chosen.length}）
          </Button>
          <Button variant="light" disabled={chosen.length === 0} onClick={() => setDialog('move')}>
            改期（{chosen.length}）
          </Button>
        </Group>
        <Group gap="md">
          <Button variant="default" leftSection={<IconDownload size={16} />} disabled={!sessionAt} onClick={() => setDialog('signIn')}>
            签到表…
          </Button>
          <ExportButtons label="报考名单" make={(format) => call('bookings.exportList', { year, format, ...(unitId !== null ? { unitId } : {}) })} />
        </Group>
      </Group>
      {!sessionAt && <Text size="xs" c="dimmed">选择一个考试场次后可导出该场的签到表。</Text>}
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      {list.data ? <BookingTable rows={rows} checked={checked} onToggle={toggle} /> : <Loader aria-label="正在加载" />}
      {list.data && rows.length === 0 && <Text c="dimmed">没有报考记录。</Text>}
      <ConfirmModal
        opened={dialog === 'cancel'}
        title="取消报考"
        confirmLabel={`取消这 ${chosen.length} 条报考`}
        color="red"
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          const r = await change('bookings.cancel', { ids: chosen.map((b) => b.id) });
          done(`已取消 ${r.cancelled} 条报考`);
        }}
      >
        <Text size="sm">
          将取消 {chosen.slice(0, 5).map((b) => `${b.name}（${sessionLabel(b.sessionAt)}）`).join('、')}
          {chosen.length > 5 ? ` 等 ${chosen.length} 条` : ''}的报考。取消后可重新报考；请同时在平台上取消。
        </Text>
      </ConfirmModal>
      {dialog === 'signIn' && sessionAt && (
        <SignInSheetModal
          sessionAt={sessionAt}
          unitId={unitId}
          room={(calendar.data?.days ?? []).flatMap((d) => d.sessions).find((s) => s.at === sessionAt)?.room ?? null}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'move' && calendar.data && (
        <MoveModal
          calendar={calendar.data}
          ids={chosen.map((b) => b.id)}
          kind={chosen.every((b) => b.kind === 'makeup') ? 'makeup' : 'regular'}
          onClose={() => setDialog(null)}
          onMoved={(n) => done(`已改期 ${n} 条报考`)}
        />
      )}
    </Stack>
  );
}
