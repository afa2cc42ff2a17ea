import { describe, expect, it } from 'vitest';
import type { Unit } from '../../shared/units/schemas';
import { call } from '../helpers/tempDesk';
import type { Desk } from '../../electron/core/desk';
import { useTempDesk } from '../helpers/deskFixture';

let desk: Desk;
useTempDesk((open) => {
  ({ desk } = open);
});

async function auditCount(): Promise<number> {
  return (await call(desk, 'audit.recent', { limit: 1000 })).length;
}

describe('units through the contract', () => {
  it('creates a top unit and a sub-unit with levels, and lists them in tree order', async () => {
    const top = await call(desk, 'units.create', { name: '  汨罗市司法局 ', parentId: null });
    const sub = await call(desk, 'units.create', { name: '公证处', parentId: top.id });
    expect(top).toMatchObject({ name: '汨罗市司法局', level: 1, parentId: null, sortOrder: 0 });
    expect(sub).toMatchObject({ name: '公证处', level: 2, parentId: top.id });
    const list = await call(desk, 'units.list', {});
    expect(list.map((u) => [u.name, u.level])).toEqual([
      ['汨罗市司法局', 1],
      ['公证处', 2],
    ]);
  });

  it('writes an audit row with who, when and the new unit, in the same action', async () => {
    const top = await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
    const [entry] = await call(desk, 'audit.recent', {});
    expect(entry).toMatchObject({ actor: 'tester', action: 'unit.create', entity: 'unit', entityId: top.id, before: null });
    expect(entry!.at).toBe('2024-09-01T01:00:00.000Z');
    expect((entry!.after as Unit).name).toBe('汨罗市司法局');
  });

  it('refuses a duplicate name among siblings and changes nothing', async () => {
    const top = await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
    await call(desk, 'units.create', { name: '公证处', parentId: top.id });
    const audits = await auditCount();
    const r = await desk.call('units.create', { name: '公证处', parentId: top.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNIT_NAME_TAKEN' } });
    expect(!r.ok && r.error.message).toContain('公证处');
    expect(await call(desk, 'units.list', {})).toHaveLength(2);
    expect(await auditCount()).toBe(audits);
  });

  it('allows the same name under different parents', async () => {
    const a = await call(desk, 'units.create', { name: '甲局', parentId: null });
    const b = await call(desk, 'units.create', { name: '乙局', parentId: null });
    await call(desk, 'units.create', { name: '办公室', parentId: a.id });
    await call(desk, 'units.create', { name: '办公室', parentId: b.id });
    expect(await call(desk, 'units.list', {})).toHaveLength(4);
  });

  it('refuses an empty name in Chinese and writes nothing', async () => {
    const r = await desk.call('units.create', { name: ' 　 ', parentId: null });
    expect(r).toEqual({ ok: false, error: { code: 'UNIT_NAME_EMPTY', message: '单位名称不能为空' } });
    expect(await call(desk, 'units.list', {})).toEqual([]);
    expect(await auditCount()).toBe(0);
  });

  it('refuses a parent that does not exist', async () => {
    const r = await desk.call('units.create', { name: '公证处', parentId: 42 });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNIT_NOT_FOUND' } });
    expect(await call(desk, 'units.list', {})).toEqual([]);
  });

  it('refuses wrong argument types, unknown fields and unknown methods before any service runs', async () => {
    for (const args of [{ name: 5, parentId: null }, { name: 'x' }, { name: 'x', parentId: null, extra: 1 }, 'units', null]) {
      const r = await desk.call('units.create', args);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('BAD_ARGUMENTS');
    }
    const unknown = await desk.call('units.dropAll', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await call(desk, 'units.list', {})).toEqual([]);
    expect(await auditCount()).toBe(0);
  });

  it('rolls the unit back when its audit row cannot be written', async () => {
    await desk.ctx.db.raw('DROP TABLE audit_log');
    const r = await desk.call('units.create', { name: '汨罗市司法局', parentId: null });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await desk.ctx.db('units').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('reports itself through desk.info', async () => {
    await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
    const info = await call(desk, 'desk.info', {});
    expect(info).toMatchObject({ appName: '学法考法管理台', unitCount: 1, mode: 'cli' });
  });
});
