import { maskIdNumber, parseIdNumber } from '../../../shared/rules/idNumber';
import { normalizePersonName } from '../../../shared/rules/personName';
import { normalizePhone, phoneProblem } from '../../../shared/rules/phone';
import { invalidCharacterAt, invalidCharacterHint } from '../../../shared/rules/textHygiene';
import { staffStatuses, type StaffStatus } from '../../../shared/staff/schemas';
import { quoted, rosterFieldMax, UNIT_LEVEL_MAX } from './fieldLimits';
import type { ExistingStaff, ImportContext } from './importContext';
import { FIRST_CREATED_KEPT, type FieldChange, type ImportPlan, type PlannedPerson, type PlannedUpdate, type RowError } from './importTypes';
import type { RosterField } from './rosterColumns';
import type { FooterRow, RosterRow, RosterSheet } from './readRoster';
import { splitUnitPath } from './unitResolver';
import { IN_SERVICE } from '../../../shared/staffStatus';

export interface PlanOptions {
  createUnits: boolean;
}

/** The sheet's header row: which column each field is read from. */
export type PlanSheet = Pick<RosterSheet, 'sheet' | 'headerRow' | 'headerFrom' | 'columns'>;

/**
 * Plans an import row by row as the rows are read: `add` validates one row
 * and compares it with the desk (returning the person when the row adds
 * someone new, so a writer can start on them at once); `finish` completes
 * the plan (absent people, units to create, errors in sheet order).
 */
export interface ImportPlanner {
  add(r: RosterRow): PlannedPerson | null;
  finish(stoppedAtRow?: number, footer?: Pick<RosterSheet, 'footer' | 'footerTotal'>): ImportPlan;
}

/**
 * The dry run: every row validated (all errors at once, with row and column),
 * and every valid row compared with the desk. Nothing is written here.
 * An empty optional cell leaves the stored value as it is.
 */
export function planImport(sheet: RosterSheet, ctx: ImportContext, opts: PlanOptions): ImportPlan {
  const planner = createPlanner(sheet, ctx, opts);
  for (const r of sheet.rows) planner.add(r);
  return planner.finish(sheet.stoppedAtRow, sheet);
}

