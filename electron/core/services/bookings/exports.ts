import { outcomeLabels, type BookingRow } from '../../../../shared/bookings/schemas';
import { addMinutes } from '../../../../shared/rules/calendarDays';
import { maskIdNumber } from '../../../../shared/rules/idNumber';
import { sessionKindLabels, sessionKindOf } from '../../../../shared/rules/eligibility';
import { DeskError, deskError } from '../../../../shared/errors';
import type { CoreContext } from '../../context';
import { insertAudit } from '../../db/repositories/audit';
import { selectUnitRow } from '../../db/repositories/units';
import { writeTableXlsx } from '../../excel/bookingSheets';
import { SpreadsheetFileError } from '../../excel/fileErrors';
import { writeExport } from '../../files/outbox';
import { writeTablePdf } from '../../print/signInSheetPdf';
import { localDate } from '../settings/desk';
import { listBookings } from './lists';
import { sessionSlot } from './sessions';
import { requirePolicy } from './years';
import { bookingStatusLabels, fieldLabels } from '../../../../shared/words/labels';

/** 签到表 per session and 报考名单 per unit, as Excel or as a printable PDF, written to the outbox. */

type Format = 'xlsx' | 'pdf';

/** The ideographic space that separates items on a printed line. */
const GAP = '\u3000';

interface Table {
  sheet: string;
  title: string;
  lines: string[];
  /** width: Excel characters; pdf: share of the printed width. */
  columns: { header: string; width: number; pdf: number; text?: boolean }[];
  rows: string[][];
  footer?: string;
}

async function writeTable(ctx: CoreContext, name: string, format: Format, t: Table): Promise<{ fileId: string; name: string; rows: number; glyphWarning: string | null }> {
  const { file, result } = await writeExport(ctx.paths.dataDir, `${name}.${format}`, async (target) => {
    try {
      if (format === 'xlsx') {
        await writeTableXlsx(target, t);
        return { glyphWarning: null };
      }
      return await writeTablePdf(target, { title: t.title, lines: t.lines, columns: t.columns.map((c) => ({ header: c.header, width: c.pdf })), rows: t.rows, footer: t.footer });
    } catch (e) {
      if (e instanceof SpreadsheetFileError) throw new DeskError(e.code === 'FILE_TOO_LARGE' ? 'FILE_TOO_LARGE' : 'FILE_NOT_SAVED', e.message);
      throw e;
    }
  });
  return { fileId: file.fileId, name: file.name, rows: t.rows.length, glyphWarning: result.glyphWarning };
}

async function unitScope(ctx: CoreContext, unitId: number | undefined): Promise<string | null> {
  if (unitId === undefined) return null;
  const unit = await selectUnitRow(ctx.db, unitId);
  if (!unit) throw new DeskError('UNIT_NOT_FOUND');
  return unit.name;
}

/** A line left blank for the invigilator to fill in by hand. */
const BLANK = '________________';

