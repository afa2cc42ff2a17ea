import type { ExamRoute } from '../units/schemas';

/**
 * 组考方式 inheritance: a unit without its own setting takes its nearest
 * ancestor's; with none anywhere above, 分众 (regional). Where a unit itself
 * is a 「谁执法谁普法」 responsible unit it is set to 分类, which wins.
 */
export interface RouteNode {
  id: number;
  parentId: number | null;
  name: string;
  examRoute: ExamRoute | null;
  counterpart: string | null;
}

export interface EffectiveRoute {
  route: ExamRoute;
  counterpart: string | null;
  /** The unit the setting comes from; null when it is the default. */
  fromUnitId: number | null;
  fromUnitName: string | null;
}

export const routeLabels: Record<ExamRoute, string> = { category: '分类组考', regional: '分众组考' };

/** Effective routes for every unit, computed once for the whole tree. */
export function effectiveRoutes(units: RouteNode[]): Map<number, EffectiveRoute> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out = new Map<number, EffectiveRoute>();
  const resolve = (u: RouteNode, seen: Set<number>): EffectiveRoute => {
    const known = out.get(u.id);
    if (known) return known;
    let r: EffectiveRoute;
    if (u.examRoute) {
      r = { route: u.examRoute, counterpart: u.examRoute === 'category' ? u.counterpart : null, fromUnitId: u.id, fromUnitName: u.name };
    } else {
      const parent = u.parentId === null ? undefined : byId.get(u.parentId);
      r = parent && !seen.has(parent.id)
        ? resolve(parent, seen.add(u.id))
        : { route: 'regional', counterpart: null, fromUnitId: null, fromUnitName: null };
    }
    out.set(u.id, r);
    return r;
  };
  for (const u of units) resolve(u, new Set());
  return out;
}
