import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import type { Evidence, ExemptionDetail } from '../../../../shared/exemptions/schemas';
import { call } from '../../api/client';
import { change } from '../../api/queries';
import { previewFile, uploadFile } from '../../api/files';
import { fileSize } from '../../text/format';
import { EVIDENCE_ACCEPT, EvidenceDropZone, tooLarge } from './EvidenceDropZone';
import { errorText } from './labels';

const KIND = { pdf: 'PDF', jpeg: 'JPG', png: 'PNG' } as const;

/** 证明材料: add (drop or pick), open, replace (the old one kept in the history), remove (recorded). */
export function EvidenceSection({ detail }: { detail: ExemptionDetail }) {
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [confirming, setConfirming] = useState<number | null>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  const [replacing, setReplacing] = useState<number | null>(null);
  const open = detail.status === 'draft' || detail.status === 'approved';

  const run = async (files: File[], each: (fileId: string) => Promise<{ alreadyStored: boolean; evidence: Evidence }>) => {
    setBusy(true);
    const failed: string[] = [];
    for (const file of files) {
      const big = tooLarge(file);
      if (big) {
        failed.push(big);
        continue;
      }
      try {
        const stored = await uploadFile(file);
        const added = await each(stored.fileId);
        if (added.alreadyStored) notifications.show({ color: 'blue', message: `“${added.evidence.name}”与已保存的材料内容相同，只保存一份，已关联到本申请。` });
      } catch (e) {
        failed.push(errorText(e));
      }
    }
    setProblems(failed);
    setBusy(false);
  };

  const openFile = async (e: Evidence) => {
    try {
      const file = await call('exemptions.openEvidence', { evidenceId: e.id });
      await previewFile(file.fileId, file.name);
    } catch (err) {
      notifications.show({ color: 'red', title: '无法打开', message: errorText(err) });
    }
  };

  const remove = async (e: Evidence) => {
    try {
      await change('exemptions.removeEvidence', { evidenceId: e.id });
      setConfirming(null);
    } catch (err) {
      notifications.show({ color: 'red', title: '没有移除', message: errorText(err) });
    }
  };

  return (
    <Stack gap="sm">
      <Title order={4}>证明材料（{detail.evidence.length} 份）</Title>
      {detail.evidence.length > 0 && (
        <Table aria-label="证明材料" verticalSpacing={4}>
          <Table.Tbody>
            {detail.evidence.map((e) => (
              <Table.Tr key={e.id} aria-label={e.name}>
                <Table.Td style={{ wordBreak: 'break-all' }}>
                  {e.name}
                  <Text size="xs" c="dimmed">
                    {KIND[e.kind]} · {fileSize(e.size)} · {e.addedAt.slice(0, 10)} 由 {e.addedBy} 添加
                  </Text>
                </Table.Td>
                <Table.Td w={190}>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="light" onClick={() => void openFile(e)}>
                      打开
                    </Button>
                    {open && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => {
                          setReplacing(e.id);
                          replaceInput.current?.click();
                        }}
                      >
                        替换
                      </Button>
                    )}
                    {open &&
                      (confirming === e.id ? (
                        <Button size="compact-xs" color="red" onClick={() => void remove(e)}>
                          确认移除
                        </Button>
                      ) : (
                        <Button size="compact-xs" variant="light" color="red" onClick={() => setConfirming(e.id)}>
                          移除
                        </Button>
                      ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <input
        ref={replaceInput}
        type="file"
        accept={EVIDENCE_ACCEPT}
        aria-label="选择替换文件"
        hidden
        onChange={(ev) => {
          const file = ev.currentTarget.files?.[0];
          ev.currentTarget.value = '';
          const target = replacing;
          if (file && target !== null) void run([file], (fileId) => change('exemptions.replaceEvidence', { evidenceId: target, fileId }));
        }}
      />
      {open && <EvidenceDropZone busy={busy} onFiles={(files) => void run(files, (fileId) => change('exemptions.attachEvidence', { exemptionId: detail.id, fileId }))} />}
      {problems.length > 0 && (
        <Alert color="red" title="有文件没有保存">
          {problems.map((p) => (
            <div key={p}>{p}</div>
          ))}
        </Alert>
      )}
      {detail.history.length > 0 && (
        <>
          <Text size="sm" fw={500}>
            历史（已替换或移除，文件仍保存）
          </Text>
          {detail.history.map((e) => (
            <Group key={e.id} gap="xs" justify="space-between">
              <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                {e.name} · {e.removedReason === 'replaced' ? '已替换' : '已移除'}于 {e.removedAt?.slice(0, 10)}（{e.removedBy}）{e.removedNote ? `：${e.removedNote}` : ''}
              </Text>
              <Button size="compact-xs" variant="subtle" onClick={() => void openFile(e)}>
                打开
              </Button>
            </Group>
          ))}
        </>
      )}
    </Stack>
  );
}