export function createPlanner(sheet: PlanSheet, ctx: ImportContext, opts: PlanOptions): ImportPlanner {
  const header = (field: RosterField) => sheet.columns.find((c) => c.field === field)?.header ?? field;
  const plan: ImportPlan = {
    sheet: sheet.sheet,
    headerRow: sheet.headerRow,
    headerFrom: sheet.headerFrom,
    rows: 0,
    created: 0,
    firstCreated: [],
    updated: [],
    unchanged: 0,
    unitsToCreate: [],
    unknownUnits: [],
    absent: [],
    errors: [],
    namesNormalized: [],
    namesNormalizedTotal: 0,
    footer: [] as FooterRow[],
    footerTotal: 0,
  };
  const firstRowOfId = new Map<string, number>();
  const unitsToCreate = new Set<string>();
  const unknownUnits = new Set<string>();
  // A roster names a few thousand units across 100,000 rows: each unit text is looked at once.
  const longestLevel = remembered((text: string) => Math.max(0, ...splitUnitPath(text).map((p) => p.length)));
  const resolveUnit = remembered((text: string) => ctx.units.resolve(text));
  const missingLevels = remembered((path: string) => {
    const parts = path.split('/');
    return parts.map((_, i) => parts.slice(0, i + 1).join('/')).filter((prefix) => ctx.units.unitIdOf(prefix) === undefined);
  });

  // A row's errors go straight into the plan (sorted at the end); the row has errors when the list grew.
  const fail: Fail = (r, field, code, message) => {
    plan.errors.push({ row: r.row, column: header(field), code, message: `第 ${r.row} 行“${header(field)}”列：${message}` });
  };

  const add = (r: RosterRow): PlannedPerson | null => {
    plan.rows++;
    const errorsBefore = plan.errors.length;

    // Cells reported here (characters no export can hold, too long, or an error instead of a value) get no further checks.
    const unsavable = invalidText(r, fail);
    const tooLong = [...unsavable, ...overLimit(unsavable.length ? withoutFields(r, unsavable) : r, longestLevel, fail)];
    if (r.cellErrors) {
      for (const [field, shown] of Object.entries(r.cellErrors) as [RosterField, string][]) {
        tooLong.push(field);
        fail(r, field, 'CELL_ERROR', shown ? `单元格显示错误值 ${shown}，不是内容。这通常是公式（如 VLOOKUP）没有找到要取的值；请改正公式或填入内容后再导入。` : '单元格是公式，文件里没有可读的计算结果。请在 Excel、WPS 或 LibreOffice 中打开并重新保存，或把这一列粘贴为数值后再导入。');
      }
    }
    const id = tooLong.includes('idNumber') ? null : checkId(r, firstRowOfId, fail);
    const typedName = (r.cells.name ?? '').trim();
    const name = normalizePersonName(typedName);
    if (!name && !tooLong.includes('name')) fail(r, 'name', 'NAME_MISSING', '姓名为空，请填写。');

    let unitPath = '';
    const unitCell = r.cells.unit ?? '';
    if (tooLong.includes('unit')) {
      // Said once above; such a unit is never looked up or created.
    } else if (!unitCell) fail(r, 'unit', 'UNIT_MISSING', '单位为空，请填写单位名称或路径（如 汨罗市司法局/公证处）。');
    else {
      const found = resolveUnit(unitCell);
      if (found.kind === 'found') unitPath = found.path;
      else if (found.kind === 'ambiguous') {
        fail(r, 'unit', 'UNIT_AMBIGUOUS', `有 ${found.candidates.length} 个单位叫“${quoted(unitCell)}”（${found.candidates.join('；')}），请改写为完整路径。`);
      } else if (opts.createUnits) {
        unitPath = found.path;
        // Every level of the path that does not exist yet.
        for (const prefix of missingLevels(found.path)) unitsToCreate.add(prefix);
      } else {
        unknownUnits.add(found.path);
        fail(r, 'unit', 'UNIT_UNKNOWN', `找不到单位“${quoted(unitCell)}”。请先在“单位层级”中建立，或导入时选择“自动建立缺少的单位”。`);
      }
    }

    const phone = r.cells.phone && !tooLong.includes('phone') ? normalizePhone(r.cells.phone) : '';
    const phoneWhy = phone ? phoneProblem(phone) : null;
    if (phoneWhy) fail(r, 'phone', 'PHONE_FORMAT', `“${quoted(r.cells.phone ?? '')}”不是有效的手机号码：${phoneWhy}。`);
    const status = r.cells.status ?? '';
    if (status && !tooLong.includes('status') && !(staffStatuses as readonly string[]).includes(status)) {
      fail(r, 'status', 'VALUE_UNKNOWN', `在职状态“${quoted(status)}”不在列表中，应为 ${staffStatuses.join('、')} 之一。`);
    }
    const rank = r.cells.rank ?? '';
    if (rank && !tooLong.includes('rank') && !ctx.ranks.has(rank)) {
      fail(r, 'rank', 'VALUE_UNKNOWN', `职级“${quoted(rank)}”不在“设置 → 职级列表”中，请改为列表中的职级或先在设置中添加。`);
    }

    if (plan.errors.length > errorsBefore || !id) return null;
    if (name !== typedName && plan.namesNormalizedTotal++ < FIRST_CREATED_KEPT) plan.namesNormalized.push({ row: r.row, typed: typedName, stored: name });
    const person: PlannedPerson = {
      row: r.row,
      idNumber: id.idNumber,
      name,
      sex: id.sex,
      birthDate: id.birthDate,
      unitPath,
      phone: phone || null,
      account: r.cells.account || null,
      rank: rank || null,
      post: r.cells.post || null,
      status: (status || IN_SERVICE) as StaffStatus,
      notes: r.cells.notes || null,
    };
    const existing = ctx.existing.get(id.idNumber);
    if (!existing) {
      if (plan.created++ < FIRST_CREATED_KEPT) plan.firstCreated.push(person);
      return person;
    }
    const update = compare(existing, person, r, ctx);
    if (update) plan.updated.push(update);
    else plan.unchanged++;
    return null;
  };

  const finish = (stoppedAtRow?: number, footer?: Pick<RosterSheet, 'footer' | 'footerTotal'>): ImportPlan => {
    if (footer) {
      plan.footer = footer.footer;
      plan.footerTotal = footer.footerTotal;
    }
    const seen = new Set(firstRowOfId.keys());
    for (const s of ctx.existing.values()) {
      if (!seen.has(s.idNumber)) plan.absent.push({ idNumber: s.idNumber, name: s.name, unitPath: ctx.unitPathById.get(s.unitId) ?? '' });
    }
    plan.unitsToCreate = [...unitsToCreate].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
    plan.unknownUnits = [...unknownUnits].sort();
    const position = new Map(sheet.columns.map((c) => [c.header, c.column]));
    plan.errors.sort((a, b) => a.row - b.row || (position.get(a.column) ?? 0) - (position.get(b.column) ?? 0));
    if (stoppedAtRow !== undefined) plan.stoppedAtRow = stoppedAtRow;
    return plan;
  };
  return { add, finish };
}

/** Records an error of row `r` in the column of `field`. */
type Fail = (r: RosterRow, field: RosterField, code: RowError['code'], message: string) => void;

