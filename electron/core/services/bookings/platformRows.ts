import path from 'node:path';
import type { ImportRowError } from '../../../../shared/excel/schemas';
import { maskIdNumber, parseIdNumber } from '../../../../shared/rules/idNumber';
import { DeskError } from '../../../../shared/errors';
import type { Executor } from '../../context';
import { SpreadsheetFileError } from '../../excel/fileErrors';
import type { TableColumn, TableRow, TableSheet } from '../../excel/readTable';
import type { StoredEntry } from '../../files/fileStore';
import { fieldLabels } from '../../../../shared/words/labels';

/**
 * The people of a platform export (credits, results) found in the roster:
 * by ID number, or by login account where the file has no ID column or the
 * cell is empty. Every problem is a row error with the row and the column's
 * own header; nobody is guessed.
 */

export interface RosterPerson {
  id: number;
  id_number: string;
  name: string;
  account: string | null;
  unit_id: number;
}

export type PersonField = 'idNumber' | 'account' | 'name';

export interface RowErrors {
  list: ImportRowError[];
  add(row: number, column: string, code: string, message: string): void;
}

export function rowErrors(): RowErrors {
  const list: ImportRowError[] = [];
  return { list, add: (row, column, code, message) => list.push({ row, column, code, message: `第 ${row} 行“${column}”列：${message}` }) };
}

export function headerOf<F extends string>(columns: TableColumn<F>[], field: F, fallback: string): string {
  return columns.find((c) => c.field === field)?.header ?? fallback;
}

/** Matches every row to a person; rows that match no one get an error and are left out of the map. */
export async function matchPeople<F extends string>(
  db: Executor,
  sheet: TableSheet<F | PersonField>,
  errors: RowErrors,
): Promise<Map<number, RosterPerson>> {
  const col = (f: PersonField, fallback: string) => headerOf(sheet.columns, f, fallback);
  const ids = new Map<number, string>();
  for (const r of sheet.rows as TableRow<PersonField>[]) {
    const raw = r.cells.idNumber ?? '';
    if (r.idPrecisionLost !== undefined) {
      errors.add(r.row, col('idNumber', fieldLabels.idNumber), 'ID_PRECISION_LOST', `身份证号被 Excel 存成了数字（显示为 ${r.idPrecisionLost}），后几位已丢失。请从平台重新导出，或把该列设为“文本”后重新填写。`);
    } else if (raw) {
      const parsed = parseIdNumber(raw);
      if (parsed.ok) ids.set(r.row, parsed.idNumber);
      else errors.add(r.row, col('idNumber', fieldLabels.idNumber), parsed.code, parsed.message);
    } else if (!r.cells.account) {
      errors.add(r.row, col('idNumber', fieldLabels.idNumber), 'PERSON_MISSING', '没有身份证号，也没有登录账号，无法确定是哪位学员。');
    }
  }
  const accounts = (sheet.rows as TableRow<PersonField>[]).filter((r) => !ids.has(r.row) && !r.cells.idNumber && r.cells.account).map((r) => r.cells.account!);
  const byId = await lookup(db, 'id_number', [...ids.values()]);
  const byAccount = await lookup(db, 'account', accounts);
  const out = new Map<number, RosterPerson>();
  const firstRow = new Map<number, number>();
  for (const r of sheet.rows as TableRow<PersonField>[]) {
    const id = ids.get(r.row);
    let person: RosterPerson | undefined;
    if (id !== undefined) {
      person = byId.get(id)?.[0];
      if (!person) {
        errors.add(r.row, col('idNumber', fieldLabels.idNumber), 'PERSON_NOT_IN_ROSTER', `身份证号 ${maskIdNumber(id)}${r.cells.name ? `（${r.cells.name}）` : ''} 不在学员名册中：请先在名册中添加此人，或从文件中删去这一行。`);
        continue;
      }
    } else if (!r.cells.idNumber && r.cells.account) {
      const found = byAccount.get(r.cells.account) ?? [];
      if (found.length !== 1) {
        const why = found.length === 0 ? '不在学员名册中：请核对登录账号，或在文件中加上身份证号' : `在名册中对应 ${found.length} 人：请在文件中加上身份证号`;
        errors.add(r.row, col('account', fieldLabels.account), found.length === 0 ? 'PERSON_NOT_IN_ROSTER' : 'ACCOUNT_AMBIGUOUS', `登录账号 ${r.cells.account} ${why}。`);
        continue;
      }
      person = found[0];
    }
    if (!person) continue;
    if (r.cells.name && r.cells.name.replace(/\s/g, '') !== person.name) {
      errors.add(r.row, col('name', fieldLabels.name), 'NAME_MISMATCH', `姓名“${r.cells.name}”与名册中的“${person.name}”不符：请核对是否为同一人。`);
      continue;
    }
    const first = firstRow.get(person.id);
    if (first !== undefined) {
      errors.add(r.row, col(ids.has(r.row) ? 'idNumber' : 'account', fieldLabels.idNumber), 'PERSON_DUPLICATE', `${person.name} 已在第 ${first} 行出现，同一人只能出现一次。`);
      continue;
    }
    firstRow.set(person.id, r.row);
    out.set(r.row, person);
  }
  return out;
}

async function lookup(db: Executor, column: 'id_number' | 'account', values: string[]): Promise<Map<string, RosterPerson[]>> {
  const out = new Map<string, RosterPerson[]>();
  if (values.length === 0) return out;
  const rows = (await db('staff')
    .select('id', 'id_number', 'name', 'account', 'unit_id')
    .whereRaw(`${column} IN (SELECT value FROM json_each(?))`, [JSON.stringify([...new Set(values)])])) as RosterPerson[];
  for (const r of rows) {
    const key = r[column]!;
    out.set(key, [...(out.get(key) ?? []), r]);
  }
  return out;
}

/** A number cell: digits with an optional decimal part, nothing else. */
export function numberCell(text: string | undefined): number | null {
  const t = (text ?? '').trim();
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/** Runs a reader and turns a file problem into a DeskError naming the file as the admin knows it. */
export async function readExplained<T>(entry: StoredEntry, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof SpreadsheetFileError) throw new DeskError(e.code, e.shownAs(path.basename(entry.path), entry.name));
    throw e;
  }
}
