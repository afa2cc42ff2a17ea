/**
 * Stable error codes. Core throws DeskError with one of these; every transport
 * turns it into `{ ok: false, error: { code, message } }`.
 */
export const errorMessages = {
  BAD_ARGUMENTS: '请求参数不正确',
  UNKNOWN_METHOD: '不支持的操作',
  FORBIDDEN: '拒绝访问：请求不是来自本程序的窗口',
  UNAUTHORIZED: '拒绝访问：缺少或错误的访问令牌，请使用启动时显示的完整地址打开',
  INTERNAL: '程序内部错误，操作未完成，数据没有改动',
  DB_NOT_SQLITE: '数据文件不是学法考法管理台的数据库（不是 SQLite 文件）',
  DB_CORRUPT: '数据库文件已损坏',
  DB_FROM_FUTURE: '数据库来自更新版本的学法考法管理台',
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
  STAFF_NOT_FOUND: '找不到该学员',
  ID_MISSING: '身份证号不能为空',
  ID_FORMAT: '身份证号格式不正确',
  ID_CHECKSUM: '身份证号校验位不正确',
  ID_DUPLICATE: '该身份证号已在名册中',
  NAME_MISSING: '姓名不能为空',
  PHONE_FORMAT: '手机号码格式不正确',
  VALUE_UNKNOWN: '取值不在列表中',
  LIST_ITEM_IN_USE: '该项仍在使用中，不能删除',
  LIST_ITEM_DUPLICATE: '列表中有重复的名称',
  DESK_NOT_EMPTY: '只能在空白的台账中生成演示数据',
  RETIREMENT_AGE_INVALID: '原法定退休年龄与性别不符：男性为 60 岁，女性为 55 岁或 50 岁',
  LIST_ITEM_EMPTY: '列表中有空白的名称',
  FILE_UNREADABLE: '文件无法读取，请用 Excel 或 WPS 打开后另存为 .xlsx 再导入',
  FILE_TOO_LARGE: '文件过大，请删除多余的工作表或拆分后再导入',
  HEADER_MISSING: '找不到表头：至少需要“姓名、身份证号、单位”三列',
  FILE_NOT_FOUND: '找不到该文件：它可能已过期（超过一天）被清理，请重新选择文件',
  FILE_NOT_SAVED: '文件没有保存：目标文件可能正在 Excel 或 WPS 中打开，或没有写入权限，请关闭该文件或换一个位置后重试',
  // 备份与恢复
  BACKUP_NOT_A_BACKUP: '这个文件不是学法考法管理台的备份，没有恢复，现有数据没有改动。请选择“备份与恢复”中生成的备份文件（.xfbak）或自动备份（.sqlite）',
  BACKUP_TRUNCATED: '备份文件不完整（可能复制或下载中断），没有恢复，现有数据没有改动。请重新复制完整的备份文件后再试',
  BACKUP_DAMAGED: '备份文件已损坏（内容与校验值不符），没有恢复，现有数据没有改动。请换一份备份再试',
  BACKUP_FROM_FUTURE: '备份来自更新版本的学法考法管理台，本版本不能恢复它，现有数据没有改动。请先安装最新版本',
  BACKUP_NOT_FOUND: '找不到这份备份：它可能已被清理或移走，请刷新备份列表后重试',
  BACKUP_BUSY: '正在进行备份或恢复，请等它完成后再试',
  BACKUP_FAILED: '备份没有完成：可能磁盘已满或没有写入权限，请清理磁盘或换一个位置后重试。现有数据没有改动',
} as const;

export type ErrorCode = keyof typeof errorMessages;

export class DeskError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string) {
    super(message ?? errorMessages[code]);
    this.name = 'DeskError';
    this.code = code;
  }
}

export function isDeskError(e: unknown): e is DeskError {
  return e instanceof DeskError;
}
