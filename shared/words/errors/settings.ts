import type { ErrorWords } from './wording';

/** Refusals of 设置: lists, 演示数据, 操作记录. */
export const settingsErrors = {
  LIST_ITEM_IN_USE: '该项仍在使用中，不能删除',
  LIST_ITEM_DUPLICATE: '列表中有重复的名称',
  LIST_ITEM_EMPTY: '列表中有空白的名称',
  DESK_NOT_EMPTY: '只能在空白的台账中生成演示数据',
  AUDIT_RANGE_INVALID: '日期范围不正确：开始日期不能晚于结束日期',
  'LIST_ITEM_EMPTY.at': (d: { list: '职级' | '单位属性'; row: number }) => `${d.list}列表第 ${d.row} 项是空白的，请填写名称或删除该行。`,
  'LIST_ITEM_DUPLICATE.named': (d: { list: '职级' | '单位属性'; name: string }) => `${d.list}列表中“${d.name}”出现了不止一次，请删除重复的一项。`,
  'LIST_ITEM_IN_USE.rank': (d: { name: string; count: number; others: number }) =>
    `职级“${d.name}”还有 ${d.count} 名学员在用，不能删除${d.others > 0 ? `（另有 ${d.others} 个要删除的职级也有人在用）` : ''}；请先在学员名册中修改这些学员的职级，再删除。`,
  'LIST_ITEM_IN_USE.unitAttribute': (d: { name: string; count: number; others: number }) =>
    `单位属性“${d.name}”还有 ${d.count} 个单位在用，不能删除${d.others > 0 ? `（另有 ${d.others} 个要删除的单位属性也在使用）` : ''}；请先在单位层级中为这些单位改选其他属性，再删除。`,
  'DESK_NOT_EMPTY.counted': (d: { units: number; staff: number }) =>
    `台账中已有 ${d.units} 个单位、${d.staff} 名学员；演示数据只能在空白的台账中生成。请换一个新的数据文件（例如 xuefa demo --db 演示.sqlite）后再试，现有数据没有改动。`,
  'AUDIT_RANGE_INVALID.dates': (d: { from: string; to: string }) => `日期范围不正确：开始日期 ${d.from} 晚于结束日期 ${d.to}，请调换或重新选择。`,
  'BAD_ARGUMENTS.accountFile': '请先选择含登录账号的 Excel 文件。',
} as const satisfies ErrorWords;
