import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/core/clock';
import type { Desk } from '../../electron/core/desk';
import { idCheckChar } from '../../shared/rules/idNumber';
import type { AuditEntry } from '../../shared/audit/schemas';
import type { Unit } from '../../shared/units/schemas';
import { call } from '../helpers/tempDesk';
import type { ArgsOf, MethodName } from '../../shared/contract';
import { useTempDesk } from '../helpers/deskFixture';

let desk: Desk;
useTempDesk((open) => {
  ({ desk } = open);
});

const create = (name: string, parentId: number | null = null): Promise<Unit> => call(desk, 'units.create', { name, parentId });
const update = (id: number, patch: Record<string, unknown>): Promise<Unit> => call(desk, 'units.update', { id, patch });
const move = (id: number, parentId: number | null, beforeId?: number): Promise<Unit> =>
  call(desk, 'units.move', beforeId === undefined ? { id, parentId } : { id, parentId, beforeId });
const archive = (id: number, archived: boolean): Promise<Unit> => call(desk, 'units.archive', { id, archived });
const listAll = (): Promise<Unit[]> => call(desk, 'units.list', { includeArchived: true });
const latestAudit = async (): Promise<AuditEntry> => (await call(desk, 'audit.recent', { limit: 1 }))[0]!;

async function get(id: number): Promise<Unit> {
  const u = (await listAll()).find((x) => x.id === id);
  if (!u) throw new Error(`unit ${id} missing`);
  return u;
}

/** Children of a parent in their order, as [name, sortOrder]. */
async function children(parentId: number | null): Promise<[string, number][]> {
  return (await listAll()).filter((u) => u.parentId === parentId).sort((a, b) => a.sortOrder - b.sortOrder).map((u) => [u.name, u.sortOrder]);
}

/** Every stored unit and audit row, to prove a refusal changed nothing. */
async function snapshot(): Promise<unknown> {
  return { units: await desk.ctx.db('units').orderBy('id'), audit: await desk.ctx.db('audit_log').orderBy('id') };
}

/** Calls a method that must be refused with `code`, checks nothing changed, returns the message. */
async function refused<M extends MethodName>(method: M, args: ArgsOf<M>, code: string): Promise<string> {
  const before = await snapshot();
  const r = await desk.call(method, args);
  expect(r).toMatchObject({ ok: false, error: { code } });
  expect(await snapshot()).toEqual(before);
  return r.ok ? '' : r.error.message;
}

let staffSeq = 0;
/** A staff row straight into the table (the roster service is not needed here): a valid woman's ID number. */
async function addStaff(unitId: number): Promise<void> {
  const first17 = `110105194912310${String(2 * ++staffSeq).padStart(2, '0')}`;
  await desk.ctx.db('staff').insert({
    id_number: first17 + idCheckChar(first17),
    name: `学员${staffSeq}`,
    sex: '女',
    birth_date: '1949-12-31',
    unit_id: unitId,
    retirement_age: 55,
    created_at: '2024-09-01T01:00:00.000Z',
    updated_at: '2024-09-01T01:00:00.000Z',
  });
}

