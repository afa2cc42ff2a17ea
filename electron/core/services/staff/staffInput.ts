import { DeskError } from '../../../../shared/errors';
import { maskIdNumber, parseIdNumber } from '../../../../shared/rules/idNumber';
import { normalizePhone, phoneProblem } from '../../../../shared/rules/phone';
import { defaultRetirementAge, type RetirementAge } from '../../../../shared/rules/retirement';
import type { StaffInput } from '../../../../shared/staff/schemas';
import type { Executor } from '../../context';
import { rankExists } from '../../db/repositories/lists';
import { staffWithIdNumber, unitTrail, type StaffRow, type UnitTrail } from '../../db/repositories/staff';

/** The stored fields of a person, checked and normalised, with the unit they go into. */
export interface CheckedStaff {
  row: Omit<StaffRow, 'id' | 'created_at' | 'updated_at'>;
  unit: UnitTrail;
}

/** Trimmed text, or null when nothing is left. */
function optionalText(raw: string | null | undefined): string | null {
  const s = (raw ?? '').trim();
  return s.length === 0 ? null : s;
}

/**
 * For an update, an optional field left out (undefined) keeps the stored
 * value; an explicit null clears it. For a create there is no stored value.
 */
function pick<T>(given: T | undefined, current: T | undefined, fallback: T): T {
  if (given !== undefined) return given;
  return current !== undefined ? current : fallback;
}

function retirementAgeFor(sex: '男' | '女', given: RetirementAge | null | undefined, current: StaffRow | undefined): RetirementAge {
  if (given === undefined && current && current.sex === sex) return current.retirement_age;
  const age = given ?? defaultRetirementAge(sex);
  const fits = sex === '男' ? age === 60 : age === 55 || age === 50;
  if (!fits) {
    const expected = sex === '男' ? '男性应为 60 岁' : '女性应为 55 岁（女职工可选 50 岁）';
    throw new DeskError(
      'RETIREMENT_AGE_INVALID',
      `原法定退休年龄 ${age} 岁与身份证号显示的性别（${sex}）不符：${expected}。请改正退休年龄，或核对身份证号。`,
    );
  }
  return age;
}

/**
 * Checks a staff form against the roster's rules and returns what to store.
 * `current` is the stored person on an update (undefined on a create).
 * Throws DeskError with the first problem found, in the form's own words.
 */
export async function checkStaffInput(db: Executor, input: StaffInput, current: StaffRow | undefined): Promise<CheckedStaff> {
  const id = parseIdNumber(input.idNumber);
  if (!id.ok) throw new DeskError(id.code, id.message);

  const name = input.name.trim();
  if (name.length === 0) throw new DeskError('NAME_MISSING', '姓名不能为空，请填写学员姓名。');

  const phoneRaw = pick(input.phone, current?.phone, null);
  let phone: string | null = null;
  if (phoneRaw !== null) {
    const problem = phoneProblem(phoneRaw);
    if (problem) throw new DeskError('PHONE_FORMAT', `${problem}（填写的是“${phoneRaw.trim()}”）。`);
    phone = normalizePhone(phoneRaw) || null;
  }

  const retirementAge = retirementAgeFor(id.sex, input.retirementAge, current);

  const rank = optionalText(pick(input.rank, current?.rank, null));
  if (rank !== null && rank !== current?.rank && !(await rankExists(db, rank))) {
    throw new DeskError('VALUE_UNKNOWN', `职级“${rank}”不在 设置 → 职级 列表中，请从列表中选择；如确需新职级，请先在 设置 → 职级 中添加。`);
  }

  const unit = await unitTrail(db, input.unitId);
  if (!unit) throw new DeskError('UNIT_NOT_FOUND', `找不到所选单位（编号 ${input.unitId}），可能已被删除，请刷新后重新选择。`);
  // A person already in an archived unit can still be corrected; nobody new goes into one.
  if (unit.archived && input.unitId !== current?.unit_id) {
    throw new DeskError('UNIT_ARCHIVED', `单位“${unit.path}”已归档，不能把学员放入该单位；请先在单位层级中恢复该单位，或选择其他单位。`);
  }

  const holder = await staffWithIdNumber(db, id.idNumber, current?.id ?? null);
  if (holder) {
    const where = (await unitTrail(db, holder.unit_id))?.path ?? `单位编号 ${holder.unit_id}`;
    throw new DeskError(
      'ID_DUPLICATE',
      `身份证号 ${maskIdNumber(id.idNumber)} 已属于 ${holder.name}（${where}），同一人不能重复录入；如是调动，请修改原记录的单位。`,
    );
  }

  return {
    row: {
      id_number: id.idNumber,
      name,
      sex: id.sex,
      birth_date: id.birthDate,
      phone,
      account: optionalText(pick(input.account, current?.account, null)),
      unit_id: input.unitId,
      rank,
      post: optionalText(pick(input.post, current?.post, null)),
      status: pick(input.status, current?.status, '在职'),
      retirement_age: retirementAge,
      notes: optionalText(pick(input.notes, current?.notes, null)),
    },
    unit,
  };
}
