import { routeLabels, type EffectiveRoute } from '../../../../shared/rules/examRoute';
import type { ExamRoute } from '../../../../shared/units/schemas';

/** "分类组考（对应 湖南省司法厅）" or "分众组考". */
export function routeName(route: ExamRoute, counterpart: string | null): string {
  return route === 'category' && counterpart ? `${routeLabels.category}（对应 ${counterpart}）` : routeLabels[route];
}

/**
 * Where the route comes from, in the admin's words:
 * "分类组考（对应 湖南省司法厅），继承自 汨罗市司法局", "分众组考，本单位设置", "默认分众组考".
 */
export function effectiveRouteText(r: EffectiveRoute, selfId: number | null): string {
  if (r.fromUnitId === null) return `默认${routeLabels[r.route]}`;
  const name = routeName(r.route, r.counterpart);
  return r.fromUnitId === selfId ? `${name}，本单位设置` : `${name}，继承自 ${r.fromUnitName ?? ''}`;
}
