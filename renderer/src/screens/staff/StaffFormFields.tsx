import { Button, Group, Select, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { normalizePhone } from '../../../../shared/rules/phone';
import type { Rank } from '../../../../shared/settings/schemas';
import type { StaffStatus } from '../../../../shared/staff/schemas';
import { staffStatuses } from '../../../../shared/staffStatus';
import { IdNumberField } from './IdNumberField';
import { RetirementAgeField } from './RetirementAgeField';
import { UNIT_OPTIONS_SHOWN, type UnitOption } from './unitOptions';
import type { StaffForm } from './useStaffForm';
import { fieldLabels } from '../../../../shared/words/labels';

interface Props {
  form: StaffForm;
  unitOptions: UnitOption[];
  ranks: Rank[];
}

const NOT_TAKING_PART = '不参加学法考法';

/** The fields of one person, in the order of the paper 名册. */
export function StaffFormFields({ form, unitOptions, ranks }: Props) {
  const { values, errors } = form;
  const rankList = values.rank && !ranks.some((r) => r.name === values.rank) ? [...ranks, { name: values.rank, takesPart: true }] : ranks;
  const notTakingPart = rankList.find((r) => r.name === values.rank)?.takesPart === false;
  const phone = normalizePhone(values.phone);

  return (
    <>
      <IdNumberField form={form} />
      <SimpleGrid cols={2} spacing="sm">
        <TextInput
          label={fieldLabels.name}
          required
          value={values.name}
          onChange={(e) => form.set('name', e.currentTarget.value)}
          onBlur={() => form.touch('name')}
          error={errors.name}
        />
        <TextInput
          label={fieldLabels.phone}
          inputMode="numeric"
          value={values.phone}
          onChange={(e) => form.set('phone', e.currentTarget.value)}
          onBlur={() => form.touch('phone')}
          error={errors.phone}
        />
      </SimpleGrid>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          label={fieldLabels.account}
          description="如法网平台的登录账号，通常为手机号"
          value={values.account}
          onChange={(e) => form.set('account', e.currentTarget.value)}
          onBlur={() => form.touch('account')}
          error={errors.account}
          flex={1}
        />
        <Button
          variant="default"
          mt={46}
          disabled={phone === '' || errors.phone !== undefined || values.account === phone}
          onClick={() => form.set('account', phone)}
          title="把登录账号设为上面的手机号码"
        >
          同手机号
        </Button>
      </Group>
      <Select
        label={fieldLabels.unit}
        required
        placeholder="选择单位"
        data={unitOptions}
        value={values.unitId}
        onChange={(v) => form.set('unitId', v)}
        onBlur={() => form.touch('unitId')}
        error={errors.unitId}
        searchable
        limit={UNIT_OPTIONS_SHOWN}
        nothingFoundMessage="没有匹配的单位"
      />
      <SimpleGrid cols={2} spacing="sm">
        <Select
          label={fieldLabels.rank}
          placeholder="选择职级"
          data={rankList.map((r) => ({ value: r.name, label: r.name }))}
          value={values.rank}
          onChange={(v) => form.set('rank', v)}
          renderOption={({ option }) => (
            <Group gap={6} wrap="nowrap">
              <span>{option.label}</span>
              {rankList.find((r) => r.name === option.value)?.takesPart === false && (
                <Text size="xs" c="orange.8">
                  {NOT_TAKING_PART}
                </Text>
              )}
            </Group>
          )}
          description={notTakingPart ? `该职级${NOT_TAKING_PART}` : undefined}
          error={errors.rank}
          inputWrapperOrder={['label', 'input', 'description']}
          styles={notTakingPart ? { description: { color: 'var(--mantine-color-orange-8)' } } : undefined}
          searchable
          clearable
        />
        <TextInput label={fieldLabels.post} value={values.post} onChange={(e) => form.set('post', e.currentTarget.value)} onBlur={() => form.touch('post')} error={errors.post} />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="sm">
        <Select
          label={fieldLabels.status}
          data={[...staffStatuses]}
          value={values.status}
          onChange={(v) => v && form.set('status', v as StaffStatus)}
          allowDeselect={false}
        />
        <RetirementAgeField form={form} />
      </SimpleGrid>
      <Textarea
        label={fieldLabels.notes}
        autosize
        minRows={2}
        maxRows={5}
        value={values.notes}
        onChange={(e) => form.set('notes', e.currentTarget.value)}
        onBlur={() => form.touch('notes')}
        error={errors.notes}
      />
    </>
  );
}
