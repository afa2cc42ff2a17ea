import { Alert, Button, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { EvasionDecision as Decision, ExemptionDetail } from '../../../../shared/exemptions/schemas';
import { change } from '../../api/queries';
import { errorText } from './labels';
import { exemptionDateLabels } from '../../../../shared/words/labels';

/**
 * 规避考试认定: an exemption approved after a missed or failed exam is decided by
 * the admin: 认定为规避考试 (the exemption no longer counts; the person is treated
 * as not having taken part this year) or 排除 with a reason. Either can be
 * changed or taken back.
 */
export function EvasionDecision({ detail, today, onChanged }: { detail: ExemptionDetail; today: string; onChanged(d: ExemptionDetail): void }) {
  const current = detail.evasion;
  const [editing, setEditing] = useState(current === null);
  const [date, setDate] = useState(current?.decidedOn ?? today);
  const [reason, setReason] = useState(current?.reason ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const decide = async (decision: Decision | null) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await change('exemptions.decideEvasion', decision === null ? { id: detail.id, decision } : { id: detail.id, decision, decidedOn: date, reason }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" aria-label="规避考试认定">
      <Title order={4}>规避考试认定</Title>
      {current?.decision === 'confirmed' && (
        <Alert color="red" title={`${current.decidedOn} 已认定为借免考规避考试`}>
          免考不计，视为该学员未参加本年度学法考法（统计中计入应参考和缺考）。{current.reason ? `认定说明：${current.reason}` : ''}
        </Alert>
      )}
      {current?.decision === 'cleared' && (
        <Alert color="gray" title={`${current.decidedOn} 已排除规避考试嫌疑`}>
          排除原因：{current.reason}。免考照常计算。
        </Alert>
      )}
      {current === null && (
        <Text size="sm">该学员批准免考前有缺考或未通过的考试，疑似借免考规避考试。请核实后认定：认定为规避考试的，免考不计，视为该学员未参加本年度学法考法；确有正当理由的，填写原因后排除。</Text>
      )}
      {current && !editing && (
        <Group gap="xs">
          <Button variant="light" onClick={() => setEditing(true)}>
            修改认定
          </Button>
          <Button variant="default" loading={busy} onClick={() => void decide(null)}>
            撤销认定
          </Button>
        </Group>
      )}
      {editing && (
        <>
          <Group align="flex-end" gap="xs">
            <TextInput type="date" label={exemptionDateLabels.evasionDecidedOn} value={date} max={today} onChange={(e) => setDate(e.currentTarget.value)} w={170} />
            <Textarea label="认定说明或排除原因" value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={500} autosize minRows={1} style={{ flex: 1 }} placeholder="排除时必填，如：考试当天住院，有住院病历" />
          </Group>
          <Group gap="xs">
            <Button color="red" loading={busy} onClick={() => void decide('confirmed')}>
              认定为规避考试
            </Button>
            <Button variant="default" loading={busy} disabled={!reason.trim()} onClick={() => void decide('cleared')}>
              排除嫌疑
            </Button>
            {current && (
              <Button variant="subtle" onClick={() => setEditing(false)}>
                取消
              </Button>
            )}
          </Group>
        </>
      )}
      {error && (
        <Alert color="red" title="没有完成">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
