import { bookingStatusLabels } from '../words/labels';
/**
 * The figures of the 统计 screen: the funnel an admin reports upward for a
 * year, with the words and definitions the screen shows. Every figure counts
 * people (not bookings); each is a list the admin can open.
 *
 * 参加人数: in service (在职) and a rank that takes part (a person without a
 *   rank counts as taking part).
 * 应参考: taking part and not exempt (approved exemption for the year). An
 *   exemption the admin found to be an evasion (认定为借免考规避考试) does not
 *   count: the person is in 应参考 and is treated as not having taken part
 *   (视为该学员未参加本年度学法考法): in 缺考 and 尚未通过, never in 参考, 通过,
 *   未通过, 补考通过 or 最终通过.
 * Everything below counts only people who should sit (应参考):
 * 已报考: a regular (not make-up) booking for the year that is not cancelled.
 * 参考: sat an exam of the year with a result, regular or make-up.
 * 通过 / 未通过 / 缺考: the best result of the regular exam (passed over failed
 *   over absent), so each person falls into at most one of the three.
 * 补考报名 / 补考通过: a make-up booking not cancelled / one passed.
 * 最终通过: passed the regular exam or the make-up.
 * 参考率 = 参考 ÷ 应参考; 通过率 = 最终通过 ÷ 应参考 (no rate when 应参考 is 0).
 */
export const statsFigureKeys = [
  'takingPart',
  'exempt',
  'expected',
  'creditsComplete',
  'booked',
  'notBooked',
  'sat',
  'passed',
  'failed',
  'absent',
  'makeupRegistered',
  'makeupPassed',
  'passedFinal',
  'notPassed',
] as const;
export type StatsFigure = (typeof statsFigureKeys)[number];

export const statsFigureLabels: Record<StatsFigure, string> = {
  takingPart: '参加人数',
  exempt: '免考',
  expected: '应参考',
  creditsComplete: '学分达标',
  booked: bookingStatusLabels.booked,
  notBooked: '未报考',
  sat: '参考',
  passed: '通过',
  failed: '未通过',
  absent: '缺考',
  makeupRegistered: '补考报名',
  makeupPassed: '补考通过',
  passedFinal: '最终通过',
  notPassed: '尚未通过',
};

export const statsFigureDefinitions: Record<StatsFigure, string> = {
  takingPart: '在职且职级参加学法考法的人数（未填职级的按参加计）',
  exempt: '参加人数中本年度免考已批准的人数（认定为借免考规避考试的不计）',
  expected: '参加人数 − 免考',
  creditsComplete: '应参考人员中，本年度必修、选修学分都达到年度规则要求的人数',
  booked: '应参考人员中，有本年度正式考试报考（未取消）的人数',
  notBooked: '应参考人员中，没有本年度正式考试报考的人数',
  sat: '应参考人员中，参加了本年度考试并有成绩（正式考试或补考）的人数（认定为规避考试的视为未参加，不计）',
  passed: '应参考人员中，正式考试通过的人数',
  failed: '应参考人员中，正式考试未通过（且没有通过记录）的人数',
  absent: '应参考人员中，正式考试缺考（且没有成绩）的人数，含认定为规避考试、视为未参加的人员',
  makeupRegistered: '应参考人员中，补考已报名（未取消）的人数',
  makeupPassed: '应参考人员中，补考通过的人数',
  passedFinal: '应参考人员中，正式考试或补考通过的人数',
  notPassed: '应参考 − 最终通过',
};

export const sitRateDefinition = '参考率 = 参考 ÷ 应参考（应参考 = 参加人数 − 免考；参考含补考）';
export const passRateDefinition = '通过率 = 最终通过 ÷ 应参考（最终通过含补考通过）';

/** A rate as the screen and the export show it: one decimal place, or — when there is nobody to count. */
export function rateText(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** numerator ÷ denominator, or null when the denominator is 0. */
export function rate(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}
