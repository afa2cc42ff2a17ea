import type { ErrorWords } from './wording';
import { someNames } from '../phrases';

/** Refusals of 学员名册, 到龄退休, 身份证号. */
export const staffErrors = {
  STAFF_NOT_FOUND: '找不到该学员',
  RETIREMENT_NOT_DUE: '该学员尚未到退休日期（或约定的延迟退休日期），不能按到龄设为退休',
  RETIREMENT_NOT_IN_SERVICE: '该学员已不是在职状态，不能办理到龄退休或弹性延迟退休',
  RETIREMENT_DELAY_INVALID: '约定退休日期不符合弹性延迟退休规定：不能早于法定退休日期，最多延迟三年',
  RETIREMENT_AGE_INVALID: '原法定退休年龄与性别不符：男性为 60 岁，女性为 55 岁或 50 岁',
  ID_MISSING: '身份证号不能为空',
  ID_FORMAT: '身份证号格式不正确',
  ID_CHECKSUM: '身份证号校验位不正确',
  ID_DUPLICATE: '该身份证号已在名册中',
  NAME_MISSING: '姓名不能为空',
  PHONE_FORMAT: '手机号码格式不正确',
  VALUE_UNKNOWN: '取值不在列表中',
  'STAFF_NOT_FOUND.byId': (d: { id: number }) => `找不到该学员（编号 ${d.id}），可能已被删除，请刷新名册后重试。`,
  'STAFF_NOT_FOUND.chosen': (d: { id: number }) => `找不到该学员（编号 ${d.id}），可能已被删除，请刷新后重试。`,
  'STAFF_NOT_FOUND.someOf': (d: { ids: number[] }) => `找不到编号为 ${someNames(d.ids)} 的学员，可能已被删除；请刷新名册后重新选择，本次没有做任何改动。`,
  'STAFF_NOT_FOUND.booking': (d: { ids: number[] }) => `找不到编号为 ${someNames(d.ids)} 的学员，可能已被删除：请刷新后重试，没有为任何人报考。`,
  'STAFF_NOT_FOUND.spread': (d: { ids: number[] }) => `找不到编号为 ${someNames(d.ids)} 的学员，可能已被删除：请刷新后重试。`,
  'RETIREMENT_NOT_IN_SERVICE.retire': (d: { names: string[] }) => `${someNames(d.names)}已不是在职状态，不能设为退休；请刷新名册后重新选择，本次没有做任何改动。`,
  'RETIREMENT_NOT_IN_SERVICE.delay': (d: { names: string[] }) => `${someNames(d.names)}已不是在职状态，不能办理弹性延迟退休；本次没有做任何改动。`,
  'RETIREMENT_NOT_DUE.named': (d: { names: string[]; today: string; first: string; firstOn: string | null }) =>
    `${someNames(d.names)}截至 ${d.today} 尚未到退休日期（如${d.first}为 ${d.firstOn ?? '无法计算'}），不能按到龄设为退休；本次没有做任何改动。`,
  'RETIREMENT_DELAY_INVALID.named': (d: { name: string; agreed: string; statutory: string | null; latest: string | null; problem: 'beforeStatutory' | 'tooLate' | 'invalid' }) =>
    `${d.name}的约定退休日期 ${d.agreed} ${
      d.problem === 'beforeStatutory' ? `早于法定退休日期 ${d.statutory}` : d.problem === 'tooLate' ? `晚于法定退休日期后三年（最晚 ${d.latest}）` : '不是有效日期'
    }，弹性延迟退休最多延迟三年；本次没有做任何改动。`,
  'RETIREMENT_AGE_INVALID.named': (d: { age: number; sex: '男' | '女' }) =>
    `原法定退休年龄 ${d.age} 岁与身份证号显示的性别（${d.sex}）不符：${d.sex === '男' ? '男性应为 60 岁' : '女性应为 55 岁（女职工可选 50 岁）'}。请改正退休年龄，或核对身份证号。`,
  'ID_DUPLICATE.holder': (d: { masked: string; holder: string; where: string | null; unitId: number }) =>
    `身份证号 ${d.masked} 已属于 ${d.holder}（${d.where ?? `单位编号 ${d.unitId}`}），同一人不能重复录入；如是调动，请修改原记录的单位。`,
  'NAME_MISSING.staff': '姓名不能为空，请填写学员姓名。',
  'PHONE_FORMAT.given': (d: { problem: string; given: string }) => `${d.problem}（填写的是“${d.given}”）。`,
  'VALUE_UNKNOWN.rank': (d: { rank: string }) => `职级“${d.rank}”不在 设置 → 职级 列表中，请从列表中选择；如确需新职级，请先在 设置 → 职级 中添加。`,
  'UNIT_NOT_FOUND.forStaff': (d: { id: number }) => `找不到所选单位（编号 ${d.id}），可能已被删除，请刷新后重新选择。`,
  'ID_FORMAT.scientific': (d: { id: string }) => `身份证号“${d.id}”是被 Excel 当作数字保存的科学计数法，后几位已经丢失、无法恢复；请把该列设为文本格式后按原件重新填写`,
  'ID_FORMAT.digits15': '15 位身份证号只能由数字组成',
  'ID_FORMAT.shape18': '身份证号前 17 位应为数字，最后一位为数字或 X',
  'ID_FORMAT.length': (d: { length: number }) => `身份证号应为 18 位（或旧版 15 位），当前为 ${d.length} 位`,
  'ID_FORMAT.birthDate': (d: { shown: string; tooEarly: boolean }) => `身份证号中的出生日期 ${d.shown} ${d.tooEarly ? '早于 1900 年' : '不是有效日期'}，请核对原件`,
  'ID_CHECKSUM.expected': (d: { expected: string }) => `身份证号校验位不正确：应为 ${d.expected}，请核对原件`,
  'PHONE_FORMAT.scientific': '手机号码被 Excel 存成了科学计数法，部分数字已丢失；请把该列设为文本格式后重新填写',
  'PHONE_FORMAT.digitsOnly': '手机号码只能包含数字',
  'PHONE_FORMAT.length': (d: { length: number }) => `手机号码应为 11 位数字，以 1 开头（当前为 ${d.length} 位）`,
  'PHONE_FORMAT.startsWith1': '手机号码应为 11 位数字，以 1 开头',
  'PHONE_FORMAT.secondDigit': '手机号码第 2 位应为 3–9，请核对',
} as const satisfies ErrorWords;
