import { isInService } from '../../staffStatus';
import type { ErrorWords } from './wording';
import { transferDateLabels, type TransferDateField } from '../labels';

/** Refusals of 人员异动. */
export const transferErrors = {
  TRANSFER_SAME_UNIT: '该学员已在调入单位，无需调入；请核对调入单位',
  TRANSFER_UNIT_ARCHIVED: '调入单位已归档，不能调入；请先在单位层级中恢复该单位，或选择其他单位',
  TRANSFER_DATE_INVALID: '生效日期不正确：请填写不晚于今年 12 月 31 日的日期，格式为 年-月-日',
  TRANSFER_NOT_IN_SERVICE: '该学员不在职（退休或离职），不能调入；如状态有误，请先在学员名册中改正',
  TRANSFER_PERSON_UNKNOWN: '名册中没有该身份证号的学员；如从本台账以外的单位调入，请选择“从外单位调入”并填写原单位',
  TRANSFER_ALREADY_IN_DESK: '该身份证号已在名册中，请按“从本台账单位调入”办理',
  TRANSFER_ORIGIN_MISSING: '请填写原单位名称（从外单位调入时必填）',
  TRANSFER_NOT_FOUND: '找不到该调动记录，请刷新后重试',
  TRANSFER_NOT_LATEST: '只能撤销该学员最近一次调动；请先撤销之后的调动',
  TRANSFER_ALREADY_UNDONE: '该调动已撤销，无需再次撤销',
  TRANSFER_UNDO_BLOCKED: '该调动不能撤销，请按提示处理后重试',
  EXPECTED_TRANSFER_NOT_FOUND: '找不到该待接收记录：可能已被接收或撤回，请刷新后重试',
  'TRANSFER_DATE_INVALID.notADate': (d: { field: TransferDateField; value: string; today: string }) =>
    `${transferDateLabels[d.field]}“${d.value}”不是有效日期，请按 年-月-日 填写，如 ${d.today}。`,
  'TRANSFER_DATE_INVALID.nextYear': (d: { field: TransferDateField; value: string; yearEnd: string }) =>
    `${transferDateLabels[d.field]} ${d.value} 晚于今年年底（${d.yearEnd}），不能提前登记明年的调动；请到时再办理。`,
  'TRANSFER_DATE_INVALID.beforeLast': (d: { field: TransferDateField; value: string; last: string }) =>
    `${transferDateLabels[d.field]} ${d.value} 早于该学员上一次调动的生效日期 ${d.last}；请核对日期，或先撤销上一次调动。`,
  'UNIT_NOT_FOUND.receiving': (d: { id: number }) => `找不到调入单位（编号 ${d.id}），可能已被删除，请刷新后重新选择。`,
  'UNIT_NOT_FOUND.destination': (d: { id: number }) => `找不到接收单位（编号 ${d.id}），可能已被删除，请刷新后重新选择。`,
  'TRANSFER_UNIT_ARCHIVED.receiving': (d: { path: string }) => `调入单位“${d.path}”已归档，不能调入；请先在单位层级中恢复该单位，或选择其他单位。`,
  'TRANSFER_UNIT_ARCHIVED.destination': (d: { path: string }) => `接收单位“${d.path}”已归档，不能调入；请选择其他单位。`,
  'TRANSFER_SAME_UNIT.receive': (d: { name: string; path: string; status: string }) =>
    `${d.name} 已在“${d.path}”，${isInService(d.status) ? '无需调入' : `如该学员已回到本单位，请在学员名册中把在职状态由“${d.status}”改为“在职”`}；请核对调入单位。`,
  'TRANSFER_SAME_UNIT.expect': (d: { name: string; path: string }) => `${d.name} 已在“${d.path}”，请选择要调去的其他单位。`,
  'TRANSFER_NOT_IN_SERVICE.receive': (d: { name: string; status: string }) =>
    `${d.name} 在名册中的状态为“${d.status}”，不在职，不能调入；如状态有误，请先在学员名册中改正在职状态后再办理。`,
  'TRANSFER_NOT_IN_SERVICE.expect': (d: { name: string; status: string }) => `${d.name} 在名册中的状态为“${d.status}”，不在职，不能登记调出。`,
  'TRANSFER_PERSON_UNKNOWN.masked': (d: { masked: string }) =>
    `名册中没有身份证号为 ${d.masked} 的学员。如从本台账以外的单位调入，请选择“从外单位调入”并填写原单位；如号码有误，请改正后重新查找。`,
  'TRANSFER_ORIGIN_MISSING.example': '请填写原单位名称（从外单位调入时必填），例如“平江县财政局”。',
  'TRANSFER_ALREADY_IN_DESK.holder': (d: { masked: string; holder: string; where: string }) =>
    `身份证号 ${d.masked} 已在名册中（${d.holder}，${d.where}），不是外单位人员；请选择“从本台账单位调入”办理。`,
  'TRANSFER_NOT_FOUND.byId': (d: { id: number }) => `找不到该调动记录（编号 ${d.id}），请刷新异动记录后重试。`,
  'TRANSFER_ALREADY_UNDONE.on': (d: { name: string; on: string }) => `${d.name} 的这次调动已于 ${d.on} 撤销，无需再次撤销。`,
  'TRANSFER_NOT_LATEST.named': (d: { name: string; on: string; to: string }) =>
    `只能撤销 ${d.name} 最近一次调动（${d.on} 调入“${d.to}”）；请先撤销那一次，再撤销这一次。`,
  'TRANSFER_UNDO_BLOCKED.personGone': (d: { name: string }) => `${d.name} 的记录已不在名册中，这次调动不能撤销。`,
  'TRANSFER_UNDO_BLOCKED.unitChanged': (d: { name: string; now: string }) =>
    `调入后 ${d.name} 的单位已在学员名册中改为“${d.now}”，与这次调动不符，不能撤销；如需调整，请办理新的调入。`,
  'TRANSFER_UNDO_BLOCKED.originDeleted': (d: { name: string; from: string }) => `原单位“${d.from}”已删除，不能把 ${d.name} 退回；如需调整，请办理新的调入。`,
  'TRANSFER_UNDO_BLOCKED.originArchived': (d: { name: string; from: string }) => `原单位“${d.from}”已归档，不能把 ${d.name} 退回；请先在单位层级中恢复该单位后再撤销。`,
  'TRANSFER_UNDO_BLOCKED.recordsSince': (d: { name: string }) =>
    `${d.name} 调入后已有报考、免考或学分等记录，撤销会丢失这些记录，因此不能撤销；如确需调整，请在学员名册中修改该学员。`,
} as const satisfies ErrorWords;
