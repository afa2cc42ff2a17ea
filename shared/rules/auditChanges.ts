import type { FieldChange } from '../transfers';

/**
 * The 操作记录 in the admins' words: what each kind of action is called, and
 * what an audit row's before/after snapshots changed, field by field, with
 * Chinese labels (old → new). Pure, so the screen and the Excel export say
 * the same thing.
 */

export const actionLabels: Record<string, string> = {
  'unit.create': '新建单位',
  'unit.update': '修改单位信息',
  'unit.move': '移动单位',
  'unit.archive': '归档单位',
  'unit.restore': '恢复单位',
  'unit.delete': '删除单位',
  'staff.create': '新增学员',
  'staff.update': '修改学员信息',
  'staff.transfer': '导入名册：单位变更',
  'staff.check': '年度核对',
  'lists.saveRanks': '修改职级列表',
  'lists.saveUnitAttributes': '修改单位属性列表',
  'import.apply': '导入名册',
  'import.mapping': '导入列设置',
  'demo.generate': '生成演示数据',
  'transfer.in': '调入',
  'transfer.undo': '撤销调动',
  'transfer.expect': '登记待调出',
  'transfer.withdrawExpected': '撤回待接收',
};

export function actionLabel(action: string): string {
  return actionLabels[action] ?? action;
}

/** Field labels across the snapshots the desk writes (staff, units, imports, transfers, checks). */
export const fieldLabels: Record<string, string> = {
  name: '名称',
  idNumber: '身份证号',
  sex: '性别',
  birthDate: '出生日期',
  phone: '手机号码',
  account: '登录账号',
  unitPath: '单位',
  unit: '单位',
  path: '单位层级位置',
  rank: '职级',
  post: '职务',
  status: '在职状态',
  retirementAge: '原法定退休年龄',
  notes: '备注',
  code: '平台单位编码',
  attribute: '单位属性',
  adminName: '单位管理员',
  adminPhone: '管理员手机',
  adminAccount: '管理员账号',
  examRoute: '组考方式',
  counterpart: '对应省直部门',
  archivedAt: '归档时间',
  fromPath: '调出单位',
  toPath: '调入单位',
  fromOutside: '来自外单位',
  effectiveOn: '生效日期',
  reason: '原因',
  undoReason: '撤销原因',
  expectedOn: '预计调动日期',
  note: '备注',
  year: '年度',
  checked: '已核对',
  count: '人数',
  changed: '实际改动人数',
  file: '文件',
  source: '来源文件',
  sheet: '工作表',
  created: '新增人数',
  updated: '修改人数',
  unitsCreated: '新建单位数',
  units: '单位数',
  staff: '学员数',
  flaggedBookings: '标记待核对的报考',
  createdPerson: '新建学员记录',
  removedRecord: '删除调入时新建的学员记录',
};

/** Snapshot keys that say nothing to an admin (ids, timestamps, derived counts). */
const hidden = new Set([
  'id',
  'unitId',
  'unitName',
  'parentId',
  'level',
  'sortOrder',
  'createdAt',
  'updatedAt',
  'staffCount',
  'staffCountTotal',
  'effectiveRoute',
  'ids',
  'subunitIds',
  'staffId',
  'fromUnitId',
  'toUnitId',
  'checkedAt',
]);

const routeNames: Record<string, string> = { category: '分类组考', regional: '分众组考' };

type Fields = Record<string, unknown>;

function isFields(v: unknown): v is Fields {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A value as text; null for nothing. */
export function valueText(key: string, v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (key === 'examRoute' && typeof v === 'string') return routeNames[v] ?? v;
  if (key === 'retirementAge' && typeof v === 'number') return `${v} 岁`;
  if (Array.isArray(v)) return v.map((x) => (isFields(x) && typeof x.name === 'string' ? x.name : String(x))).join('、');
  if (isFields(v)) return null;
  return String(v);
}

function labelOf(key: string, entity: string): string {
  if (key === 'name') return entity === 'unit' ? '单位名称' : '姓名';
  return fieldLabels[key] ?? key;
}

/**
 * What an audit row changed. An update lists the fields whose values differ
 * (a field only on the after side, such as the import's source file, is
 * listed with no old value); a creation lists what was set; a deletion what
 * was removed. Lists (the rank list) are shown whole.
 */
export function describeChanges(entity: string, before: unknown, after: unknown): FieldChange[] {
  if (Array.isArray(before) || Array.isArray(after)) {
    const o = valueText('list', before);
    const n = valueText('list', after);
    return o === n ? [] : [{ label: '列表', old: o, new: n }];
  }
  const b = isFields(before) ? before : null;
  const a = isFields(after) ? after : null;
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter((k) => !hidden.has(k));
  const out: FieldChange[] = [];
  for (const k of keys) {
    const o = b ? valueText(k, b[k]) : null;
    const n = a ? valueText(k, a[k]) : null;
    if (o === n) continue;
    out.push({ label: labelOf(k, entity), old: o, new: n });
  }
  return out;
}

/** One change as a line: 「单位：A → B」, 「姓名：张三」 for a value set, 「备注：旧值 → （空）」. */
export function changeLine(c: FieldChange): string {
  if (c.old === null && c.new !== null) return `${c.label}：${c.new}`;
  return `${c.label}：${c.old ?? '（空）'} → ${c.new ?? '（空）'}`;
}
