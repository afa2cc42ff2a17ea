import 'mantine-datatable/styles.css';
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useEffect, useState } from 'react';
import type { AuditFilter, AuditRow } from '../../../../shared/audit/schemas';
import { call } from '../../api/client';
import { useDeskQuery } from '../../api/queries';
import { saveExport } from '../../api/saveExport';
import { localDateTime } from '../../text/format';
import { AuditFilters } from './AuditFilters';
import { ChangeList } from './ChangeList';
import { fieldLabels } from '../../../../shared/words/labels';

const PAGE = 50;

/** 操作记录: every change the desk recorded, filtered, paged, newest first, exportable to Excel. */
export function AuditScreen() {
  const info = useDeskQuery('desk.info', {});
  const units = useDeskQuery('units.list', { includeArchived: true });
  const [filter, setFilter] = useState<AuditFilter>({});
  const [clearCount, setClearCount] = useState(0);
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);
  const key = JSON.stringify(filter);
  useEffect(() => setPage(1), [key]);
  const log = useDeskQuery('audit.search', { ...filter, offset: (page - 1) * PAGE, limit: PAGE });

  async function exportLog() {
    setExporting(true);
    try {
      const file = await call('audit.export', filter);
      if (file.rows === 0) notifications.show({ color: 'yellow', message: '没有符合筛选条件的操作记录，导出的文件只有表头。' });
      await saveExport(file, `已导出 ${file.rows} 条操作记录`);
    } catch (e) {
      notifications.show({ color: 'red', title: '导出失败', message: (e as Error).message });
    } finally {
      setExporting(false);
    }
  }

  if (info.error || units.error) return <Alert color="red">{(info.error ?? units.error)!.message}</Alert>;
  if (!info.data || !units.data) return <Loader aria-label="正在加载" />;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>操作记录</Title>
        <Button leftSection={<IconFileSpreadsheet size={16} />} variant="light" loading={exporting} onClick={() => void exportLog()}>
          导出到 Excel
        </Button>
      </Group>
      <AuditFilters
        filter={filter}
        setFilter={setFilter}
        units={units.data}
        year={Number(info.data.today.slice(0, 4))}
        clearCount={clearCount}
        onClear={() => {
          setFilter({});
          setClearCount((g) => g + 1);
        }}
      />
      {log.error && (
        <Alert color="red" variant="light" title="无法读取操作记录">
          {log.error.message}
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        共 {log.data?.total ?? 0} 条
      </Text>
      <DataTable<AuditRow>
        aria-label="操作记录"
        withTableBorder
        striped
        verticalAlign="top"
        minHeight={200}
        idAccessor="id"
        records={log.data?.rows ?? []}
        fetching={log.loading}
        totalRecords={log.data?.total ?? 0}
        recordsPerPage={PAGE}
        page={page}
        onPageChange={setPage}
        paginationText={({ from, to, totalRecords }) => `第 ${from}–${to} 条，共 ${totalRecords} 条`}
        noRecordsText="没有符合条件的操作记录"
        loadingText="正在加载"
        columns={[
          { accessor: 'at', title: '时间', width: 140, render: (r) => localDateTime(r.at) },
          { accessor: 'actor', title: '操作人', width: 90 },
          { accessor: 'actionLabel', title: '类别', width: 130 },
          { accessor: 'subject', title: '对象', width: 220 },
          { accessor: 'unitPath', title: fieldLabels.unit, width: 200, render: (r) => r.unitPath ?? '' },
          { accessor: 'changes', title: '改动内容', render: (r) => <ChangeList changes={r.changes} /> },
        ]}
      />
    </Stack>
  );
}
