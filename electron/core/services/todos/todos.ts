import type { Todo } from '../../../../shared/todos/methods';
import { addDays } from '../../../../shared/rules/calendarDays';
import type { YearPolicy } from '../../../../shared/rules/yearPolicy';
import type { CoreContext } from '../../context';
import { findYearPolicy } from '../../db/repositories/yearPolicies';
import { makeupCandidates } from '../bookings/lists';
import { loadUnitIndex, loadYearFacts, selectPeople } from '../bookings/people';
import { planningNow } from '../bookings/planningClock';
import { listExemptions } from '../exemptions/view';
import { overdueRows } from '../retirement/retirement';
import { isInService } from '../../../../shared/staffStatus';

/** How many days before a window closes the home screen starts to remind. */
export const REMIND_DAYS = 7;

const routeNames = { category: '分类组考', regional: '分众组考' } as const;

/**
 * The home screen's 待办事项 for a year, as of the planning date (设置 →
 * 计划日期, else today): records not yet checked, expected arrivals, approved
 * exemptions lacking evidence or review, people without a booking as their
 * route's window closes, make-up registration closing, and results still
 * to import once an exam window (or the make-up exam) has closed. Items with
 * nothing to do are left out.
 */
export async function listTodos(ctx: CoreContext, year: number): Promise<Todo[]> {
  const today = (await planningNow(ctx)).slice(0, 10);
  const policy = await findYearPolicy(ctx.db, year);
  const todos: Todo[] = [];

  const unchecked = await count(
    ctx,
    `SELECT count(*) AS n FROM staff s WHERE s.status = '在职' AND NOT EXISTS (SELECT 1 FROM staff_checks c WHERE c.staff_id = s.id AND c.year = ?)`,
    [year],
  );
  if (unchecked > 0) {
    todos.push({ key: 'unchecked', level: 'info', title: `${unchecked} 名在职学员本年度尚未核对`, detail: '核对单位、属性、在职状态、免考情形、登录账号等信息后标记为已核对。', count: unchecked, screen: 'staff' });
  }

  const overdue = (await overdueRows(ctx.db, today)).length;
  if (overdue > 0) {
    todos.push({
      key: 'overdueRetirement',
      level: 'warning',
      title: `${overdue} 名学员到龄未退（已过退休日期仍为在职）`,
      detail: '请设为退休，或登记经协商的弹性延迟退休日期；否则会计入参加人数和应参考人数。',
      count: overdue,
      screen: 'staff?overdue=1',
    });
  }

  const arrivals = await count(ctx, `SELECT count(*) AS n FROM expected_transfers WHERE status = 'pending'`, []);
  if (arrivals > 0) {
    todos.push({ key: 'expectedArrivals', level: 'warning', title: `${arrivals} 人待接收（调入）`, detail: '派出单位已登记去向，请由调入单位办理调入。', count: arrivals, screen: 'transfers' });
  }

  const approved = await listExemptions(ctx.db, year, { status: 'approved' });
  const suspected = approved.filter((e) => e.flags.some((f) => f.code === 'evasion'));
  if (suspected.length > 0) {
    todos.push({
      key: 'evasionUndecided',
      level: 'warning',
      title: `${suspected.length} 份免考疑似借免考规避考试，待认定`,
      detail: '批准免考前有缺考或未通过的考试。请核实后认定为规避考试（视为该学员未参加本年度学法考法），或填写原因后排除。',
      count: suspected.length,
      screen: 'exemptions',
    });
  }
  const flagged = approved.filter((e) => e.flags.some((f) => f.code === 'noEvidence' || f.code === 'noReview'));
  if (flagged.length > 0) {
    todos.push({
      key: 'evidenceMissing',
      level: 'warning',
      title: `${flagged.length} 份已批准的免考缺证明材料或审核记录`,
      detail: '备查时须有书面申请、人事部门审核和证明材料，请补齐。',
      count: flagged.length,
      screen: 'exemptions',
    });
  }

  if (policy) {
    todos.push(...(await windowReminders(ctx, policy, today)));
    const makeup = await makeupReminder(ctx, policy, today);
    if (makeup) todos.push(makeup);
    const results = await resultsReminder(ctx, policy, today);
    if (results) todos.push(results);
  }
  return todos;
}

