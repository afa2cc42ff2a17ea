import { deskError } from '../../../shared/errors';
import type { Unit } from '../../../shared/units/schemas';
import type { Desk } from '../../core/desk';
import { selectUnits } from '../../core/db/repositories/units';

/** A unit named on the command line: its path from the top (with / or ＞), or a name only one unit has. */
export async function unitByPath(desk: Desk, written: string): Promise<Unit> {
  const units = await selectUnits(desk.ctx.db, { includeArchived: true });
  const wanted = written.replace(/[＞>]/g, '/').split('/').map((s) => s.trim()).filter(Boolean).join('/');
  const byPath = units.find((u) => u.path === wanted);
  const byName = units.filter((u) => u.name === wanted);
  const unit = byPath ?? (byName.length === 1 ? byName[0] : undefined);
  if (!unit) {
    if (byName.length > 1) throw deskError('UNIT_NOT_FOUND.ambiguous', { name: wanted, count: byName.length, example: byName[0]!.path });
    throw deskError('UNIT_NOT_FOUND.written', { written });
  }
  return unit;
}
