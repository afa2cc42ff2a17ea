import { describe, expect, it } from 'vitest';
import { effectiveRoutes, type RouteNode } from '../../shared/rules/examRoute';

const node = (id: number, parentId: number | null, examRoute: RouteNode['examRoute'] = null, counterpart: string | null = null): RouteNode => ({
  id,
  parentId,
  name: `单位${id}`,
  examRoute,
  counterpart,
});

const DEFAULT = { route: 'regional', counterpart: null, fromUnitId: null, fromUnitName: null };

describe('effectiveRoutes', () => {
  it('defaults to 分众 (regional) with no source when nothing above sets a route', () => {
    const routes = effectiveRoutes([node(1, null), node(2, 1), node(3, 2)]);
    for (const id of [1, 2, 3]) expect(routes.get(id)).toEqual(DEFAULT);
  });

  it('inherits the nearest ancestor’s setting and names where it comes from', () => {
    const routes = effectiveRoutes([node(1, null, 'category', '湖南省司法厅'), node(2, 1), node(3, 2)]);
    const fromTop = { route: 'category', counterpart: '湖南省司法厅', fromUnitId: 1, fromUnitName: '单位1' };
    expect(routes.get(2)).toEqual(fromTop);
    expect(routes.get(3)).toEqual(fromTop);
  });

  it('lets the nearer unit’s own setting win, in both directions', () => {
    const categoryBelow = effectiveRoutes([node(1, null, 'regional'), node(2, 1, 'category', '湖南省公安厅'), node(3, 2)]);
    expect(categoryBelow.get(1)).toEqual({ route: 'regional', counterpart: null, fromUnitId: 1, fromUnitName: '单位1' });
    expect(categoryBelow.get(3)).toEqual({ route: 'category', counterpart: '湖南省公安厅', fromUnitId: 2, fromUnitName: '单位2' });

    const regionalBelow = effectiveRoutes([node(1, null, 'category', '湖南省公安厅'), node(2, 1, 'regional'), node(3, 2)]);
    expect(regionalBelow.get(3)).toEqual({ route: 'regional', counterpart: null, fromUnitId: 2, fromUnitName: '单位2' });
  });

  it('carries the counterpart only with 分类', () => {
    const routes = effectiveRoutes([node(1, null, 'regional', '残留的部门'), node(2, 1)]);
    expect(routes.get(2)).toEqual({ route: 'regional', counterpart: null, fromUnitId: 1, fromUnitName: '单位1' });
  });

  it('does not depend on the order units are listed in', () => {
    const routes = effectiveRoutes([node(3, 2), node(2, 1), node(1, null, 'category', '湖南省财政厅')]);
    expect(routes.get(3)).toMatchObject({ route: 'category', fromUnitId: 1 });
  });

  it('terminates on a damaged tree: a cycle, a self-parent, a missing parent', () => {
    const routes = effectiveRoutes([node(1, 2), node(2, 1), node(3, 3), node(4, 99), node(5, 1)]);
    for (const id of [1, 2, 3, 4, 5]) expect(routes.get(id)).toEqual(DEFAULT);

    const withSetting = effectiveRoutes([node(1, 2, 'category', '湖南省司法厅'), node(2, 1), node(3, 2)]);
    expect(withSetting.get(2)).toMatchObject({ route: 'category', fromUnitId: 1 });
    expect(withSetting.get(3)).toMatchObject({ route: 'category', fromUnitId: 1 });
  });
});