/** Per route whose window is open and closes within REMIND_DAYS: the people still without any booking. */
async function windowReminders(ctx: CoreContext, policy: YearPolicy, today: string): Promise<Todo[]> {
  const closing = (['category', 'regional'] as const).filter((r) => {
    const w = policy.windows[r];
    return w.start <= today && today <= w.end && addDays(today, REMIND_DAYS) >= w.end;
  });
  if (closing.length === 0) return [];
  const units = await loadUnitIndex(ctx.db);
  const people = await selectPeople(ctx.db, units, policy.year, {});
  const facts = await loadYearFacts(ctx.db, policy, units, people);
  const out: Todo[] = [];
  for (const route of closing) {
    const waiting = people.filter((p) => {
      const f = facts.facts(p);
      return f.route === route && isInService(f.status) && f.rankTakesPart && !f.exempt && !f.passed && !f.liveBooking && !f.regularTaken;
    }).length;
    if (waiting === 0) continue;
    const end = policy.windows[route].end;
    out.push({
      key: 'windowClosing',
      level: 'urgent',
      title: `${routeNames[route]}考试 ${end.slice(5)} 截止，还有 ${waiting} 人未报考`,
      detail: `请在截止前为他们安排考试场次（计划日期 ${today}）。`,
      count: waiting,
      screen: 'bookings',
    });
  }
  return out;
}

/** During make-up registration (and the REMIND_DAYS before it opens): those still to be registered. */
async function makeupReminder(ctx: CoreContext, policy: YearPolicy, today: string): Promise<Todo | null> {
  const reg = policy.makeup.registration;
  if (today > reg.end || addDays(today, REMIND_DAYS) < reg.start) return null;
  const waiting = (await makeupCandidates(ctx, policy.year)).filter((c) => c.makeupBooking === null).length;
  if (waiting === 0) return null;
  const open = today >= reg.start;
  return {
    key: 'makeupClosing',
    level: open ? 'urgent' : 'info',
    title: open ? `补考报名 ${reg.end.slice(5)} 截止，还有 ${waiting} 人未报名` : `补考报名 ${reg.start.slice(5)} 开始，预计 ${waiting} 人需要补考`,
    detail: '缺考、未通过或未参加考试的学员，由单位管理员统一报名补考。',
    count: waiting,
    screen: 'bookings',
  };
}

/**
 * Once an exam window (分类, 分众, or the make-up exam) has closed: its
 * sessions that still hold bookings without a result, so the admin imports
 * the platform's results.
 */
async function resultsReminder(ctx: CoreContext, policy: YearPolicy, today: string): Promise<Todo | null> {
  const closed = [policy.windows.category, policy.windows.regional, policy.makeup.exam].filter((w) => w.end < today);
  if (closed.length === 0) return null;
  const rows = (await ctx.db('bookings')
    .where({ year: policy.year, status: 'booked' })
    .whereNull('outcome')
    .groupBy('session_at')
    .select('session_at')
    .count({ n: '*' })) as { session_at: string; n: number }[];
  const waiting = rows.filter((r) => closed.some((w) => w.start <= r.session_at.slice(0, 10) && r.session_at.slice(0, 10) <= w.end));
  if (waiting.length === 0) return null;
  const people = waiting.reduce((n, r) => n + Number(r.n), 0);
  return {
    key: 'resultsMissing',
    level: 'warning',
    title: '考试已结束，请导入考试结果',
    detail: `${waiting.length} 个已结束的考试场次中还有 ${people} 人没有考试结果：请从如法网导出考试结果后在“报考 → 考试结果”中导入。`,
    count: people,
    screen: 'bookings',
  };
}

async function count(ctx: CoreContext, sql: string, bindings: (string | number)[]): Promise<number> {
  const rows = (await ctx.db.raw(sql, bindings)) as { n: number }[];
  return Number(rows[0]?.n ?? 0);
}
