import { Alert, Button, Checkbox, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { call } from '../../api/client';
import { saveExport } from '../../api/saveExport';
import { sessionLabel } from './format';

/**
 * 导出签到表: the room and invigilator to print (left blank, the sheet has lines
 * to fill by hand), and the ID numbers masked unless the admin asks for the
 * full numbers and says why (the reason goes into 操作记录).
 */
export function SignInSheetModal({ sessionAt, unitId, room: storedRoom, onClose }: { sessionAt: string; unitId: number | null; room: string | null; onClose(): void }) {
  const [room, setRoom] = useState(storedRoom ?? '');
  const [invigilator, setInvigilator] = useState('');
  const [full, setFull] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<'xlsx' | 'pdf' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reasonShort = full && reason.trim().length < 4;

  const run = async (format: 'xlsx' | 'pdf') => {
    setBusy(format);
    setError(null);
    try {
      const file = await call('bookings.exportSignInSheet', {
        sessionAt,
        format,
        ...(unitId !== null ? { unitId } : {}),
        ...(room.trim() ? { room } : {}),
        ...(invigilator.trim() ? { invigilator } : {}),
        ...(full ? { fullIdReason: reason } : {}),
      });
      await saveExport(file, `已导出签到表（${file.rows} 人）`);
      onClose();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`导出签到表：${sessionLabel(sessionAt)}`} size="lg">
      <Stack>
        <TextInput label="考场" description="不填则在签到表上留空，由监考人手写" value={room} onChange={(e) => setRoom(e.currentTarget.value)} maxLength={100} />
        <TextInput label="监考人" description="不填则在签到表上留空，由监考人手写" value={invigilator} onChange={(e) => setInvigilator(e.currentTarget.value)} maxLength={100} />
        <Text size="sm" c="dimmed">
          签到表在考场内传阅，身份证号默认只显示前 6 位和后 4 位，与免考打印存档相同。
        </Text>
        <Checkbox label="打印完整身份证号" checked={full} onChange={(e) => setFull(e.currentTarget.checked)} />
        {full && (
          <Textarea
            label="用途"
            description="须写明为什么需要完整身份证号（至少 4 个字），将记入操作记录"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={200}
            autosize
            minRows={2}
            error={reason.length > 0 && reasonShort ? '请写明用途，至少 4 个字' : undefined}
          />
        )}
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button leftSection={<IconDownload size={16} />} disabled={reasonShort} loading={busy === 'xlsx'} onClick={() => void run('xlsx')}>
            导出 Excel
          </Button>
          <Button leftSection={<IconDownload size={16} />} disabled={reasonShort} loading={busy === 'pdf'} onClick={() => void run('pdf')}>
            导出 PDF 打印
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
