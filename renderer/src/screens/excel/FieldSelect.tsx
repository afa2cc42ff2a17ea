import { Select } from '@mantine/core';
import { rosterFields, type RosterField } from '../../../../shared/excel/schemas';
import { fieldLabel, requiredFields } from './format';

const SKIP = 'skip';
const fieldOptions = [
  ...rosterFields.map((f) => ({ value: f, label: requiredFields.includes(f) ? `${fieldLabel(f)}（必填）` : fieldLabel(f) })),
  { value: SKIP, label: '不导入' },
];

/** 「导入为」 for one column of the header row: a roster field (the required ones marked) or 不导入. */
export function FieldSelect({ header, value, disabled, onChange }: { header: string; value: RosterField | null; disabled?: boolean; onChange(field: RosterField | null): void }) {
  return (
    <Select
      aria-label={`“${header}”列导入为`}
      size="xs"
      data={fieldOptions}
      value={value ?? SKIP}
      allowDeselect={false}
      disabled={disabled}
      onChange={(v) => onChange(v === null || v === SKIP ? null : (v as RosterField))}
    />
  );
}
