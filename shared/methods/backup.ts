import { z } from 'zod';
import type { MethodTable } from '../methodTable';
import { statsFigureKeys } from '../rules/statsFigures';

const year = z.number().int().min(2000).max(2100);
const unitId = z.number().int().positive().nullable();

/** One unit's (or the whole desk's) funnel for a year; see shared/rules/statsFigures.ts. */
export const funnelSchema = z.object({
  takingPart: z.number().int(),
  exempt: z.number().int(),
  expected: z.number().int(),
  /** Null when the year has no policy to say what complete means. */
  creditsComplete: z.number().int().nullable(),
  booked: z.number().int(),
  notBooked: z.number().int(),
  sat: z.number().int(),
  passed: z.number().int(),
  failed: z.number().int(),
  absent: z.number().int(),
  makeupRegistered: z.number().int(),
  makeupPassed: z.number().int(),
  passedFinal: z.number().int(),
  notPassed: z.number().int(),
  sitRate: z.number().nullable(),
  passRate: z.number().nullable(),
});
export type Funnel = z.infer<typeof funnelSchema>;

export const statsSummarySchema = z.object({
  year,
  /** The chosen unit, or null for every unit of the desk. */
  unit: z.object({ id: z.number().int(), name: z.string(), path: z.string() }).nullable(),
  creditsRequired: z.object({ compulsory: z.number(), elective: z.number() }).nullable(),
  total: funnelSchema,
  /** One row per sub-unit (with its own sub-units), and `own` for people placed in the chosen unit itself. */
  rows: z.array(z.object({ unitId: z.number().int(), name: z.string(), own: z.boolean(), funnel: funnelSchema })),
});
export type StatsSummary = z.infer<typeof statsSummarySchema>;

export const statsFigureSchema = z.enum(statsFigureKeys);

/** Whose figure: a unit with its sub-units (null: everyone), or with `ownOnly` the people placed in that unit itself. */
const scopeArgs = { year, unitId, ownOnly: z.boolean().optional(), figure: statsFigureSchema };

export const statsPersonSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  idNumber: z.string(),
  unitPath: z.string(),
  rank: z.string().nullable(),
  /** The year's situation in a few words: exemption, credits, booking and results. */
  detail: z.string(),
});
export type StatsPerson = z.infer<typeof statsPersonSchema>;

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
  /** 'archive': the one-file backup (database and evidence); 'database': a database file alone. */
  kind: z.enum(['archive', 'database']),
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
  /** The evidence archive's re-hash is the evidence store's own verify; null until it is wired in here. */
  evidence: z.object({ checked: z.number().int(), problems: z.array(z.string()) }).nullable(),
  /** When something is wrong: the newest automatic backup that passes its own check. */
  latestGoodBackup: backupEntrySchema.nullable(),
});
export type IntegrityReport = z.infer<typeof integrityReportSchema>;

/** The contract's 统计、备份与恢复、完整性检查 methods; spread into the one table in shared/contract.ts. */
export const backupMethods = {
  /** The year's funnel for a unit with its sub-units (or everyone), with one row per sub-unit. */
  'stats.summary': {
    args: z.object({ year, unitId }).strict(),
    result: statsSummarySchema,
  },
  /** The people behind one figure, a page at a time. */
  'stats.people': {
    args: z.object({ ...scopeArgs, offset: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(500).optional() }).strict(),
    result: z.object({ total: z.number().int(), rows: z.array(statsPersonSchema) }),
  },
  /** The summary table (and its sub-unit rows) as an Excel file to download. */
  'stats.exportSummary': {
    args: z.object({ year, unitId }).strict(),
    result: z.object({ fileId: z.string(), name: z.string() }),
  },
  /** The people behind one figure as an Excel file to download. */
  'stats.exportPeople': {
    args: z.object(scopeArgs).strict(),
    result: z.object({ fileId: z.string(), name: z.string(), rows: z.number().int() }),
  },
  /**
   * A demo tool: fills a year's credits, exemptions, bookings and results for
   * the people of one unit (with sub-units) who have none yet, to try the 统计
   * screen. Never part of real work.
   */
  'demo.yearWork': {
    args: z.object({ year, unitId: z.number().int().positive() }).strict(),
    result: z.object({ people: z.number().int(), exemptions: z.number().int(), credits: z.number().int(), bookings: z.number().int() }),
  },
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
  /** A one-file backup (database and evidence archive) to download or save. */
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
