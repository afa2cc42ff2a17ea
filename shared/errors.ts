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
