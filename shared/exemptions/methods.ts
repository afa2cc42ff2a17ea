import { z } from 'zod';
import { applicationFields, applicationPatchSchema, archiveResultSchema, candidatesResultSchema, evidenceAddedSchema, evasionDecisionSchema, evidenceSchema, exemptionDetailSchema, exemptionSchema, exemptionStatusSchema, exemptionYearSchema, verifyReportSchema } from './schemas';
import { daySchema, fileIdSchema, storedFileSchema } from '../common/schemas';
import { exemptionGroundSchema } from '../rules/yearPolicy';
import type { MethodTable } from '../methodTable';

const id = z.number().int().positive();
const unitScope = { unitId: id.optional(), includeSubunits: z.boolean().optional() };

/** The contract's 免考管理（申请、证明材料、打印存档、核验） methods; merged into the one table in shared/contract.ts. */
export const exemptionMethods = {
  /** People in service whose statutory retirement date fits the year's window (ground 1). */
  'exemptions.candidates': {
    args: z.object({ year: exemptionYearSchema, ...unitScope }).strict(),
    result: candidatesResultSchema,
  },
  /** The year's applications (one unit with or without its sub-units, or all), with their checks. */
  'exemptions.list': {
    args: z.object({ year: exemptionYearSchema, ...unitScope, status: exemptionStatusSchema.optional() }).strict(),
    result: z.array(exemptionSchema),
  },
  'exemptions.get': {
    args: z.object({ id }).strict(),
    result: exemptionDetailSchema,
  },
  /** Starts an application (待审批) for a person and year. */
  'exemptions.create': {
    args: z.object({ staffId: id, year: exemptionYearSchema, ground: exemptionGroundSchema, ...applicationFields }).strict(),
    result: exemptionDetailSchema,
  },
  /** Changes an application: anything while 待审批; once approved, every record field but the ground (the application, the HR review, the platform date, notes). */
  'exemptions.update': {
    args: z.object({ id, patch: applicationPatchSchema }).strict(),
    result: exemptionDetailSchema,
  },
  /** Approves or rejects an application waiting for a decision. */
  'exemptions.decide': {
    args: z.object({ id, decision: z.enum(['approved', 'rejected']), decidedOn: daySchema }).strict(),
    result: exemptionDetailSchema,
  },
  /**
   * Decides a suspected evasion of an approved exemption: 认定为规避 (confirmed: the
   * exemption no longer counts and the person is treated as not having taken
   * part that year) or 排除 (cleared, with a reason); null takes the decision back.
   */
  'exemptions.decideEvasion': {
    args: z
      .object({ id, decision: evasionDecisionSchema.nullable(), decidedOn: daySchema.optional(), reason: z.string().max(500).optional() })
      .strict(),
    result: exemptionDetailSchema,
  },
  /** Withdraws an application (待审批 or 已批准); the person needs credits and an exam again. */
  'exemptions.revoke': {
    args: z.object({ id, revokedOn: daySchema, reason: z.string().trim().min(1, '请填写撤销原因').max(500) }).strict(),
    result: exemptionDetailSchema,
  },
  /** Attaches an uploaded file (PDF, JPEG or PNG, checked by content) as evidence. */
  'exemptions.attachEvidence': {
    args: z.object({ exemptionId: id, fileId: fileIdSchema }).strict(),
    result: evidenceAddedSchema,
  },
  /** Replaces one evidence file by an uploaded one; the old one stays in the history. */
  'exemptions.replaceEvidence': {
    args: z.object({ evidenceId: id, fileId: fileIdSchema }).strict(),
    result: evidenceAddedSchema,
  },
  /** Takes an evidence file off the application (recorded; the stored file is kept). */
  'exemptions.removeEvidence': {
    args: z.object({ evidenceId: id, note: z.string().max(500).optional() }).strict(),
    result: evidenceSchema,
  },
  /** A copy of an evidence file (current or historical) to open or save, as a download. */
  'exemptions.openEvidence': {
    args: z.object({ evidenceId: id }).strict(),
    result: storedFileSchema,
  },
  /** The printed archive (打印存档) of approved exemptions for a unit and year, as a PDF to download. */
  'exemptions.print': {
    args: z.object({ year: exemptionYearSchema, ...unitScope }).strict(),
    result: archiveResultSchema,
  },
  /** Re-hashes every evidence file (missing, altered, stray) and runs the database integrity check. */
  'exemptions.verifyEvidence': {
    args: z.object({}).strict(),
    result: verifyReportSchema,
  },
} as const satisfies MethodTable;
