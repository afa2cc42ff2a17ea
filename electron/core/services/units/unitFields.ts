import { DeskError, deskError } from '../../../../shared/errors';
import { normalizePhone, phoneProblem } from '../../../../shared/rules/phone';
import { normalizeUnitName, UNIT_NAME_MAX, unitNameProblem } from '../../../../shared/rules/unitName';
import type { UnitPatch } from '../../../../shared/units/schemas';
import type { Executor } from '../../context';
import { selectUnitRow, siblingNamed, unitAttributeListed, type UnitRow, type UnitRowChanges } from '../../db/repositories/units';

/**
 * Checks shared by the unit services: finding a unit, naming it, and turning
 * an edit from the 单位层级 screen into the row changes it means.
 */

/** The stored unit, or UNIT_NOT_FOUND naming the id. */
export async function requireUnitRow(db: Executor, id: number, role: 'unit' | 'parent' | 'target' = 'unit'): Promise<UnitRow> {
  const row = await selectUnitRow(db, id);
  if (!row) throw deskError('UNIT_NOT_FOUND.byId', { role, id });
  return row;
}

/** A normalised unit name, or the reason it cannot be used. */
export function checkedUnitName(raw: string): string {
  const name = normalizeUnitName(raw);
  const problem = unitNameProblem(name);
  // The short default message ('单位名称不能为空') already says what to do.
  if (problem === 'UNIT_NAME_EMPTY') throw new DeskError(problem);
  if (problem === 'UNIT_NAME_TOO_LONG') {
    throw deskError('UNIT_NAME_TOO_LONG.counted', { max: UNIT_NAME_MAX, length: name.length });
  }
  return name;
}

/**
 * UNIT_NAME_TAKEN unless no other unit under `parentId` is called `name`.
 * `todo` says what the admin can do instead (rename, pick another parent).
 */
export async function ensureNameFree(
  db: Executor,
  parentId: number | null,
  name: string,
  selfId: number,
  parentName: string | null,
  moving = false,
): Promise<void> {
  const clash = await siblingNamed(db, parentId, name);
  if (!clash || clash.id === selfId) return;
  throw deskError('UNIT_NAME_TAKEN.clash', { name, parentName, clashArchived: clash.archived_at !== null, moving });
}

/** Trimmed text, or null when nothing is left (optional fields store null, never ''). */
export function optionalText(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const s = raw.replace(/\u3000/g, ' ').trim();
  return s.length === 0 ? null : s;
}

/**
 * The row changes an edit means, after every check; only fields whose stored
 * value actually changes are returned, so an edit that changes nothing is {}.
 * Values already stored are not re-checked (an attribute later dropped from
 * the list does not block editing the unit's other fields).
 */
export async function unitChanges(db: Executor, row: UnitRow, patch: UnitPatch): Promise<UnitRowChanges> {
  const next: UnitRowChanges = {};

  if (patch.name !== undefined) {
    const name = checkedUnitName(patch.name);
    if (name !== row.name) {
      const parent = row.parent_id === null ? undefined : await selectUnitRow(db, row.parent_id);
      await ensureNameFree(db, row.parent_id, name, row.id, parent?.name ?? null);
      next.name = name;
    }
  }

  if (patch.code !== undefined) {
    const code = optionalText(patch.code);
    if (code !== row.code) next.code = code;
  }

  if (patch.attribute !== undefined) {
    const attribute = optionalText(patch.attribute);
    if (attribute !== row.attribute) {
      if (attribute !== null && !(await unitAttributeListed(db, attribute))) {
        throw deskError('VALUE_UNKNOWN.unitAttribute', { attribute });
      }
      next.attribute = attribute;
    }
  }

  if (patch.adminName !== undefined) {
    const adminName = optionalText(patch.adminName);
    if (adminName !== row.admin_name) next.admin_name = adminName;
  }

  if (patch.adminPhone !== undefined) {
    const phone = optionalText(patch.adminPhone === null ? null : normalizePhone(patch.adminPhone));
    if (phone !== row.admin_phone) {
      const problem = phone === null ? null : phoneProblem(phone);
      if (problem) throw deskError('UNIT_PHONE_FORMAT.why', { problem });
      next.admin_phone = phone;
    }
  }

  if (patch.adminAccount !== undefined) {
    const account = optionalText(patch.adminAccount);
    if (account !== row.admin_account) next.admin_account = account;
  }

  Object.assign(next, routeChanges(row, patch, next.name ?? row.name));
  return next;
}

/**
 * 组考方式: 'category' (分类) needs the counterpart provincial department,
 * from this edit or already stored; 'regional' or null (inherit) keeps none.
 */
function routeChanges(row: UnitRow, patch: UnitPatch, name: string): UnitRowChanges {
  const route = patch.examRoute !== undefined ? patch.examRoute : row.exam_route;
  let counterpart: string | null = null;
  if (route === 'category') {
    counterpart = patch.counterpart !== undefined ? optionalText(patch.counterpart) : row.counterpart;
    if (counterpart === null) {
      throw deskError('UNIT_COUNTERPART_MISSING.named', { name });
    }
  }
  const out: UnitRowChanges = {};
  if (route !== row.exam_route) out.exam_route = route;
  if (counterpart !== row.counterpart) out.counterpart = counterpart;
  return out;
}
