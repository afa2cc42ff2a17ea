import type { ErrorWords } from './wording';

/** Refusals of files chosen, uploaded or saved (Excel tables). */
export const fileErrors = {
  FILE_UNREADABLE: '文件无法读取，请用 Excel 或 WPS 打开后另存为 .xlsx 再导入',
  FILE_TOO_LARGE: '文件过大，请删除多余的工作表或拆分后再导入',
  HEADER_MISSING: '找不到表头：至少需要“姓名、身份证号、单位”三列',
  FILE_NOT_FOUND: '找不到该文件：它可能已过期（超过一天）被清理，请重新选择文件',
  FILE_NOT_SAVED: '文件没有保存：目标文件可能正在 Excel 或 WPS 中打开，或没有写入权限，请关闭该文件或换一个位置后重试',
  'FILE_NOT_FOUND.download': '找不到要下载的文件：它可能已过期（超过一天）被清理，请重新导出。',
  'FILE_TOO_LARGE.upload': (d: { name: string; megabytes: number }) => `${d.name} 超过 ${d.megabytes} MB 的上限，没有上传。请删除多余的工作表或拆分后再导入。`,
  'FILE_UNREADABLE.unparsable': (d: { name: string; why: string }) => `${d.name} 的内容无法解析（${d.why}），请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。`,
  'FILE_UNREADABLE.noSheets': (d: { name: string }) => `${d.name} 中没有工作表，无法读取。`,
  'FILE_UNREADABLE.missing': (d: { name: string }) => `找不到文件 ${d.name}，请确认路径是否正确。`,
  'FILE_UNREADABLE.legacyOrLocked': (d: { name: string }) =>
    `${d.name} 是旧版 Excel 97-2003（.xls）文件或加了密码的文件。请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）并取消密码后再导入。`,
  'FILE_UNREADABLE.text': (d: { name: string }) => `${d.name} 是文本或 CSV 文件，不是 Excel 工作簿。请在 Excel 或 WPS 中打开后“另存为”.xlsx 再导入。`,
  'FILE_UNREADABLE.notXlsx': (d: { name: string }) => `${d.name} 不是 Excel 工作簿（.xlsx），无法读取。`,
  'FILE_UNREADABLE.cutShort': (d: { name: string }) => `${d.name} 已损坏或不完整（可能没有下载或复制完），无法读取。请重新获取文件后再导入。`,
  'FILE_UNREADABLE.damaged': (d: { name: string }) => `${d.name} 已损坏或不完整，无法读取。请重新获取文件后再导入。`,
  'FILE_UNREADABLE.otherOffice': (d: { name: string; kind: 'word' | 'powerpoint' | 'other' }) =>
    `${d.name} ${{ word: '是 Word 文档', powerpoint: '是 PowerPoint 演示文稿', other: '不是 Excel 工作簿' }[d.kind]}，不是 Excel 表格（.xlsx）。请选择名册的 Excel 文件。`,
  'FILE_TOO_LARGE.sized': (d: { name: string; size: string; max: string }) => `${d.name} 有 ${d.size}，超过 ${d.max} 的上限。请删除多余的工作表或拆分后再导入。`,
  'FILE_TOO_LARGE.suspect': (d: { name: string; why: string }) =>
    `${d.name} ${d.why}，可能是恶意构造或已损坏的压缩文件，已拒绝读取。如确是本单位的名册，请用 Excel 或 WPS 打开后另存为新的 .xlsx 再导入。`,
  'FILE_TOO_LARGE.rows': (d: { name: string; max: number }) =>
    `${d.name} 的数据超过 ${d.max.toLocaleString('en-US')} 行，超出一次导入的上限，没有导入。请按单位拆分成几个文件后分别导入。`,
  'HEADER_MISSING.noSuchSheet': (d: { name: string; sheet: string }) => `${d.name} 中没有名为“${d.sheet}”的工作表。`,
  'HEADER_MISSING.roster': (d: { name: string; looked: string[]; rows: number; wanted: string[] }) =>
    `${d.name} 的${d.looked.length ? `工作表（${d.looked.join('、')}）` : '可见工作表'}前 ${d.rows} 行中找不到表头：至少需要“${d.wanted.join('、')}”三列。请检查表头文字，或在导入时手动指定各列。`,
  'HEADER_MISSING.blankRow': (d: { name: string; sheet: string; row: number }) => `${d.name} 的工作表“${d.sheet}”第 ${d.row} 行是空行，不能作为表头。请选择写着各列名称的那一行。`,
  'HEADER_MISSING.lacking': (d: { name: string; sheet: string; row: number; missing: string[] }) =>
    `${d.name} 的工作表“${d.sheet}”第 ${d.row} 行作为表头时，还缺少必填的${d.missing.map((m) => `“${m}”`).join('')}列。请为${d.missing.length > 1 ? '每一项' : '它'}指定文件中对应的一列，或确认第 ${d.row} 行是表头。`,
  'HEADER_MISSING.table': (d: { name: string; rows: number; what: string; wanted: string[][] }) =>
    `${d.name} 前 ${d.rows} 行中找不到${d.what}的表头：需要 ${d.wanted.map((g) => g.map((h) => `“${h}”`).join('或')).join('、')} 这几列。请检查表头文字。`,
  'FILE_NOT_SAVED.noFolder': (d: { dir: string; name: string }) => `保存位置 ${d.dir} 不存在，${d.name} 没有保存。请选择其他文件夹。`,
  'FILE_NOT_SAVED.locked': (d: { name: string }) =>
    `${d.name} 没有保存：文件可能正在 Excel 或 WPS 中打开，或没有写入该文件夹的权限。请先关闭该文件（或换一个保存位置）后重试。`,
} as const satisfies ErrorWords;
