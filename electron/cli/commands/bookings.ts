import { describeReasons } from '../../../shared/rules/eligibility';
import { eligibilityFor } from '../../core/services/bookings/eligibilityService';
import { deskError, isDeskError } from '../../../shared/errors';
import type { Desk } from '../../core/desk';
import { selectUnits } from '../../core/db/repositories/units';
import type { OpenDeskCommand } from '../domainCommands';
import { print } from '../print';

const USAGE_LINE = `  bookings eligible --year <年度> --session <YYYY-MM-DDTHH:MM> [--unit <单位路径>]
                               列出每位学员能否报考该场次及原因（与报考界面同一规则）
`;

/**
 * `xuefa bookings eligible`: everyone (or one unit with its sub-units)
 * judged for one session by the same rule the 报考 screen uses. With --json:
 * [ { idNumber, name, eligible, reasons: [codes] } ].
 */
export const bookingsCommand: OpenDeskCommand = {
  name: 'bookings',
  usage: USAGE_LINE,
  options: { year: { type: 'string' }, session: { type: 'string' } },
  readsOnly: (rest) => rest[0] === 'eligible',
  async run(desk, rest, values, io) {
    if (rest[0] !== 'eligible') {
      io.err(`用法：\n${USAGE_LINE}`);
      return 2;
    }
    const year = Number(values.year);
    const session = typeof values.session === 'string' ? values.session : '';
    if (!Number.isInteger(year) || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(session)) {
      io.err(`请给出年度和场次，例如：xuefa bookings eligible --year 2024 --session 2024-10-28T08:30 --json\n\n${USAGE_LINE}`);
      return 2;
    }
    try {
      const unit = typeof values.unit === 'string' ? await unitIdOf(desk, values.unit) : undefined;
      const r = await eligibilityFor(desk.ctx, { year, sessionAt: session, unitId: unit, limit: 20_000 });
      const rows = r.rows.map((x) => ({ idNumber: x.idNumber, name: x.name, eligible: x.eligible, reasons: x.reasons }));
      const text = [
        `${session.replace('T', ' ')}：共 ${r.total} 人，可报考 ${r.eligibleCount} 人`,
        ...r.rows.map((x) => `${x.name}\t${x.idNumber}\t${x.eligible ? '可报考' : describeReasons(x.reasons)}`),
      ].join('\n');
      print(io, values.json as boolean | undefined, rows, text);
      if (r.truncated) io.err(`只列出前 ${r.rows.length} 人，请用 --unit 按单位分别查看。`);
      return 0;
    } catch (e) {
      if (!isDeskError(e)) throw e;
      if (values.json) io.out(JSON.stringify({ ok: false, error: { code: e.code, message: e.message } }));
      io.err(`${e.message}（${e.code}）`);
      return 1;
    }
  },
};

/** A unit by its path from the top (汨罗市司法局/公证处) or its name when only one unit has it. */
async function unitIdOf(desk: Desk, given: string): Promise<number> {
  const units = await selectUnits(desk.ctx.db, { includeArchived: true });
  const wanted = given.replace(/[＞>]/g, '/').split('/').map((s) => s.trim()).filter(Boolean).join('/');
  const byPath = units.find((u) => u.path === wanted);
  const byName = units.filter((u) => u.name === wanted);
  const unit = byPath ?? (byName.length === 1 ? byName[0] : undefined);
  if (!unit) throw deskError('UNIT_NOT_FOUND.written', { written: given });
  return unit.id;
}
