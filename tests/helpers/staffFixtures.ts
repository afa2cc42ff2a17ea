import { idNumber } from './idNumber';
import type { Staff, StaffInput } from '../../shared/staff/schemas';
import type { Unit } from '../../shared/units/schemas';
import type { Desk } from '../../electron/core/desk';
import { call } from './tempDesk';

export async function unit(desk: Desk, name: string, parentId: number | null = null): Promise<Unit> {
  return call(desk, 'units.create', { name, parentId });
}

export function createStaff(desk: Desk, input: Partial<StaffInput> & { unitId: number }, year = 2024): Promise<Staff> {
  return call(desk, 'staff.create', { input: { idNumber: idNumber('19850312', 123), name: '张三', ...input }, year });
}

/** Rows in a table, straight from the database file. */
export async function rowCount(desk: Desk, table: 'staff' | 'audit_log' | 'units' | 'staff_checks' | 'ranks' | 'unit_attributes'): Promise<number> {
  const row = (await desk.ctx.db(table).count({ n: '*' }).first()) as { n: number } | undefined;
  return Number(row?.n ?? 0);
}

/** The audit rows as stored, with the staff and unit columns the contract does not show. */
export async function auditRows(desk: Desk): Promise<
  { action: string; entity: string; entity_id: number | null; staff_id: number | null; unit_id: number | null; actor: string; before: unknown; after: unknown }[]
> {
  const rows = (await desk.ctx.db('audit_log').orderBy('id')) as {
    action: string;
    entity: string;
    entity_id: number | null;
    staff_id: number | null;
    unit_id: number | null;
    actor: string;
    before_json: string | null;
    after_json: string | null;
  }[];
  return rows.map(({ before_json, after_json, ...r }) => ({
    ...r,
    before: before_json === null ? null : (JSON.parse(before_json) as unknown),
    after: after_json === null ? null : (JSON.parse(after_json) as unknown),
  }));
}

/** A staff row as an older desk's table holds it (written straight to SQLite, in unit 1), for migration tests. */
export function storedStaffRow(id: number, name: string, seq: number) {
  return {
    id,
    id_number: idNumber('19850312', seq),
    name,
    sex: seq % 2 ? '男' : '女',
    birth_date: '1985-03-12',
    unit_id: 1,
    status: '在职',
    retirement_age: seq % 2 ? 60 : 55,
    created_at: 'a',
    updated_at: 'a',
  };
}
