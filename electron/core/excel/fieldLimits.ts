import { UNIT_NAME_MAX } from '../../../shared/rules/unitName';
import { maxLengthOf as maxOf } from '../../../shared/common/schemas';
import { staffInputSchema } from '../../../shared/staff/schemas';
import type { RosterField } from './rosterColumns';

/**
 * The longest text each roster column may hold: the same limits the staff
 * form's schema sets (shared/staff/schemas.ts), so a spreadsheet cannot store what
 * typing could not. A unit cell is a path, each level at most UNIT_NAME_MAX.
 */

const shape = staffInputSchema.shape;

export const rosterFieldMax: Record<Exclude<RosterField, 'unit'>, number> = {
  name: maxOf(shape.name),
  idNumber: maxOf(shape.idNumber),
  phone: maxOf(shape.phone),
  account: maxOf(shape.account),
  rank: maxOf(shape.rank),
  post: maxOf(shape.post),
  status: 10,
  notes: maxOf(shape.notes),
};

export const UNIT_LEVEL_MAX = UNIT_NAME_MAX;

/** A cell's text as quoted in a message: at most 40 characters, never the whole of a huge cell. */
export function quoted(text: string): string {
  return text.length <= 40 ? text : `${text.slice(0, 40)}…（共 ${text.length} 个字符）`;
}
