import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import type { ExemptionGround } from '../../../../shared/rules/yearPolicy';
import { groundLabels } from './labels';
import { fieldLabels, exemptionDateLabels } from '../../../../shared/words/labels';

/** What the admin records on an application: the ground, the written application, the HR review, the platform step, notes. */
export interface FieldValues {
  ground: ExemptionGround;
  appliedOn: string;
  reviewer: string;
  reviewedOn: string;
  platformSetOn: string;
  notes: string;
}

export const emptyFields = (ground: ExemptionGround): FieldValues => ({ ground, appliedOn: '', reviewer: '', reviewedOn: '', platformSetOn: '', notes: '' });

/** Empty inputs are sent as null (cleared). */
export function fieldsToArgs(v: FieldValues) {
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
  return { appliedOn: orNull(v.appliedOn), reviewer: orNull(v.reviewer), reviewedOn: orNull(v.reviewedOn), platformSetOn: orNull(v.platformSetOn), notes: orNull(v.notes) };
}

interface Props {
  values: FieldValues;
  onChange(v: FieldValues): void;
  today: string;
  /** Once approved the ground is fixed (the decision was made on it); the record of the steps stays editable. */
  groundLocked?: boolean;
  disabled?: boolean;
  showPlatform?: boolean;
}

export function ApplicationFields({ values, onChange, today, groundLocked = false, disabled = false, showPlatform = true }: Props) {
  const set = (patch: Partial<FieldValues>) => onChange({ ...values, ...patch });
  const locked = disabled;
  const date = (label: string, key: 'appliedOn' | 'reviewedOn' | 'platformSetOn', off: boolean) => (
    <TextInput type="date" label={label} value={values[key]} max={today} onChange={(e) => set({ [key]: e.currentTarget.value })} disabled={off} />
  );
  return (
    <SimpleGrid cols={2} spacing="sm">
      <Select
        label="免考情形"
        data={(Object.keys(groundLabels) as ExemptionGround[]).map((g) => ({ value: g, label: groundLabels[g] }))}
        value={values.ground}
        onChange={(g) => g && set({ ground: g as ExemptionGround })}
        allowDeselect={false}
        disabled={disabled || groundLocked}
      />
      {date(exemptionDateLabels.appliedOn, 'appliedOn', locked)}
      <TextInput label="人事部门审核人" value={values.reviewer} onChange={(e) => set({ reviewer: e.currentTarget.value })} maxLength={50} disabled={locked} />
      {date(exemptionDateLabels.reviewedOn, 'reviewedOn', locked)}
      {showPlatform && date('平台设置免考日期', 'platformSetOn', disabled)}
      <Textarea label={fieldLabels.notes} value={values.notes} onChange={(e) => set({ notes: e.currentTarget.value })} maxLength={2000} autosize minRows={1} disabled={disabled} style={{ gridColumn: showPlatform ? undefined : 'span 2' }} />
    </SimpleGrid>
  );
}