/** Typed text on one line: spaces collapsed; nothing typed is null. */
function typed(text: string | undefined): string | null {
  const s = (text ?? '').replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

/** The shortest reason accepted for printing full ID numbers. */
const REASON_MIN = 4;

/**
 * The 签到表 is passed round the room, so ID numbers are masked as in the
 * printed archive (first 6 and last 4 shown). A sheet with the full numbers is
 * made only when the admin says why; that is recorded in 操作记录.
 */
export async function exportSignInSheet(
  ctx: CoreContext,
  args: { sessionAt: string; unitId?: number; format: Format; room?: string; invigilator?: string; fullIdReason?: string },
) {
  const year = Number(args.sessionAt.slice(0, 4));
  const policy = await requirePolicy(ctx.db, year);
  const kind = sessionKindOf(policy, args.sessionAt);
  if (kind === null) throw deskError('SESSION_INVALID.notOfYear', { sessionAt: args.sessionAt, year });
  const reason = args.fullIdReason === undefined ? null : typed(args.fullIdReason);
  if (args.fullIdReason !== undefined && (reason === null || reason.length < REASON_MIN)) throw new DeskError('FULL_ID_REASON_MISSING');
  const unitName = await unitScope(ctx, args.unitId);
  const people = await listBookings(ctx, { year, sessionAt: args.sessionAt, unitId: args.unitId });
  const slot = await sessionSlot(ctx.db, args.sessionAt);
  const room = typed(args.room) ?? typed(slot.room ?? undefined);
  const invigilator = typed(args.invigilator);
  const [date, time] = args.sessionAt.split('T') as [string, string];
  const lines = [
    `单位：${unitName ? `${unitName}（含下级单位）` : '全部单位'}`,
    `考试日期：${date}${GAP}时间：${time}–${addMinutes(time, policy.durationMinutes)}（${sessionKindLabels[kind]}）`,
    `考场：${room ?? BLANK}${GAP}监考人：${invigilator ?? BLANK}`,
    `应到 ${people.length} 人${GAP}实到 ____ 人`,
    ...(reason ? [`本表含完整身份证号（用途：${reason}），用后请妥善保管或销毁。`] : []),
  ];
  // Recorded before the file is written: a sheet with full ID numbers never exists without its record.
  if (reason) {
    await insertAudit(ctx.db, {
      at: ctx.clock.now().toISOString(),
      actor: ctx.actor,
      action: 'session.signInFullIds',
      entity: 'exam_session',
      entityId: null,
      unitId: args.unitId ?? null,
      before: null,
      after: { sessionAt: args.sessionAt, unit: unitName ?? '全部单位', people: people.length, room, invigilator, reason },
    });
  }
  return writeTable(ctx, `签到表-${date}-${time.replace(':', '')}${unitName ? `-${unitName}` : ''}${reason ? '-完整身份证号' : ''}`, args.format, {
    sheet: '签到表',
    title: `${year} 年国家工作人员学法考法考试签到表`,
    lines,
    columns: [
      { header: '序号', width: 6, pdf: 30 },
      { header: fieldLabels.name, width: 10, pdf: 58 },
      { header: fieldLabels.unit, width: 30, pdf: 150 },
      { header: fieldLabels.idNumber, width: 22, pdf: 110, text: true },
      { header: fieldLabels.account, width: 14, pdf: 80, text: true },
      { header: '签到', width: 14, pdf: 87 },
    ],
    rows: people.map((p, i) => [String(i + 1), p.name, p.unitPath, reason ? p.idNumber : maskIdNumber(p.idNumber), p.account ?? '', '']),
    footer: `监考人签字：______________${GAP}${GAP}打印日期：${localDate(ctx.clock.now())}`,
  });
}

function resultText(b: BookingRow): string {
  if (b.status === 'cancelled') return bookingStatusLabels.cancelled;
  if (b.outcome === null) return '待考';
  return outcomeLabels[b.outcome];
}

export async function exportBookingList(ctx: CoreContext, args: { year: number; unitId?: number; format: Format }) {
  await requirePolicy(ctx.db, args.year);
  const unitName = await unitScope(ctx, args.unitId);
  const rows = await listBookings(ctx, { year: args.year, unitId: args.unitId });
  return writeTable(ctx, `报考名单-${args.year}${unitName ? `-${unitName}` : ''}`, args.format, {
    sheet: '报考名单',
    title: `${args.year} 年学法考法报考名单`,
    lines: [`单位：${unitName ?? '全部单位'}（含下级单位）${GAP}共 ${rows.length} 人次`],
    columns: [
      { header: '序号', width: 6, pdf: 26 },
      { header: fieldLabels.name, width: 10, pdf: 50 },
      { header: fieldLabels.idNumber, width: 22, pdf: 108, text: true },
      { header: fieldLabels.unit, width: 28, pdf: 110 },
      { header: '考试场次', width: 17, pdf: 94 },
      { header: '类别', width: 9, pdf: 52 },
      { header: '结果', width: 8, pdf: 40 },
      { header: '成绩', width: 7, pdf: 35 },
    ],
    rows: rows.map((b, i) => [
      String(i + 1),
      b.name,
      b.idNumber,
      b.unitPath,
      b.sessionAt.replace('T', ' '),
      sessionKindLabels[b.kind],
      resultText(b),
      b.score === null ? '' : String(b.score),
    ]),
  });
}
