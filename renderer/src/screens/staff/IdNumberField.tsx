import { Group, TextInput } from '@mantine/core';
import { normalizeIdNumber } from '../../../../shared/rules/idNumber';
import type { StaffForm } from './useStaffForm';
import { fieldLabels } from '../../../../shared/words/labels';

/** 身份证号 checked as it is typed, with the 性别 and 出生日期 it encodes beside it. */
export function IdNumberField({ form }: { form: StaffForm }) {
  const { id, values } = form;
  const typed = normalizeIdNumber(values.idNumber).length;
  const description = id.ok ? undefined : typed > 0 && typed < 18 ? `已输入 ${typed} 位` : '18 位，末位可为 X；旧版 15 位号码会自动转换';
  return (
    <>
      <TextInput
        label={fieldLabels.idNumber}
        required
        data-autofocus
        autoComplete="off"
        spellCheck={false}
        value={values.idNumber}
        onChange={(e) => form.set('idNumber', e.currentTarget.value)}
        onBlur={() => form.touch('idNumber')}
        description={description}
        error={form.errors.idNumber}
        success={id.ok && id.converted ? `15 位旧号码已转换为 18 位：${id.idNumber}，将按 18 位保存` : undefined}
        styles={{ input: { fontVariantNumeric: 'tabular-nums', letterSpacing: '0.02em' } }}
      />
      <Group grow gap="sm">
        <TextInput label={fieldLabels.sex} readOnly variant="filled" value={id.ok ? id.sex : ''} placeholder="由身份证号得出" tabIndex={-1} />
        <TextInput label={fieldLabels.birthDate} readOnly variant="filled" value={id.ok ? id.birthDate : ''} placeholder="由身份证号得出" tabIndex={-1} />
      </Group>
    </>
  );
}
