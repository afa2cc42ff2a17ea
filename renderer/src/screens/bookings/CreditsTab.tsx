import { Alert, Badge, Button, Checkbox, Group, ScrollArea, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { CreditsReport } from '../../../../shared/bookings/schemas';
import { call } from '../../api/client';
import { change, useDeskQuery } from '../../api/queries';
import { saveExport } from '../../api/saveExport';
import { maskedId } from './format';
import { PeopleFilterBar } from './PeopleFilterBar';
import { PlatformUpload, RowErrorsTable } from '../../components/PlatformUpload';
import type { PeopleFilter } from './usePeopleJudgement';
import { fieldLabels } from '../../../../shared/words/labels';

/**
 * 学分: import the platform's credit export (dry run first; figures that go
 * down listed apart and applied only when confirmed; the 截至 date read from
 * the file's title when it gives one), and each person's progress with the
 * figures' age, filterable to 未修满 and exported as a list to chase up.
 */
export function CreditsTab({ year }: { year: number }) {
  const policy = useDeskQuery('years.get', { year });
  const [asOf, setAsOf] = useState('');
  const [confirmDown, setConfirmDown] = useState(false);
  const [onlyShort, setOnlyShort] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [file, setFile] = useState<{ fileId: string; name: string } | null>(null);
  const [report, setReport] = useState<CreditsReport | null>(null);
  const [skip, setSkip] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<PeopleFilter>({ unitId: null, query: '' });
  const unitArg = filter.unitId !== null ? { unitId: filter.unitId } : {};
  const list = useDeskQuery('credits.list', { year, ...unitArg, ...(filter.query.trim() ? { query: filter.query.trim() } : {}), ...(onlyShort ? { onlyShort: true } : {}), limit: 500 });
  const dateArg = asOf ? { asOf } : {};

  const preview = async (f: { fileId: string; name: string }) => {
    setFile(f);
    setConfirmDown(false);
    setError(null);
    const r = await call('credits.preview', { fileId: f.fileId, year, ...dateArg });
    setReport(r);
    if (!asOf && r.asOfFromFile) setAsOf(r.asOfFromFile);
  };
  const exportShort = async () => {
    setExporting(true);
    try {
      const f = await call('credits.exportShort', { year, ...unitArg });
      await saveExport(f, `已导出学分未修满名单（${f.rows} 人）`);
    } catch (e) {
      notifications.show({ color: 'red', title: '未能导出学分未修满名单', message: (e as Error).message });
    } finally {
      setExporting(false);
    }
  };
  const apply = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const r = await change('credits.apply', { fileId: file.fileId, year, ...dateArg, ...(skip ? { skipInvalid: true } : {}), ...(confirmDown ? { confirmDecreases: true } : {}) });
      setReport(r);
      if (r.applied) {
        notifications.show({ color: 'green', title: '学分已导入', message: `${r.items.length} 人的学分已更新（截至 ${r.asOf}）` });
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
        <TextInput
          type="date"
          label="学分统计截至"
          description="文件标题写明“数据截至”日期时可不填"
          w={220}
          value={asOf}
          onChange={(e) => setAsOf(e.currentTarget.value)}
        />
        <PlatformUpload label="选择学分文件" onUploaded={preview} />
      </Group>
      {report && (
        <Stack gap="xs" aria-label="学分导入结果">
          <Text size="sm">
            “{report.fileName}”第 {report.headerRow} 行是表头，数据 {report.rows} 行，对应到名册 {report.items.length} 人。
            {report.applied ? <b> 已导入。</b> : <b> 尚未导入。</b>}
          </Text>
          <Text size="sm">
            {report.asOfFromFile ? `文件标题写明数据截至 ${report.asOfFromFile}。` : '文件标题中没有写明数据截至日期。'}
            {report.asOf ? `学分按截至 ${report.asOf} 记录。` : ''}
          </Text>
          {!report.applied && !asOf && !report.asOfFromFile && (
            <Alert color="orange" variant="light">
              请在上方填写“学分统计截至”日期（平台导出学分的日期），再导入。
            </Alert>
          )}
          <RowErrorsTable errors={report.errors} total={report.errorTotal} />
          {report.decreases.length > 0 && (
            <Stack gap={4}>
              <Text c="orange.8" fw={500}>
                有 {report.decreases.length} 人的学分比台账中已有的少
              </Text>
              <ScrollArea.Autosize mah={240}>
                <Table striped aria-label="学分减少名单">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>行</Table.Th>
                      <Table.Th>{fieldLabels.name}</Table.Th>
                      <Table.Th>{fieldLabels.unit}</Table.Th>
                      <Table.Th>公共必修</Table.Th>
                      <Table.Th>选修</Table.Th>
                      <Table.Th>原数据截至</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {report.decreases.map((d) => (
                      <Table.Tr key={d.staffId}>
                        <Table.Td>{d.row}</Table.Td>
                        <Table.Td>{d.name}</Table.Td>
                        <Table.Td>{d.unitPath}</Table.Td>
                        <Table.Td>
                          {d.before.compulsory} → {d.after.compulsory}
                          {d.compulsoryDrop > 0 && `（减少 ${d.compulsoryDrop}）`}
                        </Table.Td>
                        <Table.Td>
                          {d.before.elective} → {d.after.elective}
                          {d.electiveDrop > 0 && `（减少 ${d.electiveDrop}）`}
                        </Table.Td>
                        <Table.Td>{d.before.asOf}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            </Stack>
          )}
          {!report.applied && (
            <Group>
              {report.errorTotal > 0 && <Checkbox label="跳过有错误的行" checked={skip} onChange={(e) => setSkip(e.currentTarget.checked)} />}
              {report.decreases.length > 0 && (
                <Checkbox
                  label={`确认减少：已核对，这 ${report.decreases.length} 人的学分按本文件减少`}
                  checked={confirmDown}
                  onChange={(e) => setConfirmDown(e.currentTarget.checked)}
                />
              )}
              <Button
                disabled={busy || (report.errorTotal > 0 && !skip) || report.items.length === 0 || (report.decreases.length > 0 && !confirmDown) || (!asOf && !report.asOfFromFile)}
                loading={busy}
                onClick={() => void apply()}
              >
                导入 {report.items.length} 人的学分
              </Button>
            </Group>
          )}
          {error && <Alert color="red">{error}</Alert>}
        </Stack>
      )}
      <PeopleFilterBar filter={filter} onChange={setFilter} allWhenEmpty />
      <Group>
        <Switch label="只看未修满（须参加考试、未免考的在职人员）" checked={onlyShort} onChange={(e) => setOnlyShort(e.currentTarget.checked)} />
        <Button variant="default" leftSection={<IconDownload size={16} />} loading={exporting} onClick={() => void exportShort()}>
          导出未修满名单（Excel）
        </Button>
      </Group>
      {list.data && (
        <Text size="sm">
          {onlyShort ? `未修满 ${list.data.total} 人` : `共 ${list.data.total} 人，已修满 ${list.data.complete} 人`}
        </Text>
      )}
      <ScrollArea.Autosize mah={420}>
        <Table striped aria-label="学分进度">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{fieldLabels.name}</Table.Th>
              <Table.Th>{fieldLabels.idNumber}</Table.Th>
              <Table.Th>{fieldLabels.unit}</Table.Th>
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
