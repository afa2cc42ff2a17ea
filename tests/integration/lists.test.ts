import { describe, expect, it } from 'vitest';
import type { Lists, Rank } from '../../shared/settings/schemas';
import type { Desk } from '../../electron/core/desk';
import { auditRows, createStaff, rowCount, unit } from '../helpers/staffFixtures';
import { call } from '../helpers/tempDesk';
import { useTempDesk } from '../helpers/deskFixture';
import { idNumber } from '../helpers/idNumber';

let desk: Desk;
useTempDesk((open) => {
  ({ desk } = open);
});

async function lists(): Promise<Lists> {
  return call(desk, 'lists.get', {});
}

describe('lists', () => {
  it('start with the default ranks (厅局级 and 巡视员 not taking part) and unit attributes', async () => {
    const l = await lists();
    expect(l.ranks).toHaveLength(20);
    expect(l.ranks[0]).toEqual({ name: '厅局级正职', takesPart: false });
    expect(l.ranks.find((r) => r.name === '二级巡视员')?.takesPart).toBe(false);
    expect(l.ranks.find((r) => r.name === '一级科员')?.takesPart).toBe(true);
    expect(l.unitAttributes).toContain('镇（街道）');
    expect(l.unitAttributes).toHaveLength(13);
  });

  it('replace the rank list in the given order, trimmed, with an audit row of before and after', async () => {
    const ranks: Rank[] = [
      { name: ' 一级科员 ', takesPart: true },
      { name: '见习', takesPart: false },
      { name: '县处级正职', takesPart: true },
    ];
    const saved = await call(desk, 'lists.saveRanks', { ranks });
    expect(saved.ranks).toEqual([
      { name: '一级科员', takesPart: true },
      { name: '见习', takesPart: false },
      { name: '县处级正职', takesPart: true },
    ]);
    expect((await lists()).ranks).toEqual(saved.ranks);
    const row = (await auditRows(desk)).at(-1)!;
    expect(row).toMatchObject({ action: 'lists.saveRanks', entity: 'lists', after: saved.ranks });
    expect(row.before).toHaveLength(20);
  });

  it('refuse duplicate and blank names and change nothing', async () => {
    const before = await lists();
    const audit = await rowCount(desk, 'audit_log');
    const dup = await desk.call('lists.saveRanks', { ranks: [{ name: '一级科员', takesPart: true }, { name: '一级科员 ', takesPart: false }] });
    expect(dup).toMatchObject({ ok: false, error: { code: 'LIST_ITEM_DUPLICATE' } });
    expect(!dup.ok && dup.error.message).toContain('“一级科员”');
    const blank = await desk.call('lists.saveUnitAttributes', { attributes: ['政府机关', ' '] });
    expect(blank).toMatchObject({ ok: false, error: { code: 'LIST_ITEM_EMPTY' } });
    expect(!blank.ok && blank.error.message).toContain('第 2 项');
    const dupAttr = await desk.call('lists.saveUnitAttributes', { attributes: ['政府机关', '政府机关'] });
    expect(dupAttr).toMatchObject({ ok: false, error: { code: 'LIST_ITEM_DUPLICATE' } });
    expect(await lists()).toEqual(before);
    expect(await rowCount(desk, 'audit_log')).toBe(audit);
  });

  it('refuse to drop a rank someone holds, naming it and how many hold it', async () => {
    const u = await unit(desk, '汨罗市司法局');
    await createStaff(desk, { unitId: u.id, rank: '一级科员' });
    await createStaff(desk, { idNumber: idNumber('19900704', 246), name: '李四', unitId: u.id, rank: '一级科员' });
    const before = await lists();
    const kept = before.ranks.filter((r) => r.name !== '一级科员');
    const r = await desk.call('lists.saveRanks', { ranks: kept });
    expect(r).toMatchObject({ ok: false, error: { code: 'LIST_ITEM_IN_USE' } });
    expect(!r.ok && r.error.message).toContain('职级“一级科员”还有 2 名学员在用');
    expect(await lists()).toEqual(before);
    // Dropping ranks nobody holds is fine, and so is changing whether a held rank takes part.
    const flipped = before.ranks.filter((x) => x.name === '一级科员').map((x) => ({ ...x, takesPart: false }));
    expect((await call(desk, 'lists.saveRanks', { ranks: flipped })).ranks).toEqual([{ name: '一级科员', takesPart: false }]);
  });

  it('no longer accept a dropped rank for new staff', async () => {
    const u = await unit(desk, '汨罗市司法局');
    await call(desk, 'lists.saveRanks', { ranks: [{ name: '一级科员', takesPart: true }] });
    const r = await desk.call('staff.create', { input: { idNumber: idNumber('19850312', 123), name: '张三', unitId: u.id, rank: '二级科员' }, year: 2024 });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALUE_UNKNOWN' } });
    expect(!r.ok && r.error.message).toContain('二级科员');
  });

  it('replace the unit attributes, refusing to drop one a unit still carries', async () => {
    const u = await unit(desk, '汨罗市司法局');
    await call(desk, 'units.update', { id: u.id, patch: { attribute: '政府机关' } });
    const before = await lists();
    const r = await desk.call('lists.saveUnitAttributes', { attributes: ['事业单位', '其他'] });
    expect(r).toMatchObject({ ok: false, error: { code: 'LIST_ITEM_IN_USE' } });
    expect(!r.ok && r.error.message).toContain('单位属性“政府机关”还有 1 个单位在用');
    expect(await lists()).toEqual(before);
    const saved = await call(desk, 'lists.saveUnitAttributes', { attributes: ['其他', '政府机关'] });
    expect(saved.unitAttributes).toEqual(['其他', '政府机关']);
    expect((await auditRows(desk)).at(-1)).toMatchObject({ action: 'lists.saveUnitAttributes', after: ['其他', '政府机关'] });
  });
});
