import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { outcomeLabels, type ResultsReport } from '../../../../shared/bookings/schemas';
import { call } from '../../api/client';
import { change } from '../../api/queries';
import { sessionLabel } from './format';
import { PlatformUpload, RowErrorsTable } from '../../components/PlatformUpload';

/** 考试结果: the platform's results export (参考/缺考, 成绩) recorded on the bookings after a dry run. */
export function ResultsTab({ year }: { year: number }) {
  const [file, setFile] = useState<{ fileId: string; name: string } | null>(null);
  const [report, setReport] = useState<ResultsReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const preview = async (f: { fileId: string; name: string }) => {
    setFile(f);
    setReport(await call('results.preview', { fileId: f.fileId, year }));
  };
  const apply = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const r = await change('results.apply', { fileId: file.fileId, year });
      setReport(r);
      if (r.applied) {
        notifications.show({ color: 'green', title: '考试结果已登记', message: `合格 ${r.counts.passed} 人，不合格 ${r.counts.failed} 人，缺考 ${r.counts.absent} 人` });
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        从如法网导出考试结果（Excel：身份证号或登录账号、考试状态“参考/缺考”、成绩）。成绩达到合格分数为合格；文件中有任何错误时不登记任何结果。
      </Text>
      <PlatformUpload label="选择考试结果文件" onUploaded={preview} />
      {report && (
        <Stack gap="xs" aria-label="考试结果导入">
          <Text size="sm">
            “{report.fileName}”数据 {report.rows} 行：合格 {report.counts.passed} 人，不合格 {report.counts.failed} 人，缺考 {report.counts.absent} 人。
            {report.applied ? <b> 已登记。</b> : <b> 尚未登记。</b>}
          </Text>
          <RowErrorsTable errors={report.errors} total={report.errorTotal} />
          {report.errorTotal > 0 && <Alert color="red">请按错误列表修改文件后重新选择；没有登记任何结果。</Alert>}
          {report.errorTotal === 0 && (
            <List size="sm">
              {report.items.slice(0, 20).map((i) => (
                <List.Item key={i.row}>
                  {i.name}（{sessionLabel(i.sessionAt)}）：{outcomeLabels[i.outcome]}
                  {i.score !== null ? ` ${i.score} 分` : ''}
                </List.Item>
              ))}
            </List>
          )}
          {!report.applied && report.errorTotal === 0 && (
            <Group>
              <Button loading={busy} disabled={report.items.length === 0} onClick={() => void apply()}>
                登记 {report.items.length} 人的考试结果
              </Button>
            </Group>
          )}
          {error && <Alert color="red">{error}</Alert>}
        </Stack>
      )}
    </Stack>
  );
}
