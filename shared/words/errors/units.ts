import type { ErrorWords } from './wording';

/** Refusals of 单位层级. */
export const unitErrors = {
  UNIT_NAME_EMPTY: '单位名称不能为空',
  UNIT_NAME_TOO_LONG: '单位名称过长',
  UNIT_NAME_TAKEN: '同一上级单位下已有同名单位',
  UNIT_NOT_FOUND: '找不到该单位',
  UNIT_PARENT_ARCHIVED: '上级单位已归档，不能在其下新建单位',
  UNIT_ARCHIVED: '该单位已归档，请先恢复',
  UNIT_HAS_STAFF: '该单位还有学员，不能删除，可以归档',
  UNIT_HAS_SUBUNITS: '该单位还有下级单位，不能删除，可以归档',
  UNIT_MOVE_CYCLE: '不能把单位移到它自己或它的下级单位之下',
  UNIT_POSITION_INVALID: '指定的排列位置无效：参照单位不在目标上级单位之下，请刷新后重试',
  UNIT_COUNTERPART_MISSING: '分类组考须填写对应的省直部门',
  UNIT_PHONE_FORMAT: '单位管理员手机号格式不正确',
  'UNIT_NAME_TOO_LONG.counted': (d: { max: number; length: number }) => `单位名称过长：最多 ${d.max} 个字，当前 ${d.length} 个字，请缩短后再保存。`,
  'UNIT_NAME_TAKEN.new': (d: { name: string }) => `同一上级单位下已有名为“${d.name}”的单位，请换一个名称。`,
  'UNIT_NAME_TAKEN.clash': (d: { name: string; parentName: string | null; clashArchived: boolean; moving: boolean }) =>
    `同一上级单位下已有名为“${d.name}”的单位（${d.parentName === null ? '均为一级单位' : `上级单位：${d.parentName}`}${d.clashArchived ? '，该单位已归档' : ''}），` +
    `${d.moving ? '请先给要移动的单位改名，或选择其他上级单位' : '请换一个名称'}${d.clashArchived ? '，或先恢复、删除那个已归档的单位' : ''}。`,
  'UNIT_NOT_FOUND.byId': (d: { role: 'unit' | 'parent' | 'target'; id: number }) =>
    `找不到${{ unit: '该单位', parent: '上级单位', target: '目标上级单位' }[d.role]}（编号 ${d.id}），可能已被删除，请刷新后重试。`,
  'UNIT_NOT_FOUND.written': (d: { written: string }) => `找不到单位“${d.written}”，请写单位名称或从一级单位起的路径。`,
  'UNIT_NOT_FOUND.ambiguous': (d: { name: string; count: number; example: string }) =>
    `有 ${d.count} 个单位叫“${d.name}”，请写从一级单位起的路径，如 ${d.example}。`,
  'UNIT_NOT_FOUND.chosen': (d: { id: number }) => `找不到该单位（编号 ${d.id}），请刷新后重新选择。`,
  'UNIT_PARENT_ARCHIVED.create': (d: { parent: string }) => `上级单位“${d.parent}”已归档，不能在其下新建单位；请先恢复该上级单位。`,
  'UNIT_PARENT_ARCHIVED.move': (d: { parent: string }) => `目标上级单位“${d.parent}”已归档，不能把单位移入；请先恢复“${d.parent}”，或选择其他上级单位。`,
  'UNIT_PARENT_ARCHIVED.restore': (d: { parent: string; name: string }) => `上级单位“${d.parent}”已归档，不能单独恢复“${d.name}”；请先恢复“${d.parent}”。`,
  'UNIT_ARCHIVED.edit': (d: { name: string }) => `“${d.name}”已归档，不能修改；请先恢复该单位再编辑。`,
  'UNIT_ARCHIVED.move': (d: { name: string }) => `“${d.name}”已归档，不能移动；请先恢复该单位。`,
  'UNIT_ARCHIVED.placeStaff': (d: { path: string }) => `单位“${d.path}”已归档，不能把学员放入该单位；请先在单位层级中恢复该单位，或选择其他单位。`,
  'UNIT_HAS_STAFF.counted': (d: { name: string; staff: number }) => `“${d.name}”还有 ${d.staff} 名学员，不能删除；请先把这些学员调到其他单位，或者改为归档该单位。`,
  'UNIT_HAS_SUBUNITS.counted': (d: { name: string; children: number; archived: number }) =>
    `“${d.name}”还有 ${d.children} 个下级单位${d.archived > 0 ? `（其中 ${d.archived} 个已归档）` : ''}，不能删除；请先删除或移走下级单位，或者改为归档该单位。`,
  'UNIT_MOVE_CYCLE.self': (d: { name: string }) => `不能把“${d.name}”移到它自己之下；请选择其他上级单位。`,
  'UNIT_MOVE_CYCLE.descendant': (d: { parent: string; name: string }) =>
    `“${d.parent}”是“${d.name}”的下级单位，不能把“${d.name}”移到它之下，否则单位层级会形成循环；请选择其他上级单位。`,
  'UNIT_POSITION_INVALID.gone': (d: { id: number }) => `找不到作为排列参照的单位（编号 ${d.id}），可能已被删除；请刷新后重试。`,
  'UNIT_POSITION_INVALID.elsewhere': (d: { ref: string; parent: string | null; name: string }) =>
    `参照单位“${d.ref}”${d.parent === null ? '不是一级单位' : `不在“${d.parent}”之下`}，无法把“${d.name}”排在它前面；请刷新后重试。`,
  'UNIT_COUNTERPART_MISSING.named': (d: { name: string }) => `“${d.name}”设为分类组考，须填写对应的省直部门（组织该单位考试的省直单位名称）后再保存。`,
  'UNIT_PHONE_FORMAT.why': (d: { problem: string }) => `单位管理员手机号不正确：${d.problem}。`,
  'VALUE_UNKNOWN.unitAttribute': (d: { attribute: string }) => `单位属性“${d.attribute}”不在“设置”中的单位属性列表里；请从列表中选择，或先到“设置”中添加该属性。`,
} as const satisfies ErrorWords;
