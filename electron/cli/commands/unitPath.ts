import { DeskError } from '../../../shared/errors';
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
    const why = byName.length > 1 ? `有 ${byName.length} 个单位叫“${wanted}”，请写从一级单位起的路径，如 ${byName[0]!.path}` : `找不到单位“${written}”，请写单位名称或从一级单位起的路径`;
    throw new DeskError('UNIT_NOT_FOUND', `${why}。`);
  }
  return unit;
}
