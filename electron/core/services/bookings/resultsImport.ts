import type { Outcome, ResultsReport } from '../../../../shared/bookings/schemas';
import type { CoreContext, Executor } from '../../context';
import { backupInto } from '../../db/backup';
import { insertAuditMany } from '../../db/repositories/audit';
import { insertPlatformImport } from '../../db/repositories/bookingDesk';
import { recordOutcome, selectYearBookings } from '../../db/repositories/bookings';
import { readTable, type TableSpec } from '../../excel/readTable';
import { inboxFile } from '../../files/inbox';
import { headerOf, matchPeople, numberCell, readExplained, rowErrors } from './platformRows';
import { planningNow } from './planningClock';
import { requirePolicy } from './years';

/**
 * 考试结果: the platform's results export (sat or absent, score) recorded on
 * each person's booking: passed at or above the pass mark, failed below it,
 * absent. Any row error (someone not in the roster, no booking waiting for
 * a result, a score that is not one) keeps the whole file out.
 */
type ResultField = 'idNumber' | 'account' | 'name' | 'sessionAt' | 'status' | 'score';

export const resultsSpec: TableSpec<ResultField> = {
  synonyms: {
    idNumber: ['身份证号', '身份证号码', '公民身份号码', '证件号码', '证件号'],
    account: ['登录账号', '账号', '用户名', '登录名', '学法账号'],
    name: ['姓名', '学员姓名'],
    sessionAt: ['考试时间', '考试场次', '考试日期', '场次'],
    status: ['考试状态', '是否参考', '参考情况', '参考状态', '状态'],
    score: ['成绩', '考试成绩', '分数', '得分'],
  },
  required: [['idNumber', 'account'], ['score', 'status']],
  what: '考试结果文件',
};

/** Whose booking each result is, by booking id: the person and their unit now (for the audit rows). */
type Whose = Map<number, { staffId: number; unitId: number }>;

const ABSENT = new Set(['缺考', '未参考', '未考', '否', '未参加']);
const SAT = new Set(['参考', '已考', '已参考', '是', '正常', '已参加', '合格', '不合格']);

/** '2024-10-28 08:30', '2024/10/28 8:30' or a date alone, as comparable parts. */
function sessionText(text: string): { date: string; time: string | null } | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s*[T ]\s*(\d{1,2})[:：](\d{2}))?/.exec(text.trim());
  if (!m) return null;
  const p = (s: string) => s.padStart(2, '0');
  return { date: `${m[1]}-${p(m[2]!)}-${p(m[3]!)}`, time: m[4] ? `${p(m[4])}:${m[5]}` : null };
}

