/** A file's size as the admin reads it: 512 字节, 1.5 KB, 20.0 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A row error's message without its 「第 N 行“列”列：」 lead, for a table that shows row and column already. */
export function problemText(message: string): string {
  return message.replace(/^第 \d+ 行“[^”]*”列：/, '');
}

/** An ISO instant as the admin's local date and time: 2024-09-02 09:00. */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/**
 * The database structure's version (the newest migration's name, such as
 * 20261207091000_retirement_settlements) as the admin reads it: the date and
 * time it was made, 2026-12-07 09:10 版. Support can match it with a release.
 */
export function schemaVersionText(version: string | null | undefined): string {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})\d{2}_/.exec(version ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]} 版` : '未知';
}
