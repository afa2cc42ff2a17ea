import { Alert, Badge, Button, Divider, Drawer, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ExemptionDetail } from '../../../../shared/exemptions/schemas';
import { change, queryClient, useDeskQuery } from '../../api/queries';
import { ApplicationFields, fieldsToArgs, type FieldValues } from './ApplicationFields';
import { DecisionActions } from './DecisionActions';
import { EvasionDecision } from './EvasionDecision';
import { EvidenceSection } from './EvidenceSection';
import { errorText, groundLabels, statusColors, statusLabels } from './labels';

function valuesOf(d: ExemptionDetail): FieldValues {
  return { ground: d.ground, appliedOn: d.appliedOn ?? '', reviewer: d.reviewer ?? '', reviewedOn: d.reviewedOn ?? '', platformSetOn: d.platformSetOn ?? '', notes: d.notes ?? '' };
}

/** One application: its steps, its evidence, its decision. */
export function ApplicationDrawer({ id, today, onClose }: { id: number | null; today: string; onClose(): void }) {
  const got = useDeskQuery('exemptions.get', { id: id ?? 0 }, { enabled: id !== null });
  // Another application's answer is not shown while this one's is asked for.
  const detail = got.data !== undefined && got.data.id === id ? got.data : null;
  // The fields as the admin edits them, started afresh from each answer the desk gives.
  const [edited, setEdited] = useState<{ from: ExemptionDetail; values: FieldValues } | null>(null);
  const values = detail ? (edited?.from === detail ? edited.values : valuesOf(detail)) : null;
  const setValues = (v: FieldValues) => detail && setEdited({ from: detail, values: v });
  const [saveError, setSaveError] = useState<{ id: number; text: string } | null>(null);
  const error = (saveError?.id === id ? saveError.text : null) ?? (got.error ? errorText(got.error) : null);
  const setError = (text: string | null) => setSaveError(text === null || id === null ? null : { id, text });
  const [saving, setSaving] = useState(false);

  // A change answers with the application as it now is: shown at once (the desk is asked again all the same).
  const changed = (d?: ExemptionDetail) => {
    if (d) queryClient.setQueryData(['exemptions.get', { id: d.id }], d);
  };

  const save = async () => {
    if (!detail || !values) return;
    setSaving(true);
    setError(null);
    try {
      // Once approved the ground stays; the rest of the record is completed or corrected.
      const patch = detail.status === 'approved' ? fieldsToArgs(values) : { ground: values.ground, ...fieldsToArgs(values) };
      changed(await change('exemptions.update', { id: detail.id, patch }));
      notifications.show({ color: 'green', message: '已保存' });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  const editable = detail?.status === 'draft' || detail?.status === 'approved';
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size={620} padding="lg" title={detail ? `免考申请 · ${detail.name}` : '免考申请'}>
      {!detail && !error && <Loader size="sm" aria-label="正在加载" />}
      {detail && values && (
        <Stack gap="md">
          <Group gap="xs">
            <Badge color={statusColors[detail.status]} variant="light" size="lg">
              {statusLabels[detail.status]}
            </Badge>
            <Text size="sm">
              {detail.year} 年 · {groundLabels[detail.ground]} · {detail.idNumber} · {detail.unitPath}
            </Text>
          </Group>
          {detail.retirementDate && (
            <Text size="sm" c="dimmed">
              法定退休日期：{detail.retirementDate}
            </Text>
          )}
          {detail.flags.length > 0 && (
            <Alert color="red" title="核查提示">
              {detail.flags.map((f) => (
                <div key={f.code}>{f.message}</div>
              ))}
            </Alert>
          )}
          <ApplicationFields values={values} onChange={setValues} today={today} groundLocked={detail.status === 'approved'} disabled={!editable} />
          {editable && (
            <Group justify="flex-end">
              <Button variant="light" onClick={() => void save()} loading={saving}>
                保存修改
              </Button>
            </Group>
          )}
          {error && (
            <Alert color="red" title="没有保存">
              {error}
            </Alert>
          )}
          <Divider />
          <EvidenceSection detail={detail} />
          <Divider />
          <Title order={4}>审批</Title>
          {detail.ground !== 'retirement' && detail.status === 'draft' && detail.evidence.length === 0 && (
            <Text size="sm" c="orange">
              产假、重大疾病免考须先上传至少一份证明材料才能批准。
            </Text>
          )}
          <DecisionActions key={`${detail.id}-${detail.status}`} detail={detail} today={today} onChanged={(d) => changed(d)} />
          {(detail.evasionSuspected || detail.evasion) && (
            <>
              <Divider />
              <EvasionDecision key={`${detail.id}-${detail.evasion?.decision ?? 'none'}`} detail={detail} today={today} onChanged={(d) => changed(d)} />
            </>
          )}
        </Stack>
      )}
      {error && !detail && (
        <Alert color="red" title="无法读取">
          {error}
        </Alert>
      )}
    </Drawer>
  );
}
