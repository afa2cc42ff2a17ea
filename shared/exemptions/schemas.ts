import { daySchema, yearSchema } from '../common/schemas';
import { exemptionGroundSchema } from '../rules/yearPolicy';
import { z } from 'zod';

/** The 免考管理 feature's schemas: applications, evidence, candidates, the print archive and its check. */

export const exemptionYearSchema = yearSchema;
export const exemptionStatusSchema = z.enum(['draft', 'approved', 'rejected', 'revoked']);
export type ExemptionStatus = z.infer<typeof exemptionStatusSchema>;
export const exemptionStatusLabels: Record<ExemptionStatus, string> = {
  draft: '待审批',
  approved: '已批准',
  rejected: '未批准',
  revoked: '已撤销',
};
export const evidenceKindSchema = z.enum(['pdf', 'jpeg', 'png']);
export type EvidenceKind = z.infer<typeof evidenceKindSchema>;
export const evidenceSchema = z.object({
  id: z.number().int(),
  exemptionId: z.number().int(),
  /** The name the admin knows it by (text only, never a path on disk). */
  name: z.string(),
  kind: evidenceKindSchema,
  size: z.number().int(),
  sha256: z.string(),
  addedAt: z.string(),
  addedBy: z.string(),
  /** The evidence this one replaced. */
  replacesId: z.number().int().nullable(),
  removedAt: z.string().nullable(),
  removedBy: z.string().nullable(),
  removedReason: z.enum(['replaced', 'removed']).nullable(),
  removedNote: z.string().nullable(),
});
export type Evidence = z.infer<typeof evidenceSchema>;
/**
 * evasion: 疑似借免考规避考试, not yet decided; evasionConfirmed: the admin found it
 * an evasion (the exemption no longer counts); sharedEvidence: the same file
 * (same SHA-256) is attached to another person's application.
 */
