import type { RouteOf } from '../../../../shared/rules/transferRules';
import type { Executor } from '../../context';
import { selectUnits } from '../../db/repositories/units';

/** Every unit's effective exam route and path (inherited routes resolved), read once for an action. */
export async function unitRoutes(db: Executor): Promise<Map<number, RouteOf & { path: string }>> {
  const units = await selectUnits(db, { includeArchived: true });
  return new Map(units.map((u) => [u.id, { route: u.effectiveRoute.route, counterpart: u.effectiveRoute.counterpart, path: u.path }]));
}
