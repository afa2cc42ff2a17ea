import { z } from 'zod';
import { backupCountsSchema } from '../../../shared/backup/methods';

/** The one-file backup's format; a reader refuses a newer formatVersion. */
export const BACKUP_FORMAT = 'xuefa-desk-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** The database's member name inside the backup file; evidence files are under evidence/. */
export const DATABASE_MEMBER = 'xuefa.sqlite';
export const EVIDENCE_PREFIX = 'evidence/';

/**
 * A member's name: a relative path of plain segments (letters, digits, . _ -),
 * never absolute, never `..`, so extracting one cannot reach outside its folder.
 */
const SEGMENT = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,200}$/;
export function isSafeMemberName(name: string): boolean {
  const parts = name.split('/');
  return name.length <= 1000 && parts.length <= 16 && parts.every((p) => SEGMENT.test(p));
}

/**
 * An evidence member is named exactly as the evidence store lays files out
 * (evidence/evidenceStore.ts: evidence/<first two hex>/<sha256>), so its name
 * says what its content must hash to. Returns that hash, or null for any
 * other name.
 */
const EVIDENCE_MEMBER = /^evidence\/([0-9a-f]{2})\/(([0-9a-f]{2})[0-9a-f]{62})$/;
export function evidenceMemberSha(name: string): string | null {
  const m = EVIDENCE_MEMBER.exec(name);
  return m && m[1] === m[3] ? m[2]! : null;
}

export function evidenceMemberName(sha256: string): string {
  return `${EVIDENCE_PREFIX}${sha256.slice(0, 2)}/${sha256}`;
}

export const memberSchema = z.object({
  name: z.string().refine(isSafeMemberName, '成员名称不安全'),
  offset: z.number().int().min(0),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Member = z.infer<typeof memberSchema>;

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  createdAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.string(),
  counts: backupCountsSchema,
  evidenceFiles: z.number().int().min(0),
  members: z.array(memberSchema).max(1_000_000),
});
export type Manifest = z.infer<typeof manifestSchema>;