describe('units.update', () => {
  it('renames a unit, keeps names unique among siblings only, and audits before/after', async () => {
    const top = await create('汨罗市司法局');
    const office = await create('办公室', top.id);
    await create('公证处', top.id);
    const other = await create('汨罗市财政局');
    await create('法律援助中心', other.id);

    desk.ctx.clock = fixedClock('2024-09-02T10:00:00+08:00');
    const renamed = await update(office.id, { name: '　法律援助中心 ' });
    expect(renamed).toMatchObject({ name: '法律援助中心', path: '汨罗市司法局/法律援助中心', updatedAt: '2024-09-02T02:00:00.000Z' });
    const entry = await latestAudit();
    expect(entry).toMatchObject({ action: 'unit.update', entity: 'unit', entityId: office.id, actor: 'tester' });
    expect((entry.before as Unit).name).toBe('办公室');
    expect((entry.after as Unit).name).toBe('法律援助中心');

    const msg = await refused('units.update', { id: office.id, patch: { name: '公证处' } }, 'UNIT_NAME_TAKEN');
    expect(msg).toBe('同一上级单位下已有名为“公证处”的单位（上级单位：汨罗市司法局），请换一个名称。');
    await refused('units.update', { id: office.id, patch: { name: '  ' } }, 'UNIT_NAME_EMPTY');
    await refused('units.update', { id: office.id, patch: { name: '长'.repeat(101) } }, 'UNIT_NAME_TOO_LONG');
    await refused('units.update', { id: 999, patch: { name: '新名' } }, 'UNIT_NOT_FOUND');

    const audits = (await snapshot()) as { audit: unknown[] };
    expect(await update(office.id, { name: '法律援助中心', code: null })).toMatchObject({ name: '法律援助中心' });
    expect(((await snapshot()) as { audit: unknown[] }).audit).toHaveLength(audits.audit.length);
  });

  it('names an archived sibling in the clash message', async () => {
    const top = await create('汨罗市司法局');
    const old = await create('旧科室', top.id);
    const office = await create('办公室', top.id);
    await archive(old.id, true);
    const msg = await refused('units.update', { id: office.id, patch: { name: '旧科室' } }, 'UNIT_NAME_TAKEN');
    expect(msg).toContain('已归档');
  });

  it('takes the attribute from the 设置 list and refuses one not on it', async () => {
    const u = await create('汨罗市司法局');
    expect(await update(u.id, { attribute: '政府机关' })).toMatchObject({ attribute: '政府机关' });
    const msg = await refused('units.update', { id: u.id, patch: { attribute: '外星机关' } }, 'VALUE_UNKNOWN');
    expect(msg).toContain('外星机关');
    expect(msg).toContain('设置');
    await desk.ctx.db('unit_attributes').insert({ name: '外星机关', sort_order: 99 });
    expect(await update(u.id, { attribute: '外星机关' })).toMatchObject({ attribute: '外星机关' });
    expect(await update(u.id, { attribute: '' })).toMatchObject({ attribute: null });
  });

  it('normalises the administrator phone, refuses a wrong one with the rule’s reason, stores empty text as null', async () => {
    const u = await create('汨罗市司法局');
    const saved = await update(u.id, { adminName: ' 李四 ', adminPhone: '138 0013－8000', adminAccount: '13800138000', code: '  ' });
    expect(saved).toMatchObject({ adminName: '李四', adminPhone: '13800138000', adminAccount: '13800138000', code: null });
    const short = await refused('units.update', { id: u.id, patch: { adminPhone: '1380013800' } }, 'UNIT_PHONE_FORMAT');
    expect(short).toContain('11 位');
    await refused('units.update', { id: u.id, patch: { adminPhone: '1.38001E+10' } }, 'UNIT_PHONE_FORMAT');
    expect(await update(u.id, { adminPhone: '', adminName: '' })).toMatchObject({ adminPhone: null, adminName: null });
  });

  it('refuses to edit an archived unit', async () => {
    const u = await create('汨罗市司法局');
    await archive(u.id, true);
    const msg = await refused('units.update', { id: u.id, patch: { adminName: '李四' } }, 'UNIT_ARCHIVED');
    expect(msg).toContain('恢复');
  });
});

