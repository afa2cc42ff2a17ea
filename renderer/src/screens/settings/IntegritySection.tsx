import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { BackupSource, IntegrityReport } from '../../../../shared/backup/methods';
import { call } from '../../api/client';
import { RestoreDialog } from './RestoreDialog';

/**
 * 完整性检查: the quick check runs at every start (the desk would not have
 * opened otherwise); the full one on demand. A failed check offers the
 * newest automatic backup that passes its own check.
 */
export function IntegritySection({ onRestored }: { onRestored(): void }) {
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [source, setSource] = useState<BackupSource | null>(null);

  async function check() {
    setBusy(true);
    setError(null);
    try {
      setReport(await call('backup.checkIntegrity', {}));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm">
      <Text size="sm">每次启动时已自动做快速检查（通过后才会打开数据库）。完整检查逐页核对数据库、检查各表之间的引用，并重新计算每份证明材料的校验码，数据多时需要一些时间。</Text>
      <Group>
        <Button variant="light" onClick={() => void check()} loading={busy}>
          完整检查
        </Button>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {report?.ok && (
        <Alert color="green" title="数据库完好">
          完整检查通过（{new Date(report.checkedAt).toLocaleString('zh-CN')}）{report.evidence ? `，${report.evidence.checked} 份证明材料校验码一致` : ''}。
        </Alert>
      )}
      {report && !report.ok && (
        <Alert color="red" title="发现问题">
          <List size="sm">
            {report.integrity.filter((t) => t !== 'ok').map((t, i) => (
              <List.Item key={`i${i}`}>{t}</List.Item>
            ))}
            {(report.evidence?.problems ?? []).slice(0, 20).map((t, i) => (
              <List.Item key={`e${i}`}>{t}</List.Item>
            ))}
            {report.foreignKeys.slice(0, 20).map((f, i) => (
              <List.Item key={`f${i}`}>
                表 {f.table} 第 {f.rowid ?? '?'} 行引用的 {f.parent} 记录不存在
              </List.Item>
            ))}
          </List>
          {report.latestGoodBackup ? (
            <Group mt="sm" gap="xs">
              <Text size="sm">最近一份完好的自动备份：{report.latestGoodBackup.createdAt}</Text>
              <Button size="xs" color="red" variant="light" onClick={() => setSource({ kind: 'automatic', name: report.latestGoodBackup!.name })}>
                从这份备份恢复…
              </Button>
            </Group>
          ) : (
            <Text size="sm" mt="sm">
              没有找到完好的自动备份。请尽快用“立即备份到文件”保存现状，并联系技术人员。
            </Text>
          )}
        </Alert>
      )}
      <RestoreDialog source={source} onClose={() => setSource(null)} onRestored={onRestored} />
    </Stack>
  );
}
