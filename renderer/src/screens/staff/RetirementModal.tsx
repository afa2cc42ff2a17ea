import { Alert, Button, Group, Loader, Modal, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { RetirementPerson } from '../../../../shared/retirement/methods';
import { change, useDeskQuery } from '../../api/queries';
import { isInService } from '../../../../shared/staffStatus';

export type RetirementAction = 'retire' | 'delay';

interface Props {
  action: RetirementAction | null;
  ids: number[];
  onClose(): void;
  /** After the desk saved it: a line for the admin. */
  onDone(message: string): void;
}

const titles: Record<RetirementAction, string> = { retire: '到龄设为退休', delay: '弹性延迟退休' };

/**
 * The confirmation of a bulk 设为退休 or 弹性延迟退休: who, with their
 * statutory retirement date; 设为退休 takes effect on each person's own date,
 * a delay records the agreed date (at most three years after it).
 */
export function RetirementModal({ action, ids, onClose, onDone }: Props) {
  // Each opening (an action for these people) starts with no dates typed and no error shown.
  const key = action === null ? '' : `${action} ${ids.join(',')}`;
  const described = useDeskQuery('retirement.describe', { ids }, { enabled: action !== null, keepPrevious: false });
  const shown = action !== null && described.data !== undefined ? described.data : null;
  const people: RetirementPerson[] | null = shown?.people ?? null;
  const today = shown?.today ?? '';
  const [typed, setTyped] = useState<{ key: string; dates: Record<number, string> }>({ key: '', dates: {} });
  const dates = typed.key === key ? typed.dates : {};
  const setDates = (update: (d: Record<number, string>) => Record<number, string>) => setTyped({ key, dates: update(dates) });
  const [failed, setError] = useState<{ key: string; message: string } | null>(null);
  const error = (failed?.key === key ? failed.message : null) ?? described.error?.message ?? null;
  const [busy, setBusy] = useState(false);

  async function confirm() {
    if (action === null || people === null) return;
    setBusy(true);
    setError(null);
    try {
      if (action === 'retire') {
        const { retired } = await change('retirement.retire', { ids: people.map((p) => p.staffId) });
        onDone(`已将 ${retired} 人设为退休（按各自的退休日期生效）`);
      } else {
        const { delayed } = await change('retirement.delay', { entries: people.map((p) => ({ id: p.staffId, agreedDate: dates[p.staffId] ?? '' })) });
        onDone(`已登记 ${delayed} 人的弹性延迟退休日期`);
      }
      onClose();
    } catch (e) {
      setError({ key, message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  }

  const notInService = people?.filter((p) => !isInService(p.status)) ?? [];
  const notDue = action === 'retire' ? (people?.filter((p) => isInService(p.status) && !p.overdue) ?? []) : [];
  const datesMissing = action === 'delay' && (people ?? []).some((p) => !dates[p.staffId]);
  const blocked = people === null || notInService.length > 0 || notDue.length > 0 || datesMissing;

  return (
    <Modal opened={action !== null} onClose={onClose} title={action ? titles[action] : ''} size="lg">
      <Stack>
        {people === null && !error && <Loader size="sm" aria-label="正在读取" />}
        {people && action === 'retire' && (
          <Text size="sm">
            以下 {people.length} 人将设为“退休”，各自按退休日期生效（有约定延迟退休日期的按约定日期）。之后不再计入参加人数。
          </Text>
        )}
        {people && action === 'delay' && (
          <Text size="sm">
            经本人与单位协商一致，可弹性延迟退休，最长不超过三年。请为以下 {people.length} 人填写约定的退休日期：不得早于法定退休日期，不得晚于其后三年。登记后仍为在职，到约定日期前不再列为到龄未退。
          </Text>
        )}
        {people && (
          <ScrollArea.Autosize mah={360}>
            <Table striped withTableBorder aria-label="将办理的学员">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>姓名</Table.Th>
                  <Table.Th>单位</Table.Th>
                  <Table.Th>法定退休日期</Table.Th>
                  <Table.Th>{action === 'retire' ? '退休生效日期' : '约定退休日期'}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.map((p) => (
                  <Table.Tr key={p.staffId}>
                    <Table.Td>{p.name}</Table.Td>
                    <Table.Td>{p.unitPath}</Table.Td>
                    <Table.Td>{p.statutoryDate ?? '无法计算'}</Table.Td>
                    <Table.Td>
                      {action === 'retire' ? (
                        (p.agreedDate ?? p.statutoryDate ?? '—')
                      ) : (
                        <TextInput
                          type="date"
                          size="xs"
                          aria-label={`${p.name}的约定退休日期`}
                          value={dates[p.staffId] ?? ''}
                          min={p.statutoryDate ?? undefined}
                          max={p.latestAgreedDate ?? undefined}
                          description={p.latestAgreedDate ? `最晚 ${p.latestAgreedDate}` : undefined}
                          onChange={(e) => {
                            const v = e.currentTarget.value;
                            setDates((d) => ({ ...d, [p.staffId]: v }));
                          }}
                          w={170}
                        />
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
        {notInService.length > 0 && (
          <Alert color="yellow" variant="light">
            {notInService.map((p) => p.name).join('、')}已不是在职状态，请取消勾选后再办理。
          </Alert>
        )}
        {notDue.length > 0 && (
          <Alert color="yellow" variant="light">
            {notDue.map((p) => p.name).join('、')}截至 {today} 尚未到退休日期，不能按到龄设为退休，请取消勾选。
          </Alert>
        )}
        {error && (
          <Alert color="red" variant="light" title="操作未完成">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button color={action === 'retire' ? 'orange' : 'teal'} loading={busy} disabled={blocked} onClick={() => void confirm()}>
            {action === 'retire' ? `确认设为退休（${people?.length ?? 0} 人）` : `确认登记（${people?.length ?? 0} 人）`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
