import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ExemptionDetail } from '../../../../shared/exemptions/schemas';
import { change } from '../../api/queries';
import { errorText } from './labels';
import { exemptionDateLabels } from '../../../../shared/words/labels';

/** 审批: approve or reject a waiting application on a date; withdraw (撤销) a waiting or approved one with a reason. */
export function DecisionActions({ detail, today, onChanged }: { detail: ExemptionDetail; today: string; onChanged(d: ExemptionDetail): void }) {
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState('');
  const [revoking, setRevoking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (run: () => Promise<ExemptionDetail>) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await run());
      setRevoking(false);
      setReason('');
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  if (detail.status === 'rejected' || detail.status === 'revoked') {
    return (
      <Text size="sm" c="dimmed">
        {detail.status === 'rejected' ? `${detail.decidedOn ?? ''} 未予批准。` : `${detail.revokedOn ?? ''} 已撤销：${detail.revokedReason ?? ''}`}该申请不能再修改，如需免考请新建申请。
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="xs">
        <TextInput type="date" label={exemptionDateLabels[detail.status === 'draft' ? 'decidedOn' : 'revokedOn']} value={date} max={today} onChange={(e) => setDate(e.currentTarget.value)} w={170} />
        {detail.status === 'draft' && (
          <>
            <Button color="green" loading={busy} onClick={() => void act(() => change('exemptions.decide', { id: detail.id, decision: 'approved', decidedOn: date }))}>
              批准免考
            </Button>
            <Button variant="default" loading={busy} onClick={() => void act(() => change('exemptions.decide', { id: detail.id, decision: 'rejected', decidedOn: date }))}>
              不予批准
            </Button>
          </>
        )}
        <Button variant="light" color="red" onClick={() => setRevoking((r) => !r)}>
          撤销申请
        </Button>
      </Group>
      {revoking && (
        <Group align="flex-end" gap="xs">
          <TextInput label="撤销原因" value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={500} style={{ flex: 1 }} placeholder="如：本人申请参加考试、病愈返岗" />
          <Button color="red" loading={busy} disabled={!reason.trim()} onClick={() => void act(() => change('exemptions.revoke', { id: detail.id, revokedOn: date, reason }))}>
            确认撤销
          </Button>
        </Group>
      )}
      {error && (
        <Alert color="red" title="没有完成">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