describe('exam route', () => {
  it('inherits through three levels, defaults to 分众, and the nearer setting wins', async () => {
    const top = await create('汨罗市司法局');
    const mid = await create('公证处', top.id);
    const leaf = await create('办证科', mid.id);
    expect((await get(leaf.id)).effectiveRoute).toEqual({ route: 'regional', counterpart: null, fromUnitId: null, fromUnitName: null });

    await update(top.id, { examRoute: 'category', counterpart: '湖南省司法厅' });
    const inherited = { route: 'category', counterpart: '湖南省司法厅', fromUnitId: top.id, fromUnitName: '汨罗市司法局' };
    expect((await get(mid.id)).effectiveRoute).toEqual(inherited);
    expect((await get(leaf.id)).effectiveRoute).toEqual(inherited);
    expect((await get(leaf.id)).examRoute).toBeNull();

    await update(mid.id, { examRoute: 'regional' });
    expect((await get(leaf.id)).effectiveRoute).toEqual({ route: 'regional', counterpart: null, fromUnitId: mid.id, fromUnitName: '公证处' });

    await update(top.id, { examRoute: 'regional' });
    await update(mid.id, { examRoute: 'category', counterpart: '湖南省公安厅' });
    expect((await get(top.id)).effectiveRoute.route).toBe('regional');
    expect((await get(leaf.id)).effectiveRoute).toEqual({ route: 'category', counterpart: '湖南省公安厅', fromUnitId: mid.id, fromUnitName: '公证处' });

    await update(mid.id, { examRoute: null });
    expect((await get(leaf.id)).effectiveRoute).toMatchObject({ route: 'regional', fromUnitId: top.id });
  });

  it('requires the counterpart for 分类, from the same edit or already stored, and clears it otherwise', async () => {
    const u = await create('汨罗市公安局');
    await refused('units.update', { id: u.id, patch: { examRoute: 'category' } }, 'UNIT_COUNTERPART_MISSING');
    await refused('units.update', { id: u.id, patch: { examRoute: 'category', counterpart: '　' } }, 'UNIT_COUNTERPART_MISSING');
    expect(await update(u.id, { examRoute: 'category', counterpart: ' 湖南省公安厅 ' })).toMatchObject({ examRoute: 'category', counterpart: '湖南省公安厅' });
    expect(await update(u.id, { examRoute: 'category', adminName: '王五' })).toMatchObject({ counterpart: '湖南省公安厅', adminName: '王五' });
    await refused('units.update', { id: u.id, patch: { counterpart: null } }, 'UNIT_COUNTERPART_MISSING');
    expect(await update(u.id, { examRoute: 'regional' })).toMatchObject({ examRoute: 'regional', counterpart: null });
    await refused('units.update', { id: u.id, patch: { examRoute: 'category' } }, 'UNIT_COUNTERPART_MISSING');
    await update(u.id, { examRoute: 'category', counterpart: '湖南省公安厅' });
    expect(await update(u.id, { examRoute: null })).toMatchObject({ examRoute: null, counterpart: null });
  });
});

