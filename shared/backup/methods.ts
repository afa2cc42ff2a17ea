import { z } from 'zod';
import type { MethodTable } from '../methodTable';

export const backupEntrySchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  size: z.number().int(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

export const backupCountsSchema = z.object({
  units: z.number().int(),
  staff: z.number().int(),
  exemptions: z.number().int(),
  bookings: z.number().int(),
});
export type BackupCounts = z.infer<typeof backupCountsSchema>;

/**
 * A backup to look into or restore: an uploaded file, one of the automatic
 * backups by name, or (desktop app) a file the admin picked in the open
 * dialog, read where it lies and known to the page only by an id.
 */
export const backupSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('upload'), fileId: z.string().regex(/^[0-9a-f]{32}$/) }).strict(),
  z.object({ kind: z.literal('picked'), fileId: z.string().regex(/^[0-9a-f]{32}$/) }).strict(),
  z.object({ kind: z.literal('automatic'), name: z.string().min(1).max(200) }).strict(),
]);
export type BackupSource = z.infer<typeof backupSourceSchema>;

export const backupPreviewSchema = z.object({
  /** 'backupFile': the one-file backup (.xfbak: database and evidence); 'database': a database file alone. */
  kind: z.enum(['backupFile', 'database']),
  name: z.string(),
  createdAt: z.string().nullable(),
  appVersion: z.string().nullable(),
  schemaVersion: z.string().nullable(),
  counts: backupCountsSchema,
  evidenceFiles: z.number().int(),
  evidenceBytes: z.number().int(),
  /**
   * What restoring it would do to the evidence folder as it is now: files
   * added (or, undoing a restore, put back), damaged files repaired, files
   * removed (undoing a restore: the ones it added). Sound files are never touched.
   */
  evidenceChanges: z.object({ add: z.number().int(), repair: z.number().int(), remove: z.number().int() }),
  size: z.number().int(),
});
export type BackupPreview = z.infer<typeof backupPreviewSchema>;

export const integrityReportSchema = z.object({
  ok: z.boolean(),
  checkedAt: z.string(),
  /** PRAGMA integrity_check's findings ('ok' alone when sound). */
  integrity: z.array(z.string()),
  /** PRAGMA foreign_key_check's findings. */
  foreignKeys: z.array(z.object({ table: z.string(), rowid: z.number().nullable(), parent: z.string() })),
  /** The evidence store's re-hash (its own verify pass): files checked and what is wrong; null only when a check was asked for without it. */
  evidence: z.object({ checked: z.number().int(), problems: z.array(z.string()) }).nullable(),
  /** When something is wrong: the newest automatic backup that passes its own check. */
  latestGoodBackup: backupEntrySchema.nullable(),
});
export type IntegrityReport = z.infer<typeof integrityReportSchema>;

/** The contract's 备份与恢复、完整性检查 methods; merged into the one table in shared/contract.ts. */
export const backupMethods = {
  'backup.status': {
    args: z.object({}).strict(),
    result: z.object({
      dataDir: z.string(),
      databaseFile: z.string(),
      backupsDir: z.string(),
      evidenceDir: z.string(),
      keepCount: z.number().int(),
      backups: z.array(backupEntrySchema),
    }),
  },
  /** How many automatic backups to keep; the oldest beyond it are removed at once. */
  'backup.setKeepCount': {
    args: z.object({ keepCount: z.number().int().min(3).max(365) }).strict(),
    result: z.object({ keepCount: z.number().int(), removed: z.number().int() }),
  },
  /** A one-file backup (database and evidence store) to download or save. */
  'backup.create': {
    args: z.object({}).strict(),
    result: z.object({ fileId: z.string(), name: z.string(), size: z.number().int(), counts: backupCountsSchema, evidenceFiles: z.number().int() }),
  },
  /** Checks a backup fully and tells what it holds; changes nothing. */
  'backup.inspect': {
    args: z.object({ source: backupSourceSchema }).strict(),
    result: backupPreviewSchema,
  },
  /** Replaces the desk's data with a backup's, keeping the present state as an automatic backup (to undo). */
  'backup.restore': {
    args: z.object({ source: backupSourceSchema }).strict(),
    result: z.object({
      preview: backupPreviewSchema,
      beforeRestore: backupEntrySchema,
      /** Evidence files the restore added (or, undoing a restore, put back). */
      evidenceRestored: z.number().int(),
      /** Damaged evidence files (content no longer matching their name) replaced by the backup's good copy. */
      evidenceRepaired: z.number().int(),
      /** Evidence files taken away again: undoing a restore removes what that restore added. */
      evidenceRemoved: z.number().int(),
    }),
  },
  /** The full check on demand: integrity_check and foreign_key_check of the database. */
  'backup.checkIntegrity': {
    args: z.object({}).strict(),
    result: integrityReportSchema,
  },
} as const satisfies MethodTable;
