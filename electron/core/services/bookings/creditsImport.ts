import type { CreditDecrease, CreditsReport } from '../../../../shared/bookings/schemas';
import { isCalendarDate } from '../../../../shared/rules/calendarDays';
import { asOfFromTitles } from '../../../../shared/rules/creditsAsOf';
import { deskError } from '../../../../shared/errors';
import type { CoreContext } from '../../context';
import { backupInto } from '../../db/backup';
import { insertAuditMany } from '../../db/repositories/audit';
import { insertPlatformImport, selectCredits, upsertCredits } from '../../db/repositories/bookingDesk';
import { readTable, type TableSpec } from '../../excel/readTable';
import { inboxFile } from '../../files/inbox';
import { loadUnitIndex } from './people';
import { headerOf, matchPeople, numberCell, readExplained, rowErrors } from './platformRows';
import { requirePolicy } from './years';

/**
 * 学分: the platform's credit export, matched by ID number or login account.
 * The dry run shows every person's figures before and after, and lists
 * apart those the file would lower (the platform does not take credits
 * back, so a lower figure is usually a wrong or older file): applying them
 * needs confirmDecreases, else nothing is written. The day the figures
 * stand at is the admin's, or the one the file's title rows give (数据截至
 * …); applying without either is refused. Applying writes in one
 * transaction (after an online backup), so the screens can say how old the
 * figures are.
 */
type CreditField = 'idNumber' | 'account' | 'name' | 'compulsory' | 'elective';

export const creditsSpec: TableSpec<CreditField> = {
  synonyms: {
    idNumber: ['身份证号', '身份证号码', '公民身份号码', '证件号码', '证件号'],
    account: ['登录账号', '账号', '用户名', '登录名', '学法账号'],
    name: ['姓名', '学员姓名'],
    compulsory: ['公共必修学分', '必修学分', '公共必修', '必修', '必修课学分'],
    elective: ['选修学分', '选修', '选修课学分'],
  },
  required: [['idNumber', 'account'], ['compulsory'], ['elective']],
  what: '学分文件',
};

export async function importCredits(
  ctx: CoreContext,
  args: { fileId: string; year: number; asOf?: string; apply: boolean; skipInvalid?: boolean; confirmDecreases?: boolean },
): Promise<CreditsReport> {
  if (args.asOf !== undefined && !isCalendarDate(args.asOf)) throw deskError('BAD_ARGUMENTS.creditsAsOf', { asOf: args.asOf });
  const policy = await requirePolicy(ctx.db, args.year);
  const entry = await inboxFile(ctx.paths.dataDir, args.fileId);
  const sheet = await readExplained(entry, () => readTable(entry.path, creditsSpec));
  const asOfFromFile = asOfFromTitles(sheet.titles);
  const asOf = args.asOf ?? asOfFromFile;
  const errors = rowErrors();
  const people = await matchPeople(ctx.db, sheet, errors);
  const stored = await selectCredits(ctx.db, args.year, [...people.values()].map((p) => p.id));
  const units = await loadUnitIndex(ctx.db);
  const items: CreditsReport['items'] = [];
  const decreases: CreditDecrease[] = [];
  for (const r of sheet.rows) {
    const person = people.get(r.row);
    if (!person) continue;
    const values = (['compulsory', 'elective'] as const).map((f) => {
      const n = numberCell(r.cells[f]);
      if (n === null) errors.add(r.row, headerOf(sheet.columns, f, f), 'CREDITS_FORMAT', `“${r.cells[f] ?? ''}”不是学分数：请填写不小于 0 的数字。`);
      return n;
    });
    const [compulsory, elective] = values;
    if (compulsory == null || elective == null) continue;
    const before = stored.get(person.id);
    if (before && asOf !== null && before.as_of > asOf) {
      errors.add(r.row, headerOf(sheet.columns, 'compulsory', '公共必修学分'), 'CREDITS_OLDER', `名册中已有 ${person.name} ${before.as_of} 的学分，比本文件（${asOf}）新，没有覆盖。`);
      continue;
    }
    items.push({
      row: r.row,
      staffId: person.id,
      name: person.name,
      idNumber: person.id_number,
      compulsory,
      elective,
      complete: compulsory >= policy.credits.compulsory && elective >= policy.credits.elective,
      before: before ? { compulsory: before.compulsory, elective: before.elective, asOf: before.as_of } : null,
    });
    if (before && (compulsory < before.compulsory || elective < before.elective)) {
      decreases.push({
        row: r.row,
        staffId: person.id,
        name: person.name,
        idNumber: person.id_number,
        unitPath: units.path(person.unit_id),
        before: { compulsory: before.compulsory, elective: before.elective, asOf: before.as_of },
        after: { compulsory, elective },
        compulsoryDrop: Math.max(0, before.compulsory - compulsory),
        electiveDrop: Math.max(0, before.elective - elective),
      });
    }
  }
  errors.list.sort((a, b) => a.row - b.row);
  const report: CreditsReport = {
    fileName: entry.name,
    sheet: sheet.sheet,
    headerRow: sheet.headerRow,
    rows: sheet.rows.length,
    asOf,
    asOfFromFile,
    decreases,
    errors: errors.list.slice(0, 5000),
    errorTotal: errors.list.length,
    applied: false,
    items,
  };
  if (!args.apply || (errors.list.length > 0 && !args.skipInvalid)) return report;
  if (asOf === null) {
    throw deskError('CREDITS_AS_OF_MISSING.named', { file: entry.name });
  }
  if (decreases.length > 0 && !args.confirmDecreases) {
    throw deskError('CREDITS_DECREASE_UNCONFIRMED.named', { names: decreases.map((d) => d.name) });
  }

  const now = ctx.clock.now();
  if (items.length > 0) await backupInto(ctx.db, ctx.paths.backupsDir, 'before-credits', now);
  const at = now.toISOString();
  await ctx.db.transaction(async (trx) => {
    await upsertCredits(
      trx,
      items.map((i) => ({ staff_id: i.staffId, year: args.year, compulsory: i.compulsory, elective: i.elective, as_of: asOf, imported_at: at })),
    );
    const importId = await insertPlatformImport(trx, {
      kind: 'credits',
      year: args.year,
      file_name: entry.name,
      as_of: asOf,
      rows: sheet.rows.length,
      applied: items.length,
      imported_at: at,
      actor: ctx.actor,
    });
    await insertAuditMany(trx, [
      { at, actor: ctx.actor, action: 'credits.import', entity: 'platform_import', entityId: importId, before: null, after: { file: entry.name, year: args.year, asOf, asOfFromFile, people: items.length, decreased: decreases.length } },
      ...items.map((i) => ({
        at,
        actor: ctx.actor,
        action: 'credits.set' as const,
        entity: 'credits',
        entityId: i.staffId,
        staffId: i.staffId,
        before: i.before,
        after: { compulsory: i.compulsory, elective: i.elective, asOf },
      })),
    ]);
  });
  return { ...report, applied: true };
}
