import { beforeEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { importRoster } from '../../electron/core/services/excel/importRoster';
import type { Staff } from '../../shared/staff/schemas';
import type { Unit } from '../../shared/units/schemas';
import { uploadRows } from '../helpers/bookingFixtures';
import { createStaff } from '../helpers/staffFixtures';
import { call } from '../helpers/tempDesk';
import { writeSheet } from '../helpers/xlsx';
import { useTempDesk } from '../helpers/deskFixture';
import { idNumber } from '../helpers/idNumber';

let desk: Desk;
let dir: string;
let top: Unit;
let sub: Unit;
useTempDesk(async (open) => {
  ({ desk, dir } = open);
  top = await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
  sub = await call(desk, 'units.create', { name: '公证处', parentId: top.id });
});

const ZHANG = idNumber('1985-03-07', 11);
const LI = idNumber('1990-12-01', 22);

const accounts = async () => Object.fromEntries(((await desk.ctx.db('staff').orderBy('id').select('name', 'account')) as { name: string; account: string | null }[]).map((r) => [r.name, r.account]));
const accountAudit = async () =>
  ((await desk.ctx.db('audit_log').where({ action: 'staff.update' }).orderBy('id').select('before_json', 'after_json')) as { before_json: string; after_json: string }[])
    .map((r) => [JSON.parse(r.before_json) as Record<string, unknown>, JSON.parse(r.after_json) as Record<string, unknown>])
    .filter(([b]) => b !== undefined && 'account' in b);

describe('the roster import reads the login account', () => {
  for (const header of ['登录账号', '账号', '用户名', '登录帐号', '帐号', '如法网账号']) {
    it(`from a “${header}” column; an empty cell keeps the stored account; a change is audited`, async () => {
      const first = await writeSheet(dir, 'a.xlsx', [
        ['姓名', '身份证号', '单位', header],
        ['张三', ZHANG, '汨罗市司法局', 'zhangsan01'],
        ['李四', LI, '汨罗市司法局', '13900001111'],
      ]);
      expect((await importRoster(desk.ctx, first)).report).toMatchObject({ created: 2, applied: true, errors: [] });
      expect(await accounts()).toEqual({ 张三: 'zhangsan01', 李四: '13900001111' });

      const second = await writeSheet(dir, 'b.xlsx', [
        ['姓名', '身份证号', '单位', header],
        ['张三', ZHANG, '汨罗市司法局', 'zhangsan02'],
        ['李四', LI, '汨罗市司法局', ''],
      ]);
      expect((await importRoster(desk.ctx, second)).report).toMatchObject({ updated: 1, unchanged: 1, applied: true });
      expect(await accounts()).toEqual({ 张三: 'zhangsan02', 李四: '13900001111' });
      expect(await accountAudit()).toEqual([[{ account: 'zhangsan01' }, { account: 'zhangsan02', source: 'b.xlsx' }]]);
    });
  }
});

describe('filling empty login accounts in bulk', () => {
  let people: Record<string, Staff>;
  beforeEach(async () => {
    people = {};
    let seq = 1;
    const add = async (name: string, unitId: number, extra: Record<string, unknown> = {}) => {
      people[name] = await createStaff(desk, { unitId, name, idNumber: idNumber('19800101', seq++ * 2 + 1), ...extra });
    };
    await add('甲', top.id, { phone: '13800000001' });
    await add('乙', top.id, { phone: '13800000002', account: 'yi-own' });
    await add('丙', sub.id, { phone: '13800000003' });
    await add('丁', sub.id);
    await add('戊', sub.id, { phone: '13800000005' });
    await add('己', top.id, { account: '13800000005' });
  });

  it('from the mobile number: the dry run lists who gets what and changes nothing; applying fills only empty accounts, audited', async () => {
    const plan = await call(desk, 'staff.fillAccounts', { source: 'phone' });
    expect(plan).toMatchObject({ applied: false, source: 'phone', column: null, empty: 4, noValue: 1 });
    expect(plan.fills.map((f) => [f.name, f.unitPath, f.account])).toEqual([
      ['甲', '汨罗市司法局', '13800000001'],
      ['丙', '汨罗市司法局/公证处', '13800000003'],
    ]);
    expect(plan.fills[0]!.idNumber).toMatch(/^430681\*{8}\d{3}[\dX]$/);
    expect(plan.skipped).toEqual([{ staffId: people['戊']!.id, name: '戊', account: '13800000005', why: '该账号已是 己 的登录账号' }]);
    expect(await accounts()).toEqual({ 甲: null, 乙: 'yi-own', 丙: null, 丁: null, 戊: null, 己: '13800000005' });

    const done = await call(desk, 'staff.fillAccounts', { source: 'phone', apply: true });
    expect(done.applied).toBe(true);
    expect(done.fills.map((f) => f.name)).toEqual(['甲', '丙']);
    expect(await accounts()).toEqual({ 甲: '13800000001', 乙: 'yi-own', 丙: '13800000003', 丁: null, 戊: null, 己: '13800000005' });
    expect(await accountAudit()).toEqual([
      [{ account: null }, { account: '13800000001', filledFrom: '手机号码' }],
      [{ account: null }, { account: '13800000003', filledFrom: '手机号码' }],
    ]);
    const log = await call(desk, 'audit.search', { actions: ['staff.fillAccounts'] });
    expect(log.rows.map((r) => r.actionLabel)).toEqual(['补填登录账号']);
    expect(log.rows[0]!.changes).toEqual(expect.arrayContaining([{ label: '人数', old: null, new: '2' }]));

    // Nothing left to fill: a second run writes nothing.
    const again = await call(desk, 'staff.fillAccounts', { source: 'phone', apply: true });
    expect(again.fills).toEqual([]);
    expect(await accountAudit()).toHaveLength(2);
  });

  it('from a column of an uploaded file, matched by ID number, within one unit', async () => {
    const fileId = await uploadRows(desk, '平台用户.xlsx', [
      ['如法网用户清单'],
      ['序号', '姓名', '证件号码', '平台用户名', '备注'],
      [1, '丙', people['丙']!.idNumber, 'bing@rufa', ''],
      [2, '丁', people['丁']!.idNumber, 'ding@rufa', ''],
      [3, '甲', people['甲']!.idNumber, 'jia@rufa', ''],
      [4, '乙', people['乙']!.idNumber, 'other', ''],
      [5, '戊', people['戊']!.idNumber, 'ding@rufa', ''],
    ]);
    const plan = await call(desk, 'staff.fillAccounts', { source: 'file', fileId, column: '平台用户名', unitId: sub.id });
    expect(plan).toMatchObject({ applied: false, column: '平台用户名', empty: 3, noValue: 0 });
    expect(plan.fills.map((f) => [f.name, f.account])).toEqual([['丙', 'bing@rufa']]);
    expect(plan.skipped.map((x) => [x.name, x.why])).toEqual([
      ['丁', '来源中该账号对应 2 人，无法确定是谁的'],
      ['戊', '来源中该账号对应 2 人，无法确定是谁的'],
    ]);
    await call(desk, 'staff.fillAccounts', { source: 'file', fileId, column: '平台用户名', unitId: sub.id, apply: true });
    expect(await accounts()).toEqual({ 甲: null, 乙: 'yi-own', 丙: 'bing@rufa', 丁: null, 戊: null, 己: '13800000005' });
    expect(await accountAudit()).toEqual([[{ account: null }, { account: 'bing@rufa', filledFrom: '平台用户.xlsx（平台用户名列）' }]]);
  });

  it('a file with a 登录账号 column is read without naming it; a file without the column is refused, naming what it needs', async () => {
    const fileId = await uploadRows(desk, '账号.xlsx', [
      ['身份证号', '登录账号'],
      [people['甲']!.idNumber, 'jia01'],
    ]);
    const plan = await call(desk, 'staff.fillAccounts', { source: 'file', fileId });
    expect(plan.column).toBe('登录账号');
    expect(plan.fills.map((f) => [f.name, f.account])).toEqual([['甲', 'jia01']]);

    const bad = await uploadRows(desk, '无账号.xlsx', [['身份证号', '姓名'], [people['甲']!.idNumber, '甲']]);
    const r = await desk.call('staff.fillAccounts', { source: 'file', fileId: bad, apply: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'HEADER_MISSING', message: expect.stringContaining('无账号.xlsx') });
    const none = await desk.call('staff.fillAccounts', { source: 'file' });
    expect(none.ok).toBe(false);
    expect(await accounts()).toEqual({ 甲: null, 乙: 'yi-own', 丙: null, 丁: null, 戊: null, 己: '13800000005' });
  });
});
