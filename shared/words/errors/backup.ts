import type { ErrorWords } from './wording';

/** Refusals of 备份与恢复. */
export const backupErrors = {
  BACKUP_NOT_A_BACKUP: '这个文件不是学法考法管理台的备份，没有恢复，现有数据没有改动。请选择“备份与恢复”中生成的备份文件（.xfbak）或自动备份（.sqlite）',
  BACKUP_TRUNCATED: '备份文件不完整（可能复制或下载中断），没有恢复，现有数据没有改动。请重新复制完整的备份文件后再试',
  BACKUP_DAMAGED: '备份文件已损坏（内容与校验值不符），没有恢复，现有数据没有改动。请换一份备份再试',
  BACKUP_FROM_FUTURE: '备份来自更新版本的学法考法管理台，本版本不能恢复它，现有数据没有改动。请先安装最新版本',
  BACKUP_NOT_FOUND: '找不到这份备份：它可能已被清理或移走，请刷新备份列表后重试',
  BACKUP_BUSY: '正在进行备份或恢复，请等它完成后再试',
  BACKUP_SCHEMA_MISMATCH: '备份中数据库的数据结构与本程序对应版本的结构不一致（多出或缺少表、索引、触发器或视图），可能被改动过，没有恢复，现有数据没有改动。请换一份备份再试',
  BACKUP_TOO_LARGE: '备份文件超过上传上限，没有上传。请把备份文件放到本机后再选择，或联系技术人员',
  BACKUP_FAILED: '备份没有完成：可能磁盘已满或没有写入权限，请清理磁盘或换一个位置后重试。现有数据没有改动',
  EVIDENCE_PATH_BLOCKED: '证明材料文件夹中，备份里某份材料应放的位置已被一个文件夹、链接或其他非普通文件占用，没有恢复，现有数据没有改动。请检查数据文件夹中的 evidence 文件夹后再试',
  'BACKUP_NOT_FOUND.picked': '找不到选中的备份文件，请重新选择。',
  'BACKUP_NOT_FOUND.notAFile': '选中的不是一个文件，请重新选择备份文件。',
  'BACKUP_NOT_FOUND.automatic': (d: { name: string }) => `找不到自动备份“${d.name.slice(0, 120)}”：它可能已被清理或移走，请刷新备份列表后重试。`,
  'BACKUP_FAILED.because': (d: { why: string }) => `备份没有完成：${d.why}。请清理磁盘或换一个位置后重试。现有数据没有改动。`,
  'EVIDENCE_PATH_BLOCKED.at': (d: { file: string }) =>
    `证明材料应放在 ${d.file}，但这个位置（或它所在的文件夹）已被一个文件夹、链接或其他非普通文件占用，备份中的材料放不进去，没有恢复，现有数据没有改动。请检查这个位置后再试。`,
  'BACKUP_DAMAGED.journal': '这份自动备份旁记录的证明材料变动已损坏，无法连同证明材料一起撤销，没有恢复，现有数据没有改动。',
  'BACKUP_DAMAGED.journalFileMissing': '这份自动备份旁记录的证明材料缺失，无法连同证明材料一起撤销，没有恢复，现有数据没有改动。',
  'BACKUP_DAMAGED.journalFileChanged': '这份自动备份旁记录的证明材料已被改动，无法连同证明材料一起撤销，没有恢复，现有数据没有改动。',
  'BACKUP_TOO_LARGE.named': (d: { name: string; limit: string }) => `备份文件“${d.name}”超过 ${d.limit} 的上传上限，没有上传，现有数据没有改动。`,
} as const satisfies ErrorWords;
