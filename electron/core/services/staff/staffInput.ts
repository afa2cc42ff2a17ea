import { DeskError, deskError } from '../../../../shared/errors';
import { maskIdNumber, parseIdNumber } from '../../../../shared/rules/idNumber';
import { normalizePhone, phoneProblem } from '../../../../shared/rules/phone';
import { defaultRetirementAge, type RetirementAge } from '../../../../shared/rules/retirement';
import type { StaffInput } from '../../../../shared/staff/schemas';
import type { Executor } from '../../context';
import { rankExists } from '../../db/repositories/lists';
import { staffWithIdNumber, unitTrail, type StaffRow, type UnitTrail } from '../../db/repositories/staff';
import { IN_SERVICE } from '../../../../shared/staffStatus';

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
  if (!fits) throw deskError('RETIREMENT_AGE_INVALID.named', { age, sex });
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
  if (name.length === 0) throw deskError('NAME_MISSING.staff');

  const phoneRaw = pick(input.phone, current?.phone, null);
  let phone: string | null = null;
  if (phoneRaw !== null) {
    const problem = phoneProblem(phoneRaw);
    if (problem) throw deskError('PHONE_FORMAT.given', { problem, given: phoneRaw.trim() });
    phone = normalizePhone(phoneRaw) || null;
  }

  const retirementAge = retirementAgeFor(id.sex, input.retirementAge, current);

  const rank = optionalText(pick(input.rank, current?.rank, null));
  if (rank !== null && rank !== current?.rank && !(await rankExists(db, rank))) {
    throw deskError('VALUE_UNKNOWN.rank', { rank });
  }

  const unit = await unitTrail(db, input.unitId);
  if (!unit) throw deskError('UNIT_NOT_FOUND.forStaff', { id: input.unitId });
  // A person already in an archived unit can still be corrected; nobody new goes into one.
  if (unit.archived && input.unitId !== current?.unit_id) {
    throw deskError('UNIT_ARCHIVED.placeStaff', { path: unit.path });
  }

  const holder = await staffWithIdNumber(db, id.idNumber, current?.id ?? null);
  if (holder) {
    const where = (await unitTrail(db, holder.unit_id))?.path ?? null;
    throw deskError('ID_DUPLICATE.holder', { masked: maskIdNumber(id.idNumber), holder: holder.name, where, unitId: holder.unit_id });
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
      status: pick(input.status, current?.status, IN_SERVICE),
      retirement_age: retirementAge,
      notes: optionalText(pick(input.notes, current?.notes, null)),
    },
    unit,
  };
}
