import type { BackupPreview } from '../../../../shared/backup/methods';
import { schemaVersionText } from '../../text/format';

/** Why an automatic backup was taken, in the admin's words. */
export function reasonLabel(reason: string): string {
  const labels: Record<string, string> = {
    daily: '每日自动备份',
    'before-migrate': '升级数据结构前',
    'before-import': '导入名册前',
    'before-restore': '恢复备份前（可用于撤销恢复）',
    'unreadable-before-restore': '恢复前保留的无法打开的数据文件',
  };
  return labels[reason] ?? reason;
}

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A backup's time as the admin reads it: ISO times (manual backups) in local time; automatic ones are local already. */
export function timeText(at: string | null): string {
  if (!at) return '未知';
  if (!at.includes('T')) return at;
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

export function previewLines(p: BackupPreview): [string, string][] {
  const c = p.counts;
  return [
    ['备份文件', p.name],
    ['内容', p.kind === 'backupFile' ? '数据库和证明材料' : p.evidenceChanges.add + p.evidenceChanges.remove > 0 ? '仅数据库，并撤销那次恢复对证明材料的改动' : '仅数据库'],
    ['备份时间', timeText(p.createdAt)],
    ['程序版本', p.appVersion ?? '未知'],
    ['数据结构版本', schemaVersionText(p.schemaVersion)],
    ['单位', `${c.units} 个`],
    ['学员', `${c.staff} 名`],
    ['免考记录', `${c.exemptions} 条`],
    ['报考记录', `${c.bookings} 条`],
    ['证明材料', `${p.evidenceFiles} 个文件（${sizeText(p.evidenceBytes)}）`],
    ['恢复时证明材料的变动', evidencePlanText(p.evidenceChanges)],
  ];
}

/** What a restore will do to the evidence folder, before the admin confirms. */
export function evidencePlanText(c: BackupPreview['evidenceChanges']): string {
  const parts: string[] = [];
  if (c.add > 0) parts.push(`放回 ${c.add} 个文件`);
  if (c.repair > 0) parts.push(`用备份中的完好副本修复 ${c.repair} 个已损坏的文件`);
  if (c.remove > 0) parts.push(`移除被撤销的那次恢复加入的 ${c.remove} 个文件`);
  return parts.length > 0 ? `${parts.join('，')}；其余证明材料不变` : '不变（现有证明材料一个也不会被覆盖或删除）';
}

/** What a restore did to the evidence folder, in one sentence; null when it left it alone. */
export function evidenceOutcome(r: { evidenceRestored: number; evidenceRepaired: number; evidenceRemoved: number }): string | null {
  const parts: string[] = [];
  if (r.evidenceRestored > 0) parts.push(`放回 ${r.evidenceRestored} 个证明材料文件`);
  if (r.evidenceRepaired > 0) parts.push(`用备份中的完好副本修复了 ${r.evidenceRepaired} 个已损坏的证明材料文件`);
  if (r.evidenceRemoved > 0) parts.push(`移除了被撤销的那次恢复加入的 ${r.evidenceRemoved} 个证明材料文件`);
  return parts.length > 0 ? `证明材料：${parts.join('，')}。` : null;
}
