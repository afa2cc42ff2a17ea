import { Alert, Badge, Button, Group, SegmentedControl, Stack, Switch, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { DataTable } from 'mantine-datatable';
import { useEffect, useState } from 'react';
import { maskIdNumber } from '../../../../shared/rules/idNumber';
import type { Transfer } from '../../../../shared/transfers/schemas';
import { change, useDeskQuery } from '../../api/queries';
import { ConfirmModal } from '../../components/ConfirmModal';
import { directionColors, directionLabels } from './format';
import { localDateTime } from '../../text/format';
import { fieldLabels, transferDateLabels } from '../../../../shared/words/labels';

const PAGE = 20;

interface Props {
  unitId: number | null;
}

/** 异动记录: the one history, as the chosen unit sees it (调入 and 调出), with 撤销 on each person's latest transfer. */
export function HistoryTable({ unitId }: Props) {
  const [direction, setDirection] = useState<'all' | 'in' | 'out'>('all');
  const [includeUndone, setIncludeUndone] = useState(true);
  const [page, setPage] = useState(1);
  const [undoing, setUndoing] = useState<Transfer | null>(null);
  const [undoReason, setUndoReason] = useState('');
  useEffect(() => setPage(1), [unitId, direction, includeUndone]);
  const history = useDeskQuery('transfers.history', {
    ...(unitId ? { unitId } : {}),
    direction,
    includeUndone,
    offset: (page - 1) * PAGE,
    limit: PAGE,
  });

  async function undo() {
    if (!undoing) return;
    const t = await change('transfers.undo', { id: undoing.id, reason: undoReason.trim() || null });
    notifications.show({ color: 'gray', title: '已撤销调动', message: `${t.name} 的调动（${t.effectiveOn} 调入 ${t.toPath}）已撤销` });
    setUndoReason('');
  }

  return (
    <Stack gap="sm">
      <Group gap="lg">
        <SegmentedControl
          aria-label="方向"
          value={direction}
          onChange={(v) => setDirection(v as typeof direction)}
          data={[
            { value: 'all', label: '全部' },
            { value: 'in', label: '调入' },
            { value: 'out', label: '调出' },
          ]}
          disabled={unitId === null}
        />
        <Switch label="显示已撤销的调动" checked={includeUndone} onChange={(e) => setIncludeUndone(e.currentTarget.checked)} />
      </Group>
      {history.error && <Alert color="red">{history.error.message}</Alert>}
      <DataTable<Transfer>
        aria-label="异动记录"
        withTableBorder
        striped
        minHeight={160}
        idAccessor="id"
        records={history.data?.rows ?? []}
        fetching={history.loading}
        totalRecords={history.data?.total ?? 0}
        recordsPerPage={PAGE}
        page={page}
        onPageChange={setPage}
        paginationText={({ from, to, totalRecords }) => `第 ${from}–${to} 条，共 ${totalRecords} 条`}
        noRecordsText="没有异动记录"
        loadingText="正在加载"
        rowStyle={(t) => (t.undoneAt ? { opacity: 0.6 } : undefined)}
        columns={[
          { accessor: 'effectiveOn', title: transferDateLabels.effectiveOn, noWrap: true },
          { accessor: 'name', title: fieldLabels.name, noWrap: true, render: (t) => <Text size="sm" td={t.undoneAt ? 'line-through' : undefined}>{t.name}</Text> },
          { accessor: 'idNumber', title: fieldLabels.idNumber, noWrap: true, render: (t) => maskIdNumber(t.idNumber) },
          {
            accessor: 'direction',
            title: '方向',
            noWrap: true,
            render: (t) =>
              t.direction ? (
                <Text size="sm" fw={600} c={directionColors[t.direction]}>
                  {directionLabels[t.direction]}
                </Text>
              ) : null,
            hidden: unitId === null,
          },
          { accessor: 'fromPath', title: '调出单位', render: (t) => (t.fromOutside ? `${t.fromPath}（外单位）` : t.fromPath) },
          { accessor: 'toPath', title: '调入单位' },
          { accessor: 'reason', title: '原因', noWrap: true, render: (t) => t.reason ?? '' },
          {
            accessor: 'source',
            title: '来源',
            noWrap: true,
            render: (t) => (t.source === 'import' ? <Tooltip label={t.sourceFile ?? ''}><Text size="sm">名册导入</Text></Tooltip> : '办理调入'),
          },
          { accessor: 'recordedAt', title: '登记', noWrap: true, render: (t) => `${localDateTime(t.recordedAt)} ${t.recordedBy}` },
          {
            accessor: 'state',
            title: '状态',
            render: (t) => (
              <Group gap={4}>
                {t.undoneAt && (
                  <Tooltip label={`${localDateTime(t.undoneAt)} 由 ${t.undoneBy ?? ''} 撤销${t.undoReason ? `：${t.undoReason}` : ''}`}>
                    <Badge color="gray">已撤销</Badge>
                  </Tooltip>
                )}
                {!t.undoneAt && t.flaggedBookings > 0 && <Badge color="yellow" variant="light">报考待核对 {t.flaggedBookings}</Badge>}
              </Group>
            ),
          },
          {
            accessor: 'actions',
            title: '操作',
            noWrap: true,
            render: (t) =>
              t.undoable ? (
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => setUndoing(t)} aria-label={`撤销 ${t.name} 的调动`}>
                  撤销
                </Button>
              ) : null,
          },
        ]}
      />
      <ConfirmModal opened={undoing !== null} title="撤销调动" confirmLabel="撤销调动" color="red" onClose={() => setUndoing(null)} onConfirm={undo}>
        {undoing && (
          <Stack gap="xs">
            <Text size="sm">
              撤销 <b>{undoing.name}</b> 于 {undoing.effectiveOn} 从 {undoing.fromPath} 调入 {undoing.toPath} 的记录。
            </Text>
            <Text size="sm">
              {undoing.fromOutside ? '此人是从外单位调入的，撤销后将删除调入时新建的学员记录。' : `撤销后此人回到“${undoing.fromPath}”。`}
              这条记录会保留在异动记录中，标为“已撤销”。
            </Text>
            <TextInput label="撤销原因" placeholder="如：录错单位" value={undoReason} onChange={(e) => setUndoReason(e.currentTarget.value)} />
          </Stack>
        )}
      </ConfirmModal>
    </Stack>
  );
}