describe('units.move', () => {
  it('moves a subtree under another parent: levels, paths and route follow, both sibling lists renumbered', async () => {
    const a = await create('甲局');
    const b = await create('乙科', a.id);
    await create('丙科', a.id);
    await create('丁科', a.id);
    const c = await create('乙科一组', b.id);
    const d = await create('戊局');
    await update(d.id, { examRoute: 'category', counterpart: '湖南省财政厅' });

    const moved = await move(b.id, d.id);
    expect(moved).toMatchObject({ parentId: d.id, level: 2, path: '戊局/乙科', sortOrder: 0 });
    expect(moved.effectiveRoute).toMatchObject({ route: 'category', fromUnitId: d.id });
    expect(await get(c.id)).toMatchObject({ level: 3, path: '戊局/乙科/乙科一组' });
    expect(await children(a.id)).toEqual([['丙科', 0], ['丁科', 1]]);

    const entry = await latestAudit();
    expect(entry).toMatchObject({ action: 'unit.move', entityId: b.id });
    expect(entry.before).toMatchObject({ parentId: a.id, sortOrder: 0, path: '甲局/乙科' });
    expect(entry.after).toMatchObject({ parentId: d.id, sortOrder: 0, path: '戊局/乙科' });

    const toTop = await move(b.id, null);
    expect(toTop).toMatchObject({ parentId: null, level: 1, path: '乙科', sortOrder: 2 });
    expect(await get(c.id)).toMatchObject({ level: 2, path: '乙科/乙科一组' });
    expect(await children(null)).toEqual([['甲局', 0], ['戊局', 1], ['乙科', 2]]);
  });

  it('reorders among siblings with beforeId, or last without it', async () => {
    const top = await create('汨罗市司法局');
    const x = await create('一科', top.id);
    const y = await create('二科', top.id);
    const z = await create('三科', top.id);
    expect(await move(z.id, top.id, x.id)).toMatchObject({ sortOrder: 0 });
    expect(await children(top.id)).toEqual([['三科', 0], ['一科', 1], ['二科', 2]]);
    await move(x.id, top.id);
    expect(await children(top.id)).toEqual([['三科', 0], ['二科', 1], ['一科', 2]]);
    await move(x.id, top.id, y.id);
    expect(await children(top.id)).toEqual([['三科', 0], ['一科', 1], ['二科', 2]]);

    // Already there: nothing is written, not even an audit row.
    const before = await snapshot();
    await move(y.id, top.id);
    await move(x.id, top.id, x.id);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a position that is not among the target’s children, and an unknown one', async () => {
    const a = await create('甲局');
    const b = await create('乙局');
    const a1 = await create('甲一科', a.id);
    const b1 = await create('乙一科', b.id);
    const msg = await refused('units.move', { id: a1.id, parentId: a.id, beforeId: b1.id }, 'UNIT_POSITION_INVALID');
    expect(msg).toContain('乙一科');
    await refused('units.move', { id: a1.id, parentId: b.id, beforeId: 999 }, 'UNIT_POSITION_INVALID');
    await refused('units.move', { id: a1.id, parentId: null, beforeId: b1.id }, 'UNIT_POSITION_INVALID');
  });

  it('never makes a cycle: into itself, its child or its grandchild is refused and nothing changes', async () => {
    const a = await create('甲局');
    const b = await create('乙科', a.id);
    const c = await create('乙科一组', b.id);
    for (const target of [a.id, b.id, c.id]) {
      const msg = await refused('units.move', { id: a.id, parentId: target }, 'UNIT_MOVE_CYCLE');
      expect(msg).toContain('甲局');
    }
    await refused('units.move', { id: b.id, parentId: c.id }, 'UNIT_MOVE_CYCLE');
    expect((await listAll()).map((u) => [u.name, u.level])).toEqual([
      ['甲局', 1],
      ['乙科', 2],
      ['乙科一组', 3],
    ]);
  });

  it('refuses an archived target, a name clash there, an archived unit and unknown units', async () => {
    const a = await create('甲局');
    const b = await create('乙局');
    const office = await create('办公室', a.id);
    await create('办公室', b.id);
    const c = await create('丙局');
    await archive(c.id, true);
    expect(await refused('units.move', { id: office.id, parentId: c.id }, 'UNIT_PARENT_ARCHIVED')).toContain('丙局');
    expect(await refused('units.move', { id: office.id, parentId: b.id }, 'UNIT_NAME_TAKEN')).toContain('已有名为“办公室”的单位（上级单位：乙局）');
    await refused('units.move', { id: c.id, parentId: a.id }, 'UNIT_ARCHIVED');
    await refused('units.move', { id: office.id, parentId: 999 }, 'UNIT_NOT_FOUND');
    await refused('units.move', { id: 999, parentId: a.id }, 'UNIT_NOT_FOUND');
  });
});

