import { z } from 'zod';
import { parseIdNumber, type Sex } from '../../../../shared/rules/idNumber';
import { normalizePhone, phoneProblem } from '../../../../shared/rules/phone';
import type { RetirementAge } from '../../../../shared/rules/retirement';
import { maxLengthOf } from '../../../../shared/common/schemas';
import { retirementAgeSchema, staffInputSchema, staffStatusSchema, type Staff, type StaffInput, type StaffStatus } from '../../../../shared/staff/schemas';
import { IN_SERVICE } from '../../../../shared/staffStatus';

/** What the staff form holds while the admin types: text as typed, the unit as the Select's value. */
export interface StaffFormValues {
  idNumber: string;
  name: string;
  phone: string;
  account: string;
  unitId: string | null;
  rank: string | null;
  post: string;
  status: StaffStatus;
  /** Only 50 or 55 matter (women); men are always 60. */
  retirementAge: RetirementAge;
  notes: string;
}

export type StaffField = keyof StaffFormValues;

export function valuesFrom(staff: Staff | null, unitId: number | null): StaffFormValues {
  return {
    idNumber: staff?.idNumber ?? '',
    name: staff?.name ?? '',
    phone: staff?.phone ?? '',
    account: staff?.account ?? '',
    unitId: staff ? String(staff.unitId) : unitId === null ? null : String(unitId),
    rank: staff?.rank ?? null,
    post: staff?.post ?? '',
    status: staff?.status ?? IN_SERVICE,
    retirementAge: staff?.retirementAge ?? 55,
    notes: staff?.notes ?? '',
  };
}

/** The retirement age saved: 60 for men, 55 or 50 (as chosen) for women, none while the sex is unknown. */
export function retirementAgeFor(sex: Sex | null, chosen: RetirementAge): RetirementAge | null {
  return sex === '男' ? 60 : sex === '女' ? (chosen === 50 ? 50 : 55) : null;
}

const blank = (s: string) => (s.trim() === '' ? null : s.trim());

/** Free text no longer than the person schema takes, trimmed as it will be saved. */
function text(field: 'name' | 'account' | 'rank' | 'post' | 'notes', label: string) {
  const max = maxLengthOf(staffInputSchema.shape[field]);
  return z.string().refine((s) => s.trim().length <= max, `${label}不能超过 ${max} 个字`);
}

/**
 * The staff form checked with the same rules the core enforces, each problem
 * in the admin's words under its field, then turned into the person the
 * contract takes and checked once more against that schema (staffInputSchema).
 */
export const staffFormSchema = z
  .object({
    idNumber: z.string().check((ctx) => {
      const id = parseIdNumber(ctx.value);
      if (!id.ok) ctx.issues.push({ code: 'custom', message: id.message, input: ctx.value });
    }),
    name: text('name', '姓名').refine((s) => s.trim() !== '', '姓名不能为空'),
    phone: z.string().check((ctx) => {
      const problem = phoneProblem(ctx.value);
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
    }),
    account: text('account', '登录账号'),
    unitId: z.string('请选择单位'),
    rank: text('rank', '职级').nullable(),
    post: text('post', '职务'),
    status: staffStatusSchema,
    retirementAge: retirementAgeSchema,
    notes: text('notes', '备注'),
  })
  .transform((values): StaffInput => {
    const id = parseIdNumber(values.idNumber);
    return {
      idNumber: id.ok ? id.idNumber : values.idNumber,
      name: values.name.trim(),
      phone: blank(normalizePhone(values.phone)),
      account: blank(values.account),
      unitId: Number(values.unitId),
      rank: values.rank,
      post: blank(values.post),
      status: values.status,
      retirementAge: retirementAgeFor(id.ok ? id.sex : null, values.retirementAge),
      notes: blank(values.notes),
    };
  })
  .pipe(staffInputSchema);