/** `f` with its answers kept, for a pure function asked the same thing again and again. */
function remembered<T>(f: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let v = known.get(key);
    if (v === undefined && !known.has(key)) known.set(key, (v = f(key)));
    return v as T;
  };
}

/**
 * Cells longer than the staff form allows (a unit: any level longer than a
 * unit name may be). Each is reported once, with its length, never quoted
 * whole; the returned fields (usually none) get no further checks.
 */
/** Cells holding a character an xlsx cannot hold (NUL, U+FFFE, half a character…), each reported with its row and column. */
function invalidText(r: RosterRow, fail: Fail): RosterField[] {
  const bad: RosterField[] = [];
  for (const [field, text] of Object.entries(r.cells) as [RosterField, string | undefined][]) {
    const at = text ? invalidCharacterAt(text) : null;
    if (at === null) continue;
    bad.push(field);
    fail(r, field, 'TEXT_INVALID', `${invalidCharacterHint(at)}，请在文件中删除该字符后再导入。`);
  }
  return bad;
}

function withoutFields(r: RosterRow, fields: RosterField[]): RosterRow {
  const cells = { ...r.cells };
  for (const f of fields) delete cells[f];
  return { ...r, cells };
}

function overLimit(
  r: RosterRow,
  longestLevel: (unit: string) => number,
  fail: Fail,
): RosterField[] {
  const over: RosterField[] = [];
  const { cells } = r;
  for (const field in cells) {
    const text = cells[field as RosterField];
    if (!text) continue;
    if (field === 'unit') {
      if (longestLevel(text) > UNIT_LEVEL_MAX) {
        over.push(field);
        fail(r, field, 'VALUE_TOO_LONG', `单位名称“${quoted(text)}”超过 ${UNIT_LEVEL_MAX} 个字符，请检查是否填错了列。`);
      }
    } else if (text.length > rosterFieldMax[field as Exclude<RosterField, 'unit'>]) {
      over.push(field as RosterField);
      fail(r, field as RosterField, 'VALUE_TOO_LONG', `内容有 ${text.length} 个字符，超过 ${rosterFieldMax[field as Exclude<RosterField, 'unit'>]} 个字符的上限（“${quoted(text)}”），请检查是否填错了列。`);
    }
  }
  return over;
}

function checkId(
  r: RosterRow,
  firstRowOfId: Map<string, number>,
  fail: Fail,
): { idNumber: string; sex: '男' | '女'; birthDate: string } | null {
  if (r.idPrecisionLost !== undefined) {
    fail(
      r,
      'idNumber',
      'ID_PRECISION_LOST',
      `身份证号被 Excel 存成了数字（显示为 ${r.idPrecisionLost}），后几位已丢失，无法恢复。请把该列设为“文本”格式后重新填写这些身份证号。`,
    );
    return null;
  }
  const parsed = parseIdNumber(r.cells.idNumber ?? '');
  if (!parsed.ok) {
    fail(r, 'idNumber', parsed.code, parsed.message);
    return null;
  }
  const first = firstRowOfId.get(parsed.idNumber);
  if (first !== undefined) {
    fail(r, 'idNumber', 'ID_DUPLICATE', `身份证号 ${maskIdNumber(parsed.idNumber)} 与第 ${first} 行重复，同一人只能出现一次。`);
    return null;
  }
  firstRowOfId.set(parsed.idNumber, r.row);
  return parsed;
}

/** A field whose cell says something other than what is stored; an empty optional cell keeps the stored value. */
function consider(changes: FieldChange[], field: FieldChange['field'], cell: string | undefined, old: string | null, next: string | null): void {
  if (cell && (old ?? null) !== next) changes.push({ field, old: old ?? null, new: next });
}

function compare(
  s: ExistingStaff,
  p: PlannedPerson,
  r: RosterRow,
  ctx: ImportContext,
): PlannedUpdate | null {
  const changes: FieldChange[] = [];
  const oldPath = ctx.unitPathById.get(s.unitId) ?? '';
  consider(changes, 'name', p.name, s.name, p.name);
  consider(changes, 'unit', p.unitPath, oldPath, p.unitPath);
  consider(changes, 'phone', r.cells.phone, s.phone, p.phone);
  consider(changes, 'account', r.cells.account, s.account, p.account);
  consider(changes, 'rank', r.cells.rank, s.rank, p.rank);
  consider(changes, 'post', r.cells.post, s.post, p.post);
  consider(changes, 'status', r.cells.status, s.status, p.status);
  consider(changes, 'notes', r.cells.notes, s.notes, p.notes);
  if (changes.length === 0) return null;
  const unitChanged = changes.some((c) => c.field === 'unit');
  return {
    row: p.row,
    staffId: s.id,
    idNumber: p.idNumber,
    name: p.name,
    changes,
    transfer: unitChanged ? { fromPath: oldPath, toPath: p.unitPath } : null,
    next: p,
  };
}
