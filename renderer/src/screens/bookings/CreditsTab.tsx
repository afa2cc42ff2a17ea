import { Alert, Badge, Button, Checkbox, Group, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CreditsReport } from '../../../../shared/bookingSchemas';
import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { maskedId } from './format';
import { PeopleFilterBar } from './PeopleFilterBar';
import { PlatformUpload, RowErrorsTable } from './PlatformUpload';
import type { PeopleFilter } from './usePeopleJudgement';

/** 学分: import the platform's credit export (dry run first), and each person's progress with the figures' age. */
export function CreditsTab({ year, today, onChanged }: { year: number; today: string; onChanged(): void }) {
  const policy = useQuery('years.get', { year });
  const [asOf, setAsOf] = useState(today);
  const [file, setFile] = useState<{ fileId: string; name: string } | null>(null);
  const [report, setReport] = useState<CreditsReport | null>(null);
  const [skip, setSkip] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<PeopleFilter>({ unitId: null, query: '' });
  const list = useQuery('credits.list', { year, ...(filter.unitId !== null ? { unitId: filter.unitId } : {}), ...(filter.query.trim() ? { query: filter.query.trim() } : {}), limit: 500 });

  const preview = async (f: { fileId: string; name: string }) => {
    setFile(f);
    setReport(await call('credits.preview', { fileId: f.fileId, year, asOf }));
  };
  const apply = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const r = await call('credits.apply', { fileId: file.fileId, year, asOf, ...(skip ? { skipInvalid: true } : {}) });
      setReport(r);
      if (r.applied) {
        notifications.show({ color: 'green', title: '学分已导入', message: `${r.items.length} 人的学分已更新（截至 ${r.asOf}）` });
        list.reload();
        onChanged();
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const need = policy.data ? `${policy.data.credits.compulsory} 必修 + ${policy.data.credits.elective} 选修` : '';

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        从如法网导出学分统计（Excel），按身份证号或登录账号对应到名册。{need && `${year} 年须修满 ${need} 学分，且须在考试前一天完成。`}
      </Text>
      <Group align="flex-end">
        <TextInput type="date" label="学分统计截至" w={180} value={asOf} onChange={(e) => setAsOf(e.currentTarget.value)} />
        <PlatformUpload label="选择学分文件" onUploaded={preview} />
      </Group>
      {report && (
        <Stack gap="xs" aria-label="学分导入结果">
          <Text size="sm">
            “{report.fileName}”第 {report.headerRow} 行是表头，数据 {report.rows} 行，对应到名册 {report.items.length} 人。
            {report.applied ? <b> 已导入。</b> : <b> 尚未导入。</b>}
          </Text>
          <RowErrorsTable errors={report.errors} total={report.errorTotal} />
          {!report.applied && (
            <Group>
              {report.errorTotal > 0 && <Checkbox label="跳过有错误的行" checked={skip} onChange={(e) => setSkip(e.currentTarget.checked)} />}
              <Button disabled={busy || (report.errorTotal > 0 && !skip) || report.items.length === 0} loading={busy} onClick={() => void apply()}>
                导入 {report.items.length} 人的学分
              </Button>
            </Group>
          )}
          {error && <Alert color="red">{error}</Alert>}
        </Stack>
      )}
      <PeopleFilterBar filter={filter} onChange={setFilter} />
      {list.data && (
        <Text size="sm">
          共 {list.data.total} 人，已修满 {list.data.complete} 人
        </Text>
      )}
      <ScrollArea.Autosize mah={420}>
        <Table striped aria-label="学分进度">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>姓名</Table.Th>
              <Table.Th>身份证号</Table.Th>
              <Table.Th>单位</Table.Th>
              <Table.Th>公共必修</Table.Th>
              <Table.Th>选修</Table.Th>
              <Table.Th>数据截至</Table.Th>
              <Table.Th>状态</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(list.data?.rows ?? []).map((r) => (
              <Table.Tr key={r.staffId}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>{maskedId(r.idNumber)}</Table.Td>
                <Table.Td>{r.unitPath}</Table.Td>
                <Table.Td>{r.credits ? `${r.credits.compulsory} / ${policy.data?.credits.compulsory ?? ''}` : '—'}</Table.Td>
                <Table.Td>{r.credits ? `${r.credits.elective} / ${policy.data?.credits.elective ?? ''}` : '—'}</Table.Td>
                <Table.Td>{r.credits ? `${r.credits.asOf}（${r.ageDays === 0 ? '今天' : `${r.ageDays} 天前`}）` : '未导入'}</Table.Td>
                <Table.Td>
                  <Badge color={r.complete ? 'green' : 'orange'} variant="light">
                    {r.complete ? '已修满' : '未修满'}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