export const exemptionFlagCodeSchema = z.enum(['evasion', 'evasionConfirmed', 'noEvidence', 'noReview', 'sharedEvidence']);
export type ExemptionFlagCode = z.infer<typeof exemptionFlagCodeSchema>;
export const exemptionFlagSchema = z.object({ code: exemptionFlagCodeSchema, message: z.string() });
export type ExemptionFlag = z.infer<typeof exemptionFlagSchema>;
/** The admin's decision on a suspected evasion: 认定为规避 or 排除 (with a reason). */
export const evasionDecisionSchema = z.enum(['confirmed', 'cleared']);
export type EvasionDecision = z.infer<typeof evasionDecisionSchema>;
export const evasionDecisionLabels: Record<EvasionDecision, string> = {
  confirmed: '认定为规避考试',
  cleared: '排除规避考试嫌疑',
};
export const evasionSchema = z.object({
  decision: evasionDecisionSchema,
  /** Why (required when cleared). */
  reason: z.string().nullable(),
  decidedOn: z.string(),
});
export type Evasion = z.infer<typeof evasionSchema>;
export const exemptionSchema = z.object({
  id: z.number().int(),
  staffId: z.number().int(),
  year: z.number().int(),
  name: z.string(),
  idNumber: z.string(),
  unitId: z.number().int(),
  unitPath: z.string(),
  ground: exemptionGroundSchema,
  status: exemptionStatusSchema,
  appliedOn: z.string().nullable(),
  reviewer: z.string().nullable(),
  reviewedOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
  platformSetOn: z.string().nullable(),
  revokedOn: z.string().nullable(),
  revokedReason: z.string().nullable(),
  notes: z.string().nullable(),
  /** The statutory retirement date computed from the roster (null when it cannot be computed). */
  retirementDate: z.string().nullable(),
  evidenceCount: z.number().int(),
  /** The checks an inspection would raise (approved applications; a shared evidence file also on waiting ones). */
  flags: z.array(exemptionFlagSchema),
  /** Approved after a missed or failed booked exam that year (疑似借免考规避考试), whether decided or not. */
  evasionSuspected: z.boolean(),
  /** The admin's decision on it, if any. */
  evasion: evasionSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Exemption = z.infer<typeof exemptionSchema>;
export const exemptionDetailSchema = exemptionSchema.extend({
  /** The evidence in force, oldest first. */
  evidence: z.array(evidenceSchema),
  /** Replaced and removed evidence, newest first. */
  history: z.array(evidenceSchema),
  /** Evidence in force whose very content (same SHA-256) is also attached to other people's applications. */
  sharedEvidence: z.array(
    z.object({
      evidenceId: z.number().int(),
      name: z.string(),
      others: z.array(z.object({ exemptionId: z.number().int(), name: z.string(), idNumber: z.string(), unitPath: z.string(), year: z.number().int(), status: exemptionStatusSchema })),
    }),
  ),
});
export type ExemptionDetail = z.infer<typeof exemptionDetailSchema>;
/** What the admin fills in on an application; null clears a field. */
export const applicationFields = {
  appliedOn: daySchema.nullable().optional(),
  reviewer: z.string().max(50).nullable().optional(),
  reviewedOn: daySchema.nullable().optional(),
  platformSetOn: daySchema.nullable().optional(),
  notes: z.string().max(2000).nullable().optional(),
};
export const applicationPatchSchema = z.object({ ground: exemptionGroundSchema.optional(), ...applicationFields }).strict();
export type ApplicationPatch = z.infer<typeof applicationPatchSchema>;
export const candidateSchema = z.object({
  staffId: z.number().int(),
  idNumber: z.string(),
  name: z.string(),
  unitId: z.number().int(),
  unit: z.string(),
  sex: z.enum(['男', '女']),
  birthDate: z.string(),
  retirementAge: z.number().int(),
  /** The retirement date that counts: the agreed 弹性延迟退休 date when recorded, else the statutory date. */
  retirementDate: z.string(),
  statutoryRetirementDate: z.string(),
  agreedRetirementDate: z.string().nullable(),
  /** 到龄未退 as of the planning date: still 在职 past the date that counts; to be settled, not an ordinary candidate. */
  overdue: z.boolean(),
  /** The person's live (draft or approved) application this year, if any. */
  exemption: z.object({ id: z.number().int(), status: exemptionStatusSchema }).nullable(),
});
export type Candidate = z.infer<typeof candidateSchema>;
export const candidatesResultSchema = z.object({
  year: z.number().int(),
  cutoff: z.string(),
  /** The last retirement date that fits: cutoff + the policy's years. */
  limitDate: z.string(),
  /** True when the year has no policy of its own and the 2024 rule (12-31, 2 years) was assumed. */
  policyAssumed: z.boolean(),
  candidates: z.array(candidateSchema),
});
export type CandidatesResult = z.infer<typeof candidatesResultSchema>;
export const archiveProblemSchema = z.object({ name: z.string(), evidence: z.string(), message: z.string() });
export const archiveResultSchema = z.object({
  fileId: z.string(),
  name: z.string(),
  size: z.number().int(),
  pages: z.number().int(),
  people: z.number().int(),
  evidenceFiles: z.number().int(),
  /** Evidence that could not be placed (missing or altered on disk, unreadable). */
  problems: z.array(archiveProblemSchema),
  /** Names and other text with characters the print font lacks, marked □ in the PDF; null when there are none. */
  glyphWarning: z.string().nullable(),
});
export type ArchiveResult = z.infer<typeof archiveResultSchema>;
const verifyFileSchema = z.object({ sha256: z.string(), names: z.array(z.string()) });
export const verifyReportSchema = z.object({
  ok: z.boolean(),
  checkedFiles: z.number().int(),
  missing: z.array(verifyFileSchema),
  altered: z.array(verifyFileSchema),
  /** Files in the evidence folder the database does not know. */
  stray: z.array(z.string()),
  /** PRAGMA integrity_check's answer: ['ok'] when sound. */
  integrity: z.array(z.string()),
});
export type VerifyReport = z.infer<typeof verifyReportSchema>;
export const evidenceAddedSchema = z.object({
  evidence: evidenceSchema,
  /** The same content was already in the archive: stored once, linked again. */
  alreadyStored: z.boolean(),
});
/** The largest evidence file taken. */
export const EVIDENCE_MAX_BYTES = 50 * 1024 * 1024;
