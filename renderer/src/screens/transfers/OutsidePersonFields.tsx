import { Group, Select, TextInput } from '@mantine/core';
import { parseIdNumber } from '../../../../shared/rules/idNumber';
import type { Rank } from '../../../../shared/settings/schemas';
import { fieldLabels } from '../../../../shared/words/labels';

export interface OutsideValues {
  origin: string;
  name: string;
  phone: string;
  rank: string | null;
  post: string;
}

export const emptyOutside: OutsideValues = { origin: '', name: '', phone: '', rank: null, post: '' };

interface Props {
  idNumber: string;
  values: OutsideValues;
  ranks: Rank[];
  onChange(values: OutsideValues): void;
}

/** The new record for someone arriving from outside the desk: where from, and the roster's basic fields. */
export function OutsidePersonFields({ idNumber, values, ranks, onChange }: Props) {
  const id = parseIdNumber(idNumber);
  const set = <K extends keyof OutsideValues>(k: K, v: OutsideValues[K]) => onChange({ ...values, [k]: v });
  return (
    <>
      <TextInput
        label="原单位"
        description="调出单位的全称（不在本台账中）"
        placeholder="如：平江县财政局"
        required
        value={values.origin}
        onChange={(e) => set('origin', e.currentTarget.value)}
        data-autofocus
      />
      <Group grow align="flex-start">
        <TextInput label={fieldLabels.idNumber} value={idNumber} readOnly />
        <TextInput label={fieldLabels.sex} value={id.ok ? id.sex : ''} readOnly />
        <TextInput label={fieldLabels.birthDate} value={id.ok ? id.birthDate : ''} readOnly />
      </Group>
      <Group grow align="flex-start">
        <TextInput label={fieldLabels.name} required value={values.name} onChange={(e) => set('name', e.currentTarget.value)} />
        <TextInput label={fieldLabels.phone} value={values.phone} onChange={(e) => set('phone', e.currentTarget.value)} />
      </Group>
      <Group grow align="flex-start">
        <Select label={fieldLabels.rank} data={ranks.map((r) => r.name)} value={values.rank} onChange={(v) => set('rank', v)} searchable clearable />
        <TextInput label={fieldLabels.post} value={values.post} onChange={(e) => set('post', e.currentTarget.value)} />
      </Group>
    </>
  );
}
