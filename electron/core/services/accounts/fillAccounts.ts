import type { AccountFill } from '../../../../shared/accounts/methods';
import { maskIdNumber, parseIdNumber } from '../../../../shared/rules/idNumber';
import { DeskError, deskError } from '../../../../shared/errors';
import type { CoreContext } from '../../context';
import { insertAuditMany, type AuditInput } from '../../db/repositories/audit';
import { fillEmptyAccounts, holdersOfAccounts, staffWithoutAccount } from '../../db/repositories/staff';
import { readTable, type TableSpec } from '../../excel/readTable';
import { inboxFile } from '../../files/inbox';
import { loadUnitIndex } from '../bookings/people';
import { readExplained } from '../bookings/platformRows';
import { fieldLabels } from '../../../../shared/words/labels';

/**
 * 补填登录账号: people whose login account is empty get one from a chosen
 * source: their mobile number, or a column of an Excel file (the platform's
 * user list, HR's sheet) matched by ID number. The dry run lists who gets
 * what; applying writes them in one transaction with an audit row per person
 * (修改学员信息, 登录账号 empty → the new one, with the source) and one for
 * the action. A stored account is never changed, and an account that is
 * already someone else's, or that the source gives to two people, is left
 * out and said so.
 */

type FileField = 'idNumber' | 'account';

const idWords = ['身份证号', '身份证号码', '公民身份号码', '公民身份证号码', '证件号码', '证件号', '身份证'];
const accountWords = ['登录账号', '登录帐号', '平台账号', '平台帐号', '账号', '帐号', '登录名', '用户名', '登录用户名', '学法账号', '学法帐号', '如法网账号', '如法网帐号'];

function fileSpec(column: string | undefined): TableSpec<FileField> {
  return {
    synonyms: { idNumber: idWords, account: column ? [column] : accountWords },
    required: [['idNumber'], ['account']],
    what: '账号文件',
  };
}

interface Source {
  column: string | null;
  /** A person's account from the source, or null when it has none. */
  valueOf(p: { id_number: string; phone: string | null }): string | null;
  label: string;
}

async function readSource(ctx: CoreContext, args: { source: 'phone' | 'file'; fileId?: string; column?: string }): Promise<Source> {
  if (args.source === 'phone') return { column: null, valueOf: (p) => p.phone?.trim() || null, label: fieldLabels.phone };
  if (!args.fileId) throw deskError('BAD_ARGUMENTS.accountFile');
  const entry = await inboxFile(ctx.paths.dataDir, args.fileId);
  const sheet = await readExplained(entry, () => readTable(entry.path, fileSpec(args.column)));
  const byId = new Map<string, string>();
  for (const r of sheet.rows) {
    const parsed = parseIdNumber(r.cells.idNumber ?? '');
    const account = (r.cells.account ?? '').trim();
    if (parsed.ok && account && r.idPrecisionLost === undefined) byId.set(parsed.idNumber, account);
  }
  const column = sheet.columns.find((c) => c.field === 'account')!.header;
  return { column, valueOf: (p) => byId.get(p.id_number) ?? null, label: `${entry.name}（${column}列）` };
}

export async function fillAccounts(
  ctx: CoreContext,
  args: { source: 'phone' | 'file'; fileId?: string; column?: string; unitId?: number; apply?: boolean },
): Promise<AccountFill> {
  const source = await readSource(ctx, args);
  return ctx.db.transaction(async (trx) => {
    const units = await loadUnitIndex(trx);
    if (args.unitId !== undefined && !(await trx('units').where({ id: args.unitId }).first('id'))) throw new DeskError('UNIT_NOT_FOUND');
    const people = await staffWithoutAccount(trx, args.unitId === undefined ? null : units.subtree(args.unitId));
    const report: AccountFill = { applied: false, source: args.source, column: source.column, empty: people.length, fills: [], skipped: [], noValue: 0 };
    const wanted = people.map((p) => ({ p, account: source.valueOf(p) }));
    const accounts = [...new Set(wanted.flatMap((w) => (w.account ? [w.account] : [])))];
    const holders = await holdersOfAccounts(trx, accounts);
    const given = new Map<string, number>();
    for (const w of wanted) if (w.account) given.set(w.account, (given.get(w.account) ?? 0) + 1);
    for (const { p, account } of wanted) {
      if (!account) {
        report.noValue++;
        continue;
      }
      const holder = holders.get(account);
      if (holder) report.skipped.push({ staffId: p.id, name: p.name, account, why: `该账号已是 ${holder.name} 的登录账号` });
      else if (given.get(account)! > 1) report.skipped.push({ staffId: p.id, name: p.name, account, why: `来源中该账号对应 ${given.get(account)} 人，无法确定是谁的` });
      else report.fills.push({ staffId: p.id, name: p.name, idNumber: maskIdNumber(p.id_number), unitPath: units.path(p.unit_id), account });
    }
    if (!args.apply || report.fills.length === 0) return report;

    const at = ctx.clock.now().toISOString();
    const written = new Set(await fillEmptyAccounts(trx, report.fills.map((f) => ({ id: f.staffId, account: f.account })), at));
    report.fills = report.fills.filter((f) => written.has(f.staffId));
    const unitOf = new Map(people.map((p) => [p.id, p.unit_id]));
    const audit: AuditInput[] = report.fills.map((f) => ({
      at,
      actor: ctx.actor,
      action: 'staff.update',
      entity: 'staff',
      entityId: f.staffId,
      staffId: f.staffId,
      unitId: unitOf.get(f.staffId) ?? null,
      before: { account: null },
      after: { account: f.account, filledFrom: source.label },
    }));
    audit.push({
      at,
      actor: ctx.actor,
      action: 'staff.fillAccounts',
      entity: 'staff',
      entityId: null,
      unitId: args.unitId ?? null,
      before: null,
      after: { filledFrom: source.label, count: report.fills.length },
    });
    await insertAuditMany(trx, audit);
    return { ...report, applied: true };
  });
}
