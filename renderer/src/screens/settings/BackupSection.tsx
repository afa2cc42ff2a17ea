import { Alert, Button, FileButton, Group, Loader, NumberInput, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { BackupSource } from '../../../../shared/backup/methods';
import { canPickBackup, pickBackup, uploadFile } from '../../api/files';
import { change, useDeskQuery } from '../../api/queries';
import { saveExport } from '../../api/saveExport';
import { reasonLabel, sizeText } from './backupText';
import { RestoreDialog } from './RestoreDialog';

/**
 * 备份与恢复: a one-file backup to save anywhere, the automatic backups (daily,
 * before imports, before upgrades, before restores) kept to a count, and
 * restoring either kind with a preview and an undo.
 */
export function BackupSection({ onRestored }: { onRestored(): void }) {
  const status = useDeskQuery('backup.status', {});
  const [making, setMaking] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [source, setSource] = useState<BackupSource | null>(null);
  const [keep, setKeep] = useState<number | null>(null);

  async function backupNow() {
    setMaking(true);
    setError(null);
    try {
      const made = await change('backup.create', {});
      await saveExport(made, `已备份：${made.counts.units} 个单位、${made.counts.staff} 名学员，证明材料 ${made.evidenceFiles} 个文件（${sizeText(made.size)}）`);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setMaking(false);
    }
  }

  async function chooseFile(file: File | null) {
    if (!file) return;
    setUploading(true);
    setError(null);
    try {
      const stored = await uploadFile(file, 'backup');
      setSource({ kind: 'upload', fileId: stored.fileId });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setUploading(false);
    }
  }

  async function pickInPlace() {
    setError(null);
    try {
      const picked = await pickBackup();
      if (picked) setSource(picked);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function saveKeep(keepCount: number) {
    try {
      const r = await change('backup.setKeepCount', { keepCount });
      notifications.show({ color: 'green', message: `自动备份保留最近 ${r.keepCount} 份${r.removed ? `，已删除较早的 ${r.removed} 份` : ''}` });
      setKeep(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  const s = status.data;
  return (
    <Stack gap="sm">
      <Group>
        <Button onClick={() => void backupNow()} loading={making}>
          立即备份到文件
        </Button>
        {canPickBackup() ? (
          <Button variant="light" onClick={() => void pickInPlace()}>
            从备份文件恢复…
          </Button>
        ) : (
          <FileButton onChange={(f) => void chooseFile(f)} accept=".xfbak,.sqlite">
            {(props) => (
              <Button {...props} variant="light" loading={uploading}>
                从备份文件恢复…
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {making && <Text size="sm">正在备份数据库和证明材料，数据多时需要一些时间…</Text>}
      <Text size="xs" c="dimmed">
        备份文件（.xfbak）包含数据库和全部证明材料，可保存到 U 盘或其他电脑。恢复前会先检查备份是否完整，并显示其中的内容供确认。
      </Text>
      {error && (
        <Alert color="red" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {status.error && <Alert color="red">{status.error.message}</Alert>}
      {!s && !status.error && <Loader size="sm" aria-label="正在加载" />}
      {s && (
        <>
          <Group align="flex-end" gap="xs">
            <NumberInput
              label="自动备份保留份数"
              value={keep ?? s.keepCount}
              onChange={(v) => typeof v === 'number' && setKeep(v)}
              min={3}
              max={365}
              allowDecimal={false}
              w={160}
            />
            <Button variant="default" disabled={keep === null || keep === s.keepCount || keep < 3 || keep > 365} onClick={() => keep !== null && void saveKeep(keep)}>
              保存
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            每天第一次打开、导入名册前、升级前和恢复备份前都会自动备份到 {s.backupsDir}，超过保留份数时删除最早的自动备份。
          </Text>
          {s.backups.length === 0 ? (
            <Text size="sm" c="dimmed">
              还没有自动备份。
            </Text>
          ) : (
            <Table striped withTableBorder aria-label="自动备份">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>时间</Table.Th>
                  <Table.Th>原因</Table.Th>
                  <Table.Th ta="right">大小</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.backups.map((b) => (
                  <Table.Tr key={b.name}>
                    <Table.Td>{b.createdAt}</Table.Td>
                    <Table.Td>{reasonLabel(b.reason)}</Table.Td>
                    <Table.Td ta="right">{sizeText(b.size)}</Table.Td>
                    <Table.Td ta="right">
                      <Button size="compact-xs" variant="subtle" onClick={() => setSource({ kind: 'automatic', name: b.name })} aria-label={`从 ${b.createdAt} 的备份恢复`}>
                        恢复
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
      <RestoreDialog
        source={source}
        onClose={() => {
          setSource(null);
          status.reload();
        }}
        onRestored={onRestored}
      />
    </Stack>
  );
}
