import { Alert, Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { effectiveDateProblem } from '../../../../shared/rules/transferRules';
import type { Unit } from '../../../../shared/units/schemas';
import { change } from '../../api/queries';
import { UnitSelect } from '../../components/UnitSelect';
import { PersonSearchSelect } from '../../components/PersonSearchSelect';
import { fieldLabels, transferDateLabels } from '../../../../shared/words/labels';

interface Props {
  fromUnit: Unit;
  units: Unit[];
  today: string;
}

/**
 * The sending side: no push-out, only a note that someone is leaving for
 * another unit, so that unit's admin finds them on the 待接收 list.
 */
export function MarkLeavingForm({ fromUnit, units, today }: Props) {
  const [staffId, setStaffId] = useState<number | null>(null);
  const [personKey, setPersonKey] = useState(0);
  const [toUnitId, setToUnitId] = useState<string | null>(null);
  const [expectedOn, setExpectedOn] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dateProblem = expectedOn ? effectiveDateProblem(expectedOn, today, null, 'expectedOn') : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (staffId === null || toUnitId === null || dateProblem) return;
    setBusy(true);
    setError(null);
    try {
      const mark = await change('transfers.expect', { staffId, toUnitId: Number(toUnitId), expectedOn: expectedOn || null, note: note.trim() || null });
      notifications.show({ color: 'green', message: `已登记：${mark.name} 将调往 ${mark.toPath}，等待对方单位办理调入` });
      setStaffId(null);
      setPersonKey((k) => k + 1);
      setToUnitId(null);
      setExpectedOn('');
      setNote('');
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder padding="md" maw={760}>
      <form onSubmit={(e) => void submit(e)} aria-label="登记调出去向">
        <Stack gap="sm">
          <Title order={4}>登记调出去向</Title>
          <PersonSearchSelect
            key={personKey}
            label={`调出人员（${fromUnit.path}）`}
            placeholder="输入姓名或身份证号"
            year={Number(today.slice(0, 4))}
            unitId={fromUnit.id}
            value={staffId}
            onChange={(id) => setStaffId(id)}
          />
          <UnitSelect
            label="接收单位"
            placeholder="选择要调往的单位"
            choices={units.map((u) => ({ unit: u, disabledReason: u.id === fromUnit.id ? '本单位' : undefined }))}
            value={toUnitId}
            onChange={setToUnitId}
          />
          <Group grow align="flex-start">
            <TextInput type="date" label={transferDateLabels.expectedOn} value={expectedOn} onChange={(e) => setExpectedOn(e.currentTarget.value)} error={dateProblem} />
            <TextInput label={fieldLabels.notes} placeholder="如：组织部调令文号" value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          </Group>
          {error && (
            <Alert color="red" variant="light" title="没有登记">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={busy} disabled={staffId === null || toUnitId === null || dateProblem !== null}>
              登记
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
