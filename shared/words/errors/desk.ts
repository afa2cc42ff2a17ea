import type { ErrorWords } from './wording';

/** Refusals of the desk itself: arguments, access, the database file, the desk gate, browser mode. */
export const deskErrors = {
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
  ADDRESS_USED: '这个地址已经用过或已失效：启动时显示的地址只能打开一次，重新启动后旧地址也不能再用。请回到已经打开的学法考法管理台窗口继续使用；如果那个窗口已经关闭，请重新启动学法考法管理台，用新显示的地址打开',
  BAD_REPLY: '学法考法管理台的后台没有正常回答（可能被代理或安全软件拦截），这次操作可能没有完成。请刷新页面，查看结果后再决定是否重试',
  'UNKNOWN_METHOD.named': (d: { method: string }) => `不支持的操作：${d.method.slice(0, 80)}`,
  'BAD_ARGUMENTS.issues': (d: { issues: string }) => `请求参数不正确（${d.issues}），没有做任何改动。`,
  'TEXT_INVALID.found': (d: { found: string }) => `${d.found}，请删除后重新输入，没有做任何改动。`,
  'DB_NOT_SQLITE.file': (d: { file: string }) => `${d.file} 不是学法考法管理台的数据库文件（不是 SQLite 格式），程序没有改动它。请检查数据文件夹或从备份恢复。`,
  'DB_NOT_SQLITE.foreign': (d: { file: string }) => `${d.file} 是 SQLite 文件，但不是学法考法管理台的数据库，程序没有改动它。`,
  'DB_FROM_FUTURE.file': (d: { file: string; unknown: string }) =>
    `${d.file} 由更新版本的学法考法管理台写入（含本版本不认识的结构 ${d.unknown}），为保护数据，本版本不会打开或改动它。请安装最新版本后再打开。`,
  'DB_CORRUPT.file': (d: { file: string; why: string }) => `${d.file} 已损坏（${d.why}），程序没有改动它。请在“备份与恢复”中从最近的备份恢复。`,
  'DB_CORRUPT.withBackup': (d: { first: string; backup: string; createdAt: string; file: string }) =>
    `${d.first} 最近一份完好的自动备份是 ${d.backup}（${d.createdAt}），可运行：xuefa restore "${d.file}" --yes`,
  'DB_CANNOT_OPEN.file': (d: { file: string; folder: string }) =>
    `无法打开或建立数据库文件 ${d.file}：数据文件夹 ${d.folder} 可能是只读的、当前用户没有写入权限、被其他程序锁定或位于已断开的网络位置，或路径可能过长（共 ${d.file.length} 个字符）。` +
    '程序没有改动任何文件，数据库没有损坏，不需要从备份恢复。请检查这个文件夹的权限（当前用户须能读写它和其中的文件），或把数据文件夹放在较短的本机路径下（如默认位置）后重试。',
  'DISK_FULL.sentence': '磁盘空间不足，操作没有完成，数据没有改动。请清理磁盘后重试。',
  'DISK_FULL.saving': (d: { name: string }) => `磁盘空间不足，${d.name} 没有保存，原有文件没有改动。请清理磁盘后重试。`,
  'DESK_IN_USE.holder': (d: { holder: { program: string; pid: number; since: string } | null; file: string }) =>
    `数据文件夹正被另一个程序使用${d.holder ? `（程序：${d.holder.program}，进程号：${d.holder.pid}，自 ${d.holder.since} 起）` : ''}。同一份数据同时只能由一个程序修改，请先关闭那个程序再试。数据文件：${d.file}`,
  'DESK_BUSY.sqlite': (d: { seconds: number }) => `台账正忙：另一个程序正在写入这份数据，等了 ${d.seconds} 秒仍未完成。本次操作没有完成，数据没有改动，请稍后重试。`,
  'DESK_BUSY.gate': (d: { job: string | null; seconds: number }) =>
    `台账正忙（${d.job === null ? '另一项操作还没有完成' : `正在${d.job}`}），本次操作等了 ${d.seconds} 秒仍未能开始，没有做任何改动。请等它完成后再试；如果一直如此，请关闭程序后重新打开。`,
  'DESK_NEEDS_UPGRADE.file': (d: { file: string }) => `数据库需要升级到本版本的结构，而它正被另一个程序使用：请先关闭那个程序，再运行本命令。数据文件：${d.file}`,
  // Requests the browser-mode host or the window's file channels could not take.
  'BAD_ARGUMENTS.postOnly': '接口只接受 POST 请求',
  'BAD_ARGUMENTS.jsonOnly': '请求内容必须是 JSON',
  'BAD_ARGUMENTS.bodyTooLarge': '请求内容过大',
  'BAD_ARGUMENTS.notJson': '请求内容不是有效的 JSON',
  'BAD_ARGUMENTS.uploadPostOnly': '上传只接受 POST 请求',
  'BAD_ARGUMENTS.uploadBytesOnly': '上传内容必须是文件本身（application/octet-stream）',
  'BAD_ARGUMENTS.uploadNameMissing': '缺少文件名',
  'BAD_ARGUMENTS.uploadKind': '上传的文件种类不正确',
  'BAD_ARGUMENTS.downloadGetOnly': '下载只接受 GET 请求',
  'BAD_ARGUMENTS.badAddress': '请求的地址格式不正确，没有处理',
  'BAD_ARGUMENTS.badMethodName': '请求的接口名格式不正确，没有处理',
  'BAD_ARGUMENTS.headersTooLong': '请求的地址或请求头过长，没有处理',
  'BAD_ARGUMENTS.timedOut': '请求超时，没有处理',
  'BAD_ARGUMENTS.unreadable': '请求格式不正确，没有处理',
  'BAD_ARGUMENTS.uploadInvalid': '上传的文件不正确',
  'BAD_ARGUMENTS.fileIdInvalid': '文件编号不正确',
  'FORBIDDEN.host': '拒绝访问：主机名不符（只接受本机地址 127.0.0.1 或 localhost）',
  'FORBIDDEN.otherPage': '拒绝访问：请求来自其他网页',
  'UNAUTHORIZED.downloadKey': '这个下载地址不能打开文件：请回到学法考法管理台的窗口，重新点击“保存”或“预览”',
} as const satisfies ErrorWords;
