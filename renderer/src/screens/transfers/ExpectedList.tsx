import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { maskIdNumber } from '../../../../shared/rules/idNumber';
import type { ExpectedTransfer } from '../../../../shared/transfers/schemas';
import type { Query } from '../../api/queries';
import { change } from '../../api/queries';
import { ConfirmModal } from '../../components/ConfirmModal';
import { localDateTime } from '../../text/format';
import { fieldLabels } from '../../../../shared/words/labels';

interface Props {
  expected: Query<ExpectedTransfer[]>;
  /** 'to': the receiving side's to-do (办理调入 offered); 'from': the sending side's own marks. */
  side: 'to' | 'from';
  emptyText: string;
  onReceive?(e: ExpectedTransfer): void;
}

/** Open 待接收 marks, with 办理调入 for the receiving side and 撤回 for either. */
export function ExpectedList({ expected, side, emptyText, onReceive }: Props) {
  const [withdrawing, setWithdrawing] = useState<ExpectedTransfer | null>(null);

  async function withdraw() {
    if (!withdrawing) return;
    await change('transfers.withdrawExpected', { id: withdrawing.id });
    notifications.show({ color: 'gray', message: `已撤回 ${withdrawing.name} 调往 ${withdrawing.toPath} 的登记` });
  }

  return (
    <Stack gap="sm">
      {expected.error && <Alert color="red">{expected.error.message}</Alert>}
      <DataTable<ExpectedTransfer>
        aria-label={side === 'to' ? '待接收人员' : '已登记的调出去向'}
        withTableBorder
        minHeight={120}
        idAccessor="id"
        records={expected.data ?? []}
        fetching={expected.loading}
        noRecordsText={emptyText}
        columns={[
          { accessor: 'name', title: fieldLabels.name },
          { accessor: 'idNumber', title: fieldLabels.idNumber, render: (e) => maskIdNumber(e.idNumber) },
          { accessor: 'fromPath', title: '现在单位' },
          { accessor: 'toPath', title: '调往单位' },
          { accessor: 'expectedOn', title: '预计日期', render: (e) => e.expectedOn ?? '' },
          { accessor: 'note', title: fieldLabels.notes, render: (e) => e.note ?? '' },
          { accessor: 'createdAt', title: '登记', render: (e) => <Text size="sm">{`${localDateTime(e.createdAt)} ${e.createdBy}`}</Text> },
          {
            accessor: 'actions',
            title: '操作',
            render: (e) => (
              <Group gap={4} wrap="nowrap">
                {side === 'to' && onReceive && (
                  <Button size="compact-xs" onClick={() => onReceive(e)} aria-label={`办理 ${e.name} 调入`}>
                    办理调入
                  </Button>
                )}
                <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setWithdrawing(e)} aria-label={`撤回 ${e.name} 的登记`}>
                  撤回
                </Button>
              </Group>
            ),
          },
        ]}
      />
      <ConfirmModal opened={withdrawing !== null} title="撤回登记" confirmLabel="撤回" onClose={() => setWithdrawing(null)} onConfirm={withdraw}>
        {withdrawing && (
          <Text size="sm">
            撤回 {withdrawing.name} 调往“{withdrawing.toPath}”的登记？撤回后接收单位的待接收列表中将不再显示此人。
          </Text>
        )}
      </ConfirmModal>
    </Stack>
  );
}
