import { Alert, Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { BackupEntry, BackupPreview, BackupSource } from '../../../../shared/backup/methods';
import { call } from '../../api/client';
import { change } from '../../api/queries';
import { evidenceOutcome, previewLines } from './backupText';

type Step =
  | { kind: 'checking' }
  | { kind: 'preview'; preview: BackupPreview }
  | { kind: 'restoring'; preview: BackupPreview }
  | { kind: 'done'; preview: BackupPreview; beforeRestore: BackupEntry; evidence: string | null }
  | { kind: 'failed'; message: string };

interface Props {
  source: BackupSource | null;
  onClose(): void;
  /** After a restore (or its undo): the desk's data changed, reload what is shown. */
  onRestored(): void;
}

/**
 * Restoring a backup: the desk checks it fully and shows what it holds; only
 * after the admin confirms is it restored, and the state it replaces is kept
 * as a backup that the 撤销 button restores (through the same preview).
 */
export function RestoreDialog({ source, onClose, onRestored }: Props) {
  const [current, setCurrent] = useState<BackupSource | null>(source);
  const [step, setStep] = useState<Step>({ kind: 'checking' });

  useEffect(() => setCurrent(source), [source]);
  useEffect(() => {
    if (!current) return;
    let live = true;
    setStep({ kind: 'checking' });
    call('backup.inspect', { source: current }).then(
      (preview) => live && setStep({ kind: 'preview', preview }),
      (e: Error) => live && setStep({ kind: 'failed', message: e.message }),
    );
    return () => {
      live = false;
    };
  }, [current]);

  async function restore(preview: BackupPreview) {
    if (!current) return;
    setStep({ kind: 'restoring', preview });
    try {
      const r = await change('backup.restore', { source: current });
      setStep({ kind: 'done', preview, beforeRestore: r.beforeRestore, evidence: evidenceOutcome(r) });
      onRestored();
    } catch (e) {
      setStep({ kind: 'failed', message: (e as Error).message });
    }
  }

  const busy = step.kind === 'restoring';
  return (
    <Modal opened={current !== null} onClose={() => !busy && onClose()} title="从备份恢复" size="lg" closeOnClickOutside={!busy}>
      <Stack gap="sm">
        {step.kind === 'checking' && (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">正在检查备份（校验每个文件和数据库的完整性）…</Text>
          </Group>
        )}
        {step.kind === 'failed' && (
          <Alert color="red" title="没有恢复">
            {step.message}
          </Alert>
        )}
        {(step.kind === 'preview' || step.kind === 'restoring' || step.kind === 'done') && <PreviewTable preview={step.preview} />}
        {step.kind === 'preview' && (
          <Alert color="orange" title="确认恢复？">
            恢复后，台账中的数据将变为这份备份中的内容。现有数据会先自动保存为一份“恢复备份前”的备份，恢复后可以撤销。
          </Alert>
        )}
        {step.kind === 'restoring' && (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">正在恢复，请不要关闭程序…</Text>
          </Group>
        )}
        {step.kind === 'done' && (
          <Alert color="green" title="已恢复">
            {step.evidence && <Text size="sm">{step.evidence}</Text>}
            原有数据已保存为“{step.beforeRestore.name}”（证明材料的变动一并记下）。如果恢复错了，可以撤销这次恢复。
          </Alert>
        )}
        <Group justify="flex-end">
          {step.kind === 'preview' && (
            <>
              <Button variant="default" onClick={onClose}>
                取消
              </Button>
              <Button color="red" onClick={() => void restore(step.preview)}>
                确认恢复
              </Button>
            </>
          )}
          {step.kind === 'done' && (
            <>
              <Button variant="default" onClick={() => setCurrent({ kind: 'automatic', name: step.beforeRestore.name })}>
                撤销这次恢复
              </Button>
              <Button onClick={onClose}>完成</Button>
            </>
          )}
          {step.kind === 'failed' && <Button onClick={onClose}>关闭</Button>}
        </Group>
      </Stack>
    </Modal>
  );
}

function PreviewTable({ preview }: { preview: BackupPreview }) {
  return (
    <Table variant="vertical" withTableBorder layout="fixed" aria-label="备份内容">
      <Table.Tbody>
        {previewLines(preview).map(([k, v]) => (
          <Table.Tr key={k}>
            <Table.Th w={140}>{k}</Table.Th>
            <Table.Td style={{ wordBreak: 'break-all' }}>{v}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
