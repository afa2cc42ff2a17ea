import { describe, expect, it } from 'vitest';
import { convert15to18 } from '../../shared/rules/idNumber';
import type { Unit } from '../../shared/units/schemas';
import type { Desk } from '../../electron/core/desk';
import { auditRows, createStaff, rowCount, unit } from '../helpers/staffFixtures';
import { call } from '../helpers/tempDesk';
import { useTempDesk } from '../helpers/deskFixture';
import { idNumber } from '../helpers/idNumber';

let desk: Desk;
let top: Unit;
let office: Unit;
useTempDesk(async (open) => {
  ({ desk } = open);
  top = await unit(desk, '汨罗市司法局');
  office = await unit(desk, '公证处', top.id);
});

const MAN = idNumber('19850312', 123);
const WOMAN = idNumber('19900704', 246);

describe('staff.create', () => {
  it('derives sex and birth date from the ID, applies the defaults and returns the unit path', async () => {
    const s = await createStaff(desk, { idNumber: ` ${MAN.slice(0, 17)}${MAN.slice(17).toLowerCase()} `, name: '  张三 ', unitId: office.id, phone: '138 0013-8000', account: '  ' });
    expect(s).toMatchObject({
      idNumber: MAN,
      name: '张三',
      sex: '男',
      birthDate: '1985-03-12',
      phone: '13800138000',
      account: null,
      unitId: office.id,
      unitName: '公证处',
      unitPath: '汨罗市司法局/公证处',
      status: '在职',
      retirementAge: 60,
      rank: null,
      checked: false,
    });
    const w = await createStaff(desk, { idNumber: WOMAN, name: '李四', unitId: top.id, rank: '一级科员', account: ' lisi ' });
    expect(w).toMatchObject({ sex: '女', birthDate: '1990-07-04', retirementAge: 55, rank: '一级科员', account: 'lisi', unitPath: '汨罗市司法局' });
    expect(await call(desk, 'staff.get', { id: s.id, year: 2024 })).toEqual(s);
  });

  it('stores a 15-digit old ID as its 18-digit form', async () => {
    const old = '430681850312123';
    const s = await createStaff(desk, { idNumber: old, unitId: office.id });
    expect(s.idNumber).toBe(convert15to18(old));
    expect(s.idNumber).toHaveLength(18);
    expect(s).toMatchObject({ sex: '男', birthDate: '1985-03-12' });
    const stored = (await desk.ctx.db('staff').where({ id: s.id }).first('id_number')) as { id_number: string };
    expect(stored.id_number).toBe(convert15to18(old));
  });

  it('accepts 50 as a woman worker\'s retirement age', async () => {
    expect((await createStaff(desk, { idNumber: WOMAN, unitId: office.id, retirementAge: 50 })).retirementAge).toBe(50);
  });

  it('writes one audit row with the staff and unit ids and the new record', async () => {
    const s = await createStaff(desk, { unitId: office.id });
    const rows = (await auditRows(desk)).filter((r) => r.action.startsWith('staff.'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'staff.create', entity: 'staff', entity_id: s.id, staff_id: s.id, unit_id: office.id, actor: 'tester', before: null });
    expect(rows[0]!.after).toMatchObject({ idNumber: MAN, unitPath: '汨罗市司法局/公证处' });
  });

  describe('refuses, in Chinese, and writes nothing', () => {
    const refusals: [string, (ids: { office: number; top: number }) => Record<string, unknown>, string, string | RegExp][] = [
      ['ID_MISSING', (u) => ({ idNumber: ' ', name: '张三', unitId: u.office }), 'ID_MISSING', '身份证号不能为空'],
      ['ID_FORMAT', (u) => ({ idNumber: '43068119850312', name: '张三', unitId: u.office }), 'ID_FORMAT', '当前为 14 位'],
      ['ID_CHECKSUM', (u) => ({ idNumber: `${MAN.slice(0, 17)}${MAN.endsWith('0') ? '1' : '0'}`, name: '张三', unitId: u.office }), 'ID_CHECKSUM', '校验位'],
      ['NAME_MISSING', (u) => ({ idNumber: MAN, name: ' 　', unitId: u.office }), 'NAME_MISSING', '姓名不能为空'],
      ['PHONE_FORMAT', (u) => ({ idNumber: MAN, name: '张三', unitId: u.office, phone: '1380013800' }), 'PHONE_FORMAT', '当前为 10 位'],
      ['UNIT_NOT_FOUND', () => ({ idNumber: MAN, name: '张三', unitId: 999 }), 'UNIT_NOT_FOUND', '找不到所选单位'],
      ['VALUE_UNKNOWN', (u) => ({ idNumber: MAN, name: '张三', unitId: u.office, rank: '处长' }), 'VALUE_UNKNOWN', '设置 → 职级'],
      ['RETIREMENT_AGE_INVALID (man)', (u) => ({ idNumber: MAN, name: '张三', unitId: u.office, retirementAge: 55 }), 'RETIREMENT_AGE_INVALID', '男性应为 60 岁'],
      ['RETIREMENT_AGE_INVALID (woman)', (u) => ({ idNumber: WOMAN, name: '李四', unitId: u.office, retirementAge: 60 }), 'RETIREMENT_AGE_INVALID', '女性应为 55 岁'],
    ];
    for (const [title, input, code, words] of refusals) {
      it(title, async () => {
        const [staff, audit] = [await rowCount(desk, 'staff'), await rowCount(desk, 'audit_log')];
        const r = await desk.call('staff.create', { input: input({ office: office.id, top: top.id }), year: 2024 });
        expect(r).toMatchObject({ ok: false, error: { code } });
        expect(!r.ok && r.error.message).toMatch(words);
        expect([await rowCount(desk, 'staff'), await rowCount(desk, 'audit_log')]).toEqual([staff, audit]);
      });
    }

    it('ID_DUPLICATE, naming who holds the ID and where', async () => {
      await createStaff(desk, { name: '张三', unitId: office.id });
      const [staff, audit] = [await rowCount(desk, 'staff'), await rowCount(desk, 'audit_log')];
      const r = await desk.call('staff.create', { input: { idNumber: MAN, name: '张叁', unitId: top.id }, year: 2024 });
      expect(r).toMatchObject({ ok: false, error: { code: 'ID_DUPLICATE' } });
      expect(!r.ok && r.error.message).toContain(`身份证号 430681********${MAN.slice(-4)} 已属于 张三（汨罗市司法局/公证处）`);
      expect([await rowCount(desk, 'staff'), await rowCount(desk, 'audit_log')]).toEqual([staff, audit]);
    });

    it('UNIT_ARCHIVED, also for a unit under an archived one', async () => {
      await desk.ctx.db('units').where({ id: top.id }).update({ archived_at: '2024-08-01T00:00:00.000Z' });
      for (const unitId of [top.id, office.id]) {
        const r = await desk.call('staff.create', { input: { idNumber: MAN, name: '张三', unitId }, year: 2024 });
        expect(r).toMatchObject({ ok: false, error: { code: 'UNIT_ARCHIVED' } });
        expect(!r.ok && r.error.message).toContain('已归档');
      }
      expect(await rowCount(desk, 'staff')).toBe(0);
    });

    it('BAD_ARGUMENTS without a year or with unknown fields', async () => {
      expect(await desk.call('staff.create', { input: { idNumber: MAN, name: '张三', unitId: office.id } })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
      expect(await desk.call('staff.create', { input: { idNumber: MAN, name: '张三', unitId: office.id, sex: '男' }, year: 2024 })).toMatchObject({
        ok: false,
        error: { code: 'BAD_ARGUMENTS' },
      });
      // zod's own words are Chinese too: the missing year and the unknown field are named without English.
      const missingYear = await desk.call('staff.create', { input: { idNumber: MAN, name: '张三', unitId: office.id } });
      const unknownField = await desk.call('staff.create', { input: { idNumber: MAN, name: '张三', unitId: office.id, sex: '男' }, year: 2024 });
      for (const reply of [missingYear, unknownField]) {
        const message = reply.ok ? '' : reply.error.message;
        expect(message).toMatch(/^请求参数不正确（/);
        expect(message).not.toMatch(/Invalid|Unrecognized|expected|received|undefined/);
      }
      expect(unknownField.ok ? '' : unknownField.error.message).toContain('未知的键');
      expect(await rowCount(desk, 'staff')).toBe(0);
    });
  });
});

describe('staff.update', () => {
  it('records a unit change with both unit ids and paths in the audit row', async () => {
    const s = await createStaff(desk, { unitId: office.id, phone: '13800138000' });
    const other = await unit(desk, '办公室', top.id);
    const moved = await call(desk, 'staff.update', { id: s.id, input: { idNumber: MAN, name: '张三', unitId: other.id }, year: 2024 });
    expect(moved).toMatchObject({ unitId: other.id, unitPath: '汨罗市司法局/办公室', phone: '13800138000' });
    const row = (await auditRows(desk)).at(-1)!;
    expect(row).toMatchObject({ action: 'staff.update', entity: 'staff', staff_id: s.id, unit_id: other.id });
    expect(row.before).toMatchObject({ unitId: office.id, unitPath: '汨罗市司法局/公证处' });
    expect(row.after).toMatchObject({ unitId: other.id, unitPath: '汨罗市司法局/办公室' });
  });

  it('keeps fields left out, clears fields set to null, and writes nothing for an unchanged form', async () => {
    const s = await createStaff(desk, { unitId: office.id, phone: '13800138000', account: 'zs', post: '科员', status: '退休', notes: '备注' });
    const same = await call(desk, 'staff.update', { id: s.id, input: { idNumber: MAN, name: '张三', unitId: office.id }, year: 2024 });
    expect(same).toEqual(s);
    expect((await auditRows(desk)).filter((r) => r.action === 'staff.update')).toHaveLength(0);
    const cleared = await call(desk, 'staff.update', { id: s.id, input: { idNumber: MAN, name: '张三', unitId: office.id, phone: null, notes: null }, year: 2024 });
    expect(cleared).toMatchObject({ phone: null, notes: null, account: 'zs', post: '科员', status: '退休' });
  });

  it('takes a new ID number, re-deriving sex, birth date and the default retirement age', async () => {
    const s = await createStaff(desk, { unitId: office.id });
    const fixed = await call(desk, 'staff.update', { id: s.id, input: { idNumber: WOMAN, name: '张三', unitId: office.id }, year: 2024 });
    expect(fixed).toMatchObject({ idNumber: WOMAN, sex: '女', birthDate: '1990-07-04', retirementAge: 55 });
  });

  it('refuses another person\'s ID number, but not the person\'s own', async () => {
    const a = await createStaff(desk, { unitId: office.id });
    const b = await createStaff(desk, { idNumber: WOMAN, name: '李四', unitId: top.id });
    expect(await call(desk, 'staff.update', { id: a.id, input: { idNumber: MAN, name: '张三丰', unitId: office.id }, year: 2024 })).toMatchObject({ name: '张三丰' });
    const audit = await rowCount(desk, 'audit_log');
    const r = await desk.call('staff.update', { id: b.id, input: { idNumber: MAN, name: '李四', unitId: top.id }, year: 2024 });
    expect(r).toMatchObject({ ok: false, error: { code: 'ID_DUPLICATE' } });
    expect(!r.ok && r.error.message).toContain('已属于 张三丰（汨罗市司法局/公证处）');
    expect(await call(desk, 'staff.get', { id: b.id, year: 2024 })).toEqual(b);
    expect(await rowCount(desk, 'audit_log')).toBe(audit);
  });

  it('lets a person in an archived unit be corrected, but moves nobody into one', async () => {
    const s = await createStaff(desk, { unitId: office.id });
    const spare = await unit(desk, '备用', null);
    const t = await createStaff(desk, { idNumber: WOMAN, name: '李四', unitId: spare.id });
    await desk.ctx.db('units').where({ id: office.id }).update({ archived_at: '2024-08-01T00:00:00.000Z' });
    expect(await call(desk, 'staff.update', { id: s.id, input: { idNumber: MAN, name: '张三', unitId: office.id, phone: '13900000000' }, year: 2024 })).toMatchObject({
      phone: '13900000000',
    });
    const r = await desk.call('staff.update', { id: t.id, input: { idNumber: WOMAN, name: '李四', unitId: office.id }, year: 2024 });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNIT_ARCHIVED' } });
  });

  it('refuses an unknown person with STAFF_NOT_FOUND', async () => {
    const r = await desk.call('staff.update', { id: 404, input: { idNumber: MAN, name: '张三', unitId: office.id }, year: 2024 });
    expect(r).toMatchObject({ ok: false, error: { code: 'STAFF_NOT_FOUND' } });
    expect(await desk.call('staff.get', { id: 404, year: 2024 })).toMatchObject({ ok: false, error: { code: 'STAFF_NOT_FOUND' } });
    expect(await rowCount(desk, 'staff')).toBe(0);
  });
});
