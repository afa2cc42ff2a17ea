/**
 * Stable error codes. Core throws DeskError with one of these; every transport
 * turns it into `{ ok: false, error: { code, message } }`.
 */
export const errorMessages = {
  BAD_ARGUMENTS: '请求参数不正确',
  TEXT_INVALID: '填写的文字中有无法保存的字符（不可见的控制字符或无效字符），没有做任何改动。请删除这些字符后重新输入',
  UNKNOWN_METHOD: '不支持的操作',
  FORBIDDEN: '拒绝访问：请求不是来自本程序的窗口',
  UNAUTHORIZED: '拒绝访问：缺少或错误的访问令牌，请使用启动时显示的完整地址打开',
  INTERNAL: '程序内部错误，操作未完成，数据没有改动',
  DB_NOT_SQLITE: '数据文件不是学法考法管理台的数据库（不是 SQLite 文件）',
  DB_CORRUPT: '数据库文件已损坏',
  DB_FROM_FUTURE: '数据库来自更新版本的学法考法管理台',
  DB_CANNOT_OPEN: '无法打开或建立数据库文件：路径可能过长，或文件夹没有写入权限',
  DISK_FULL: '磁盘空间不足，操作没有完成，数据没有改动。请清理磁盘后重试',
  DESK_IN_USE: '数据文件夹正被另一个程序使用：同一份数据同时只能由一个程序打开修改，请先关闭那个程序再试',
  DESK_BUSY: '台账正忙，操作没有完成，数据没有改动。请稍后重试',
  DESK_NEEDS_UPGRADE: '数据库需要升级到本版本的结构，而它正被另一个程序使用：请先关闭那个程序，再运行本命令',
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
  RETIREMENT_NOT_DUE: '该学员尚未到退休日期（或约定的延迟退休日期），不能按到龄设为退休',
  RETIREMENT_NOT_IN_SERVICE: '该学员已不是在职状态，不能办理到龄退休或弹性延迟退休',
  RETIREMENT_DELAY_INVALID: '约定退休日期不符合弹性延迟退休规定：不能早于法定退休日期，最多延迟三年',
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
  // 免考管理
  EXEMPTION_NOT_FOUND: '找不到该免考申请，可能已被删除，请刷新后重试',
  EXEMPTION_EXISTS: '该学员本年度已有待审批或已批准的免考申请，请在原申请上修改，或先撤销原申请',
  EXEMPTION_GROUND_NOT_ALLOWED: '本年度规则不含这项免考情形，请核对年度规则',
  EXEMPTION_OUT_OF_WINDOW: '该学员的法定退休日期不在本年度免考范围内，不能以“距退休两年内”免考',
  EXEMPTION_NOT_IN_SERVICE: '该学员不是在职状态，不需要办理免考',
  EXEMPTION_NEEDS_EVIDENCE: '产假和重大疾病免考须先上传至少一份证明材料，才能批准',
  EXEMPTION_STATUS: '该申请当前的状态不能做这项操作，请刷新后查看',
  EXEMPTION_DATE_INVALID: '日期不正确，请核对后重新填写',
  EXEMPTION_NOT_SUSPECTED: '该免考没有“疑似借免考规避考试”的情形，不需要认定',
  EXEMPTION_EVASION_REASON: '排除规避考试嫌疑须填写原因',
  EVIDENCE_TYPE: '证明材料只接受 PDF、JPG 或 PNG 文件（按文件内容判断，不看扩展名），请用扫描仪另存为这几种格式后再添加',
  EVIDENCE_TOO_LARGE: '证明材料超过 50 MB 的上限，没有保存。请降低扫描分辨率或拆分成几个文件后再添加',
  EVIDENCE_PDF_UNREADABLE: '这个 PDF 已损坏或设置了密码，无法放入打印存档。请另存为普通 PDF 或扫描成图片后再添加',
  EVIDENCE_NOT_FOUND: '找不到该证明材料，可能已被删除，请刷新后重试',
  EVIDENCE_DUPLICATE: '这个文件已经是本申请的证明材料，无需重复添加',
  EVIDENCE_FILE_MISSING: '证明材料文件在数据文件夹中缺失或已被改动，请在设置中运行“核验”，并重新添加该材料',
  ARCHIVE_FONT_MISSING: '找不到打印存档所需的中文字体文件，请重新安装学法考法管理台',
  // 报考
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
  // 人员异动
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
  AUDIT_RANGE_INVALID: '日期范围不正确：开始日期不能晚于结束日期',
  // 备份与恢复
  BACKUP_NOT_A_BACKUP: '这个文件不是学法考法管理台的备份，没有恢复，现有数据没有改动。请选择“备份与恢复”中生成的备份文件（.xfbak）或自动备份（.sqlite）',
  BACKUP_TRUNCATED: '备份文件不完整（可能复制或下载中断），没有恢复，现有数据没有改动。请重新复制完整的备份文件后再试',
  BACKUP_DAMAGED: '备份文件已损坏（内容与校验值不符），没有恢复，现有数据没有改动。请换一份备份再试',
  BACKUP_FROM_FUTURE: '备份来自更新版本的学法考法管理台，本版本不能恢复它，现有数据没有改动。请先安装最新版本',
  BACKUP_NOT_FOUND: '找不到这份备份：它可能已被清理或移走，请刷新备份列表后重试',
  BACKUP_BUSY: '正在进行备份或恢复，请等它完成后再试',
  BACKUP_SCHEMA_MISMATCH: '备份中数据库的数据结构与本程序对应版本的结构不一致（多出或缺少表、索引、触发器或视图），可能被改动过，没有恢复，现有数据没有改动。请换一份备份再试',
  EVIDENCE_PATH_BLOCKED: '证明材料文件夹中，备份里某份材料应放的位置已被一个文件夹、链接或其他非普通文件占用，没有恢复，现有数据没有改动。请检查数据文件夹中的 evidence 文件夹后再试',
  BACKUP_TOO_LARGE: '备份文件超过上传上限，没有上传。请把备份文件放到本机后再选择，或联系技术人员',
  BACKUP_FAILED: '备份没有完成：可能磁盘已满或没有写入权限，请清理磁盘或换一个位置后重试。现有数据没有改动',
  // 浏览器模式
  ADDRESS_USED:
    '这个地址已经用过或已失效：启动时显示的地址只能打开一次，重新启动后旧地址也不能再用。请回到已经打开的学法考法管理台窗口继续使用；如果那个窗口已经关闭，请重新启动学法考法管理台，用新显示的地址打开',
  BAD_REPLY: '学法考法管理台的后台没有正常回答（可能被代理或安全软件拦截），这次操作可能没有完成。请刷新页面，查看结果后再决定是否重试',
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
