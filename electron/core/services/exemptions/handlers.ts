import type { exemptionMethods } from '../../../../shared/exemptions/methods';
import { verifyEvidence } from '../../evidence/verify';
import type { HandlerTable } from '../../handlerTable';
import { createExemption, decideEvasion, decideExemption, revokeExemption, updateExemptionFields } from './applications';
import { exemptionCandidates } from './candidates';
import { attachEvidence, openEvidence, removeEvidence, replaceEvidence } from './evidence';
import { printExemptionArchive } from './print';
import { exemptionDetail, listExemptions } from './view';

/** One service function per method of shared/exemptions/methods.ts. */
export const exemptionHandlers: HandlerTable<typeof exemptionMethods> = {
  'exemptions.candidates': (ctx, a) => exemptionCandidates(ctx, a.year, a.unitId, a.includeSubunits),
  'exemptions.list': (ctx, a) => listExemptions(ctx.db, a.year, a),
  'exemptions.get': (ctx, a) => exemptionDetail(ctx.db, a.id),
  'exemptions.create': (ctx, a) => createExemption(ctx, a),
  'exemptions.update': (ctx, a) => updateExemptionFields(ctx, a.id, a.patch),
  'exemptions.decide': (ctx, a) => decideExemption(ctx, a.id, a.decision, a.decidedOn),
  'exemptions.decideEvasion': (ctx, a) => decideEvasion(ctx, a.id, a.decision, a.decidedOn, a.reason),
  'exemptions.revoke': (ctx, a) => revokeExemption(ctx, a.id, a.revokedOn, a.reason),
  'exemptions.attachEvidence': (ctx, a) => attachEvidence(ctx, a.exemptionId, a.fileId),
  'exemptions.replaceEvidence': (ctx, a) => replaceEvidence(ctx, a.evidenceId, a.fileId),
  'exemptions.removeEvidence': (ctx, a) => removeEvidence(ctx, a.evidenceId, a.note),
  'exemptions.openEvidence': (ctx, a) => openEvidence(ctx, a.evidenceId),
  'exemptions.print': (ctx, a) => printExemptionArchive(ctx, a),
  'exemptions.verifyEvidence': (ctx) => verifyEvidence(ctx.db, ctx.paths.dataDir),
};
