import { describe, expect, it } from 'vitest';
import { staffFormSchema, valuesFrom, type StaffFormValues } from '../../renderer/src/screens/staff/staffFormSchema';
import { parseIdNumber } from '../../shared/rules/idNumber';
import { phoneProblem } from '../../shared/rules/phone';
import { idNumber } from '../helpers/idNumber';

/** Each field's first problem, as the form shows it (what @mantine/form's schemaResolver makes of the issues). */
function errorsOf(values: StaffFormValues): Record<string, string> {
  const result = staffFormSchema.safeParse(values);
  const errors: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) errors[issue.path.join('.')] ??= issue.message;
  return errors;
}
const woman = idNumber('1985-03-02', 2);
const man = idNumber('1970-01-01', 1);

function form(overrides: Partial<StaffFormValues>): StaffFormValues {
  return { ...valuesFrom(null, 7), idNumber: woman, name: '张三', ...overrides };
}

describe('staffFormSchema', () => {
  it('finds nothing wrong with a complete person and turns it into the contract input', () => {
    expect(errorsOf(form({}))).toEqual({});
    expect(staffFormSchema.parse(form({ name: ' 张三 ', phone: '138-0073 1234', account: ' ', post: '科员', notes: '' }))).toEqual({
      idNumber: woman,
      name: '张三',
      phone: '13800731234',
      account: null,
      unitId: 7,
      rank: null,
      post: '科员',
      status: '在职',
      retirementAge: 55,
      notes: null,
    });
  });

  it('saves 60 for a man and 50 only for a woman who chose it', () => {
    expect(staffFormSchema.parse(form({ idNumber: man, retirementAge: 50 })).retirementAge).toBe(60);
    expect(staffFormSchema.parse(form({ retirementAge: 50 })).retirementAge).toBe(50);
  });

  it('puts each problem under its field in the words the form showed', () => {
    const badId = `${woman.slice(0, 17)}${woman.endsWith('0') ? '1' : '0'}`;
    const badIdProblem = parseIdNumber(badId);
    expect(badIdProblem.ok).toBe(false);
    expect(errorsOf(form({ idNumber: badId, name: '  ', phone: '1380073', unitId: null }))).toEqual({
      idNumber: badIdProblem.ok ? null : badIdProblem.message,
      name: '姓名不能为空',
      phone: phoneProblem('1380073'),
      unitId: '请选择单位',
    });
  });

  it('refuses text longer than the person schema takes, in Chinese, under the field', () => {
    expect(errorsOf(form({ name: '张'.repeat(101), notes: '备'.repeat(2001), post: '', account: 'a'.repeat(100) }))).toEqual({
      name: '姓名不能超过 100 个字',
      notes: '备注不能超过 2000 个字',
    });
  });
});