export async function importResults(ctx: CoreContext, args: { fileId: string; year: number; apply: boolean }): Promise<ResultsReport> {
  const policy = await requirePolicy(ctx.db, args.year);
  const entry = await inboxFile(ctx.paths.dataDir, args.fileId);
  const sheet = await readExplained(entry, () => readTable(entry.path, resultsSpec));
  const errors = rowErrors();
  const people = await matchPeople(ctx.db, sheet, errors);
  const now = await planningNow(ctx);
  const live = new Map(
    (await selectYearBookings(ctx.db, args.year, [...people.values()].map((p) => p.id))).filter((b) => b.outcome === null).map((b) => [b.staff_id, b]),
  );
  const col = (f: ResultField, fallback: string) => headerOf(sheet.columns, f, fallback);
  const items: ResultsReport['items'] = [];
  const whose: Whose = new Map();
  for (const r of sheet.rows) {
    const person = people.get(r.row);
    if (!person) continue;
    const booking = live.get(person.id);
    const who = col(sheet.columns.some((c) => c.field === 'idNumber') ? 'idNumber' : 'account', '身份证号');
    if (!booking) {
      errors.add(r.row, who, 'NO_BOOKING', `${person.name} 在 ${args.year} 年没有待登记结果的报考：请先核对报考名单（可能已登记过结果或已取消）。`);
      continue;
    }
    const given = r.cells.sessionAt ? sessionText(r.cells.sessionAt) : null;
    if (r.cells.sessionAt && (!given || given.date !== booking.session_at.slice(0, 10) || (given.time !== null && given.time !== booking.session_at.slice(11)))) {
      errors.add(r.row, col('sessionAt', '考试时间'), 'SESSION_MISMATCH', `“${r.cells.sessionAt}”与 ${person.name} 报考的场次 ${booking.session_at.replace('T', ' ')} 不符。`);
      continue;
    }
    if (booking.session_at > now) {
      errors.add(r.row, who, 'EXAM_NOT_YET', `${person.name} 报考的 ${booking.session_at.replace('T', ' ')} 场还没有开考，不能登记结果。`);
      continue;
    }
    const status = (r.cells.status ?? '').replace(/\s/g, '');
    if (status && !ABSENT.has(status) && !SAT.has(status)) {
      errors.add(r.row, col('status', '考试状态'), 'STATUS_UNKNOWN', `“${status}”不是考试状态：请填写“参考”或“缺考”。`);
      continue;
    }
    let outcome: Outcome;
    let score: number | null = null;
    if (ABSENT.has(status)) outcome = 'absent';
    else {
      score = numberCell(r.cells.score);
      if (score === null || score > policy.fullMarks) {
        const text = r.cells.score ?? '';
        errors.add(r.row, col('score', '成绩'), text ? 'SCORE_FORMAT' : 'SCORE_MISSING', text ? `“${text}”不是 0 到 ${policy.fullMarks} 之间的成绩。` : '参考的学员须有成绩；缺考的请在考试状态中填“缺考”。');
        continue;
      }
      outcome = score >= policy.passMark ? 'passed' : 'failed';
    }
    items.push({ row: r.row, bookingId: booking.id, name: person.name, idNumber: person.id_number, sessionAt: booking.session_at, kind: booking.kind, outcome, score });
    whose.set(booking.id, { staffId: person.id, unitId: person.unit_id });
  }
  errors.list.sort((a, b) => a.row - b.row);
  const count = (o: Outcome) => items.filter((i) => i.outcome === o).length;
  const report: ResultsReport = {
    fileName: entry.name,
    sheet: sheet.sheet,
    headerRow: sheet.headerRow,
    rows: sheet.rows.length,
    errors: errors.list.slice(0, 5000),
    errorTotal: errors.list.length,
    applied: false,
    counts: { passed: count('passed'), failed: count('failed'), absent: count('absent') },
    items,
  };
  if (!args.apply || errors.list.length > 0 || items.length === 0) return report;
  await backupInto(ctx.db, ctx.paths.backupsDir, 'before-results', ctx.clock.now());
  await ctx.db.transaction((trx) => writeResults(trx, ctx, args.year, entry.name, report, whose));
  return { ...report, applied: true };
}

async function writeResults(trx: Executor, ctx: CoreContext, year: number, fileName: string, report: ResultsReport, whose: Whose): Promise<void> {
  const at = ctx.clock.now().toISOString();
  for (const i of report.items) {
    if (!(await recordOutcome(trx, i.bookingId, i.outcome, i.score, at))) throw new Error(`booking ${i.bookingId} changed while its result was being recorded`);
  }
  const importId = await insertPlatformImport(trx, { kind: 'results', year, file_name: fileName, as_of: null, rows: report.rows, applied: report.items.length, imported_at: at, actor: ctx.actor });
  await insertAuditMany(trx, [
    { at, actor: ctx.actor, action: 'results.import', entity: 'platform_import', entityId: importId, before: null, after: { file: fileName, year, ...report.counts } },
    ...report.items.map((i) => ({
      at,
      actor: ctx.actor,
      action: 'booking.result' as const,
      entity: 'booking',
      entityId: i.bookingId,
      staffId: whose.get(i.bookingId)?.staffId ?? null,
      unitId: whose.get(i.bookingId)?.unitId ?? null,
      before: { sessionAt: i.sessionAt, outcome: null, score: null },
      after: { sessionAt: i.sessionAt, outcome: i.outcome, score: i.score },
    })),
  ]);
}
