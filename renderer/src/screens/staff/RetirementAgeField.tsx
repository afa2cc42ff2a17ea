import { Input, SegmentedControl, Text } from '@mantine/core';
import { retirementDate } from '../../../../shared/rules/retirement';
import type { StaffForm } from './useStaffForm';

/** 法定退休年龄: 60 for men (fixed); 55 for women, or 50 for women workers (女职工). */
export function RetirementAgeField({ form }: { form: StaffForm }) {
  const { id, sex, retirementAge } = form;
  const date = id.ok && retirementAge !== null ? retirementDate(id.birthDate, retirementAge) : null;
  return (
    <Input.Wrapper
      label="法定退休年龄"
      description={date ? `法定退休日期：${date}` : '按身份证号中的性别确定'}
      inputWrapperOrder={['label', 'input', 'description']}
      title={date ? '按渐进式延迟法定退休年龄的规定计算' : undefined}
    >
      {sex === '女' ? (
        <SegmentedControl
          display="flex"
          my={4}
          aria-label="法定退休年龄"
          value={String(retirementAge)}
          onChange={(v) => form.set('retirementAge', v === '50' ? 50 : 55)}
          data={[
            { value: '55', label: '55 岁' },
            { value: '50', label: '50 岁（女职工）' },
          ]}
        />
      ) : (
        <Text size="sm" my={6}>
          {sex === '男' ? '60 岁（男）' : '—'}
        </Text>
      )}
    </Input.Wrapper>
  );
}