describe('units.archive', () => {
  it('archives the whole subtree, hides it from the list, keeps the staff, and restores it', async () => {
    const a = await create('甲局');
    const b = await create('乙科', a.id);
    const c = await create('乙科一组', b.id);
    const other = await create('丁局');
    await addStaff(c.id);

    desk.ctx.clock = fixedClock('2024-10-01T08:00:00+08:00');
    const archived = await archive(a.id, true);
    expect(archived.archivedAt).toBe('2024-10-01T00:00:00.000Z');
    expect((await call(desk, 'units.list', {})).map((u) => u.name)).toEqual(['丁局']);
    expect((await listAll()).filter((u) => u.archivedAt !== null).map((u) => u.id)).toEqual([a.id, b.id, c.id]);
    expect(await get(a.id)).toMatchObject({ staffCountTotal: 1 });
    expect(await desk.ctx.db('staff').where({ unit_id: c.id })).toHaveLength(1);
    expect(await latestAudit()).toMatchObject({ action: 'unit.archive', entityId: a.id, after: { subunitIds: [b.id, c.id] } });

    await refused('units.create', { name: '新科', parentId: b.id }, 'UNIT_PARENT_ARCHIVED');
    expect(await refused('units.archive', { id: c.id, archived: false }, 'UNIT_PARENT_ARCHIVED')).toContain('乙科');

    const restored = await archive(a.id, false);
    expect(restored.archivedAt).toBeNull();
    expect((await call(desk, 'units.list', {})).map((u) => u.id)).toEqual([a.id, other.id, b.id, c.id]);
    expect(await latestAudit()).toMatchObject({ action: 'unit.restore', entityId: a.id });
  });

  it('leaves a sub-unit archived on its own earlier archived when its parent is restored', async () => {
    const a = await create('甲局');
    const b = await create('乙科', a.id);
    const old = await create('旧科', a.id);
    const oldTeam = await create('旧科一组', old.id);
    desk.ctx.clock = fixedClock('2024-09-10T08:00:00+08:00');
    await archive(old.id, true);
    desk.ctx.clock = fixedClock('2024-10-01T08:00:00+08:00');
    await archive(a.id, true);
    expect((await get(old.id)).archivedAt).toBe('2024-09-10T00:00:00.000Z');
    await archive(a.id, false);
    expect((await get(b.id)).archivedAt).toBeNull();
    expect((await get(old.id)).archivedAt).toBe('2024-09-10T00:00:00.000Z');
    expect((await get(oldTeam.id)).archivedAt).toBe('2024-09-10T00:00:00.000Z');
  });

  it('records nothing when the unit is already in the asked state', async () => {
    const a = await create('甲局');
    const before = await snapshot();
    expect(await archive(a.id, false)).toMatchObject({ archivedAt: null });
    expect(await snapshot()).toEqual(before);
  });
});

describe('units.delete', () => {
  it('refuses a unit with staff or sub-units (archived included), then deletes it once empty', async () => {
    const top = await create('汨罗市司法局');
    const a = await create('甲科', top.id);
    const b = await create('乙科', top.id);
    await create('丙科', top.id);
    await addStaff(b.id);
    await addStaff(b.id);
    expect(await refused('units.delete', { id: b.id }, 'UNIT_HAS_STAFF')).toContain('2 名学员');

    const sub = await create('乙科一组', a.id);
    await archive(sub.id, true);
    expect(await refused('units.delete', { id: a.id }, 'UNIT_HAS_SUBUNITS')).toContain('其中 1 个已归档');
    expect(await refused('units.delete', { id: top.id }, 'UNIT_HAS_SUBUNITS')).toContain('3 个下级单位');
    await refused('units.delete', { id: 999 }, 'UNIT_NOT_FOUND');

    expect(await call(desk, 'units.delete', { id: sub.id })).toEqual({ id: sub.id });
    expect(await call(desk, 'units.delete', { id: a.id })).toEqual({ id: a.id });
    const entry = await latestAudit();
    expect(entry).toMatchObject({ action: 'unit.delete', entityId: a.id, after: null, before: { name: '甲科', path: '汨罗市司法局/甲科' } });
    expect((await listAll()).map((u) => u.id)).not.toContain(a.id);
    expect(await children(top.id)).toEqual([['乙科', 0], ['丙科', 1]]);
  });
});

describe('staff counts', () => {
  it('counts own staff and staff with sub-units, and follows a move', async () => {
    const a = await create('甲局');
    const b = await create('乙科', a.id);
    const c = await create('乙科一组', b.id);
    await addStaff(a.id);
    await addStaff(b.id);
    await addStaff(b.id);
    await addStaff(c.id);
    expect(await get(a.id)).toMatchObject({ staffCount: 1, staffCountTotal: 4 });
    expect(await get(b.id)).toMatchObject({ staffCount: 2, staffCountTotal: 3 });
    expect(await get(c.id)).toMatchObject({ staffCount: 1, staffCountTotal: 1 });
    await move(c.id, null);
    expect(await get(a.id)).toMatchObject({ staffCount: 1, staffCountTotal: 3 });
    expect(await get(c.id)).toMatchObject({ level: 1, staffCountTotal: 1 });
  });
});
