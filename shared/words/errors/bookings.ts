import type { ErrorWords } from './wording';
import { sessionShown, someNames } from '../phrases';

/** Refusals of 年度规则, 报考, 学分, 考试结果. */
export const bookingErrors = {
  POLICY_INVALID: '年度规则有误，没有保存：请按提示修改后再保存',
  POLICY_MISSING: '该年度还没有年度规则：请先在“设置 → 年度规则”中从上一年复制后修改',
  POLICY_EXISTS: '该年度已有年度规则：请直接修改，或选择其他年度',
  PLANNING_DATE_INVALID: '计划日期不是有效的日期，请按 YYYY-MM-DD 填写',
  SESSION_INVALID: '不是本年度的考试场次：请从日历中选择考试时间内的场次',
  BOOKING_NOT_ELIGIBLE: '有人不符合报考条件，没有为任何人报考：请去掉这些人或先处理原因后重试',
  BOOKING_OVER_CAPACITY: '考场座位不足，没有为任何人报考：请调大容量、减少人数或另选场次',
  BOOKING_NOT_FOUND: '找不到该报考记录，可能已被改动：请刷新后重试',
  BOOKING_NOT_LIVE: '该报考已取消或已有考试结果，不能再取消或改期',
  BOOKING_SESSION_PAST: '该场次已开始或已过去，不能取消或改期：考完后请导入考试结果',
  FULL_ID_REASON_MISSING: '打印完整身份证号的签到表须写明用途（至少 4 个字），以便记入操作记录',
  CAPACITY_BELOW_BOOKED: '容量小于该场次已报考的人数：请先把多出的人改到其他场次',
  CREDITS_FILE_ERRORS: '学分文件有错误，没有导入：请按错误列表修改文件，或选择跳过有错误的行',
  CREDITS_DECREASE_UNCONFIRMED: '学分文件会使部分学员的学分减少，没有导入：请核对减少名单，确认后再导入',
  CREDITS_AS_OF_MISSING: '学分文件没有写明数据截至日期：请填写学分统计截至的日期后再导入',
  RESULTS_FILE_ERRORS: '考试结果文件有错误，没有登记任何结果：请按错误列表修改文件后重新导入',
  'SESSION_INVALID.notThisYear': (d: { sessionAt: string }) => `${sessionShown(d.sessionAt)} 不是本年度的考试场次：请从日历中选择考试时间内的场次，没有为任何人报考。`,
  'SESSION_INVALID.notOfYear': (d: { sessionAt: string; year: number }) => `${sessionShown(d.sessionAt)} 不是 ${d.year} 年的考试场次。`,
  'SESSION_INVALID.mixedYears': '选中的报考属于不同年度，不能改到同一场次：请按年度分别改期。',
  'BOOKING_NOT_ELIGIBLE.session': (d: { sessionAt: string; reasons: string }) => `${sessionShown(d.sessionAt)} 场不能报考：${d.reasons}。没有为任何人报考。`,
  'BOOKING_NOT_ELIGIBLE.people': (d: { people: { name: string; reasons: string }[] }) =>
    `${someNames(d.people.map((p) => `${p.name}（${p.reasons}）`))}不符合报考条件，没有为任何人报考：请去掉这些人或先处理原因后重试。`,
  'BOOKING_NOT_ELIGIBLE.noSession': (d: { names: string[] }) => `${someNames(d.names)}不能报考所选的任何场次，没有为任何人报考：请去掉这些人后重试。`,
  'BOOKING_OVER_CAPACITY.session': (d: { sessionAt: string; capacity: number; booked: number; left: number; adding: number }) =>
    `${sessionShown(d.sessionAt)} 场容量 ${d.capacity} 人，已报考 ${d.booked} 人，还能报 ${d.left} 人，这次选了 ${d.adding} 人，没有为任何人报考：请调大容量、减少人数或另选场次。`,
  'BOOKING_OVER_CAPACITY.spread': (d: { sessions: number; left: number }) =>
    `所选 ${d.sessions} 个场次的座位不够，还有 ${d.left} 人排不下，没有为任何人报考：请调大容量或多选几个场次。`,
  'BOOKING_NOT_LIVE.session': (d: { sessionAt: string }) => `${sessionShown(d.sessionAt)} 场的这条报考已取消或已有考试结果，不能再取消或改期；没有做任何改动。`,
  'BOOKING_SESSION_PAST.session': (d: { sessionAt: string }) => `${sessionShown(d.sessionAt)} 场已开始或已过去，不能取消或改期：考完后请导入考试结果。没有做任何改动。`,
  'CAPACITY_BELOW_BOOKED.session': (d: { sessionAt: string; booked: number; capacity: number }) =>
    `${sessionShown(d.sessionAt)} 场已有 ${d.booked} 人报考，容量不能设为 ${d.capacity}：请先把多出的人改到其他场次。`,
  'CAPACITY_BELOW_BOOKED.spread': (d: { sessionAt: string; booked: number; capacity: number }) =>
    `${sessionShown(d.sessionAt)} 场已有 ${d.booked} 人报考，容量不能设为 ${d.capacity}：请调大容量或另选场次。`,
  'BAD_ARGUMENTS.creditsAsOf': (d: { asOf: string }) => `学分数据日期“${d.asOf}”不是有效日期，请按 YYYY-MM-DD 填写。`,
  'CREDITS_AS_OF_MISSING.named': (d: { file: string }) =>
    `“${d.file}”的标题中没有写明数据截至日期，没有导入：请填写学分统计截至的日期（平台导出学分的日期）后再导入。`,
  'CREDITS_DECREASE_UNCONFIRMED.named': (d: { names: string[] }) =>
    `这个文件会使 ${d.names.length} 人的学分减少（${d.names.slice(0, 5).join('、')}${d.names.length > 5 ? ' 等' : ''}），没有导入：请核对减少名单，确认无误后勾选“确认减少”再导入。`,
  'POLICY_MISSING.year': (d: { year: number }) => `${d.year} 年还没有年度规则：请先在“设置 → 年度规则”中从上一年复制后修改。`,
  'POLICY_INVALID.problems': (d: { year: number; problems: string[] }) => `${d.year} 年度规则没有保存：${d.problems.join('；')}。`,
  'POLICY_EXISTS.year': (d: { year: number }) => `${d.year} 年已有年度规则，没有覆盖：请直接修改它。`,
  'PLANNING_DATE_INVALID.given': (d: { asOf: string }) => `计划日期“${d.asOf}”不是有效的日期或时间，请按 YYYY-MM-DD（可加 THH:MM）填写。`,
} as const satisfies ErrorWords;
