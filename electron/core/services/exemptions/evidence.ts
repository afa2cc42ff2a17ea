import fs from 'node:fs';
import { deskError } from '../../../../shared/errors';
import { exemptionStatusLabels, type Evidence } from '../../../../shared/exemptions/schemas';
import { evidenceName } from '../../../../shared/rules/evidenceName';
import type { AuditAction } from '../../../../shared/rules/auditLabels';
import type { StoredFile } from '../../../../shared/common/schemas';
import { discardContent, readCandidate, readStored, storeContent, type StoredContent } from '../../evidence/evidenceStore';
import type { CoreContext, Executor } from '../../context';
import { closeEvidenceLink, insertEvidenceFile, insertEvidenceLink, selectEvidence, selectEvidenceFile, selectEvidenceOf } from '../../db/repositories/evidence';
import { inboxFile } from '../../files/inbox';
import { writeExport } from '../../files/outbox';
import { recordAction } from '../audit/actions';
import { existingExemption } from './view';
import type { ExemptionWithStaff } from '../../db/repositories/exemptions';

/**
 * 证明材料: uploaded files checked by content and size, stored once by their
 * SHA-256, linked to an application; replaced (the old link kept as history)
 * or removed (recorded). The bytes land on disk before the transaction; if
 * the transaction fails, newly written content is taken away again.
 */
interface Upload {
  name: string;
  stored: StoredContent;
}

async function takeUpload(ctx: CoreContext, fileId: string): Promise<Upload> {
  const entry = await inboxFile(ctx.paths.dataDir, fileId);
  const { bytes, kind } = await readCandidate(entry.path, entry.name);
  const stored = await storeContent(ctx.paths.dataDir, bytes, kind);
  return { name: evidenceName(entry.name, kind), stored };
}

/** Runs the database part; on failure removes content this action wrote that no row refers to. */
async function linking<T>(ctx: CoreContext, upload: Upload, run: (trx: Executor) => Promise<T>): Promise<T> {
  try {
    return await ctx.db.transaction(run);
  } catch (e) {
    if (upload.stored.wroteNew && !(await selectEvidenceFile(ctx.db, upload.stored.sha256))) await discardContent(ctx.paths.dataDir, upload.stored.sha256);
    throw e;
  }
}

function assertOpen(e: ExemptionWithStaff): void {
  if (e.status === 'rejected' || e.status === 'revoked') {
    throw deskError('EXEMPTION_STATUS.evidence', { status: exemptionStatusLabels[e.status] });
  }
}

async function assertNotLinked(trx: Executor, exemptionId: number, sha256: string): Promise<void> {
  const same = (await selectEvidenceOf(trx, [exemptionId])).find((e) => e.removedAt === null && e.sha256 === sha256);
  if (same) throw deskError('EVIDENCE_DUPLICATE.same', { name: same.name });
}

async function link(trx: Executor, ctx: CoreContext, exemptionId: number, upload: Upload, replacesId: number | null): Promise<{ evidence: Evidence; alreadyStored: boolean }> {
  const at = ctx.clock.now().toISOString();
  const { sha256, size, kind } = upload.stored;
  const fresh = await insertEvidenceFile(trx, { sha256, size, kind, stored_at: at });
  const id = await insertEvidenceLink(trx, { exemption_id: exemptionId, sha256, original_name: upload.name, added_at: at, added_by: ctx.actor, replaces_id: replacesId });
  return { evidence: (await selectEvidence(trx, id))!, alreadyStored: !fresh };
}

function auditEvidence(trx: Executor, ctx: CoreContext, action: AuditAction, owner: ExemptionWithStaff, before: Evidence | null, after: Evidence | null) {
  const shown = (e: Evidence | null) => e && { name: e.name, sha256: e.sha256, size: e.size, kind: e.kind, removedReason: e.removedReason, removedNote: e.removedNote };
  return recordAction(trx, ctx, {
    action,
    entity: 'exemption',
    entityId: owner.id,
    staffId: owner.staff_id,
    unitId: owner.unit_id,
    before: shown(before),
    after: shown(after),
  });
}

export async function attachEvidence(ctx: CoreContext, exemptionId: number, fileId: string): Promise<{ evidence: Evidence; alreadyStored: boolean }> {
  assertOpen(await existingExemption(ctx.db, exemptionId));
  const upload = await takeUpload(ctx, fileId);
  return linking(ctx, upload, async (trx) => {
    const owner = await existingExemption(trx, exemptionId);
    assertOpen(owner);
    await assertNotLinked(trx, exemptionId, upload.stored.sha256);
    const added = await link(trx, ctx, exemptionId, upload, null);
    await auditEvidence(trx, ctx, 'exemption.evidence.add', owner, null, added.evidence);
    return added;
  });
}

async function liveEvidence(db: Executor, evidenceId: number): Promise<Evidence> {
  const e = await selectEvidence(db, evidenceId);
  if (!e) throw deskError('EVIDENCE_NOT_FOUND.byId', { id: evidenceId });
  if (e.removedAt !== null) throw deskError('EVIDENCE_NOT_FOUND.removed', { name: e.name, replaced: e.removedReason === 'replaced' });
  return e;
}

export async function replaceEvidence(ctx: CoreContext, evidenceId: number, fileId: string): Promise<{ evidence: Evidence; alreadyStored: boolean }> {
  const old = await liveEvidence(ctx.db, evidenceId);
  assertOpen(await existingExemption(ctx.db, old.exemptionId));
  const upload = await takeUpload(ctx, fileId);
  return linking(ctx, upload, async (trx) => {
    const current = await liveEvidence(trx, evidenceId);
    const owner = await existingExemption(trx, current.exemptionId);
    assertOpen(owner);
    if (upload.stored.sha256 === current.sha256) throw deskError('EVIDENCE_DUPLICATE.replacing', { name: current.name });
    await assertNotLinked(trx, owner.id, upload.stored.sha256);
    const at = ctx.clock.now().toISOString();
    await closeEvidenceLink(trx, current.id, at, ctx.actor, 'replaced', null);
    const added = await link(trx, ctx, owner.id, upload, current.id);
    await auditEvidence(trx, ctx, 'exemption.evidence.replace', owner, (await selectEvidence(trx, current.id))!, added.evidence);
    return added;
  });
}

export async function removeEvidence(ctx: CoreContext, evidenceId: number, note?: string): Promise<Evidence> {
  return ctx.db.transaction(async (trx) => {
    const current = await liveEvidence(trx, evidenceId);
    const owner = await existingExemption(trx, current.exemptionId);
    assertOpen(owner);
    await closeEvidenceLink(trx, current.id, ctx.clock.now().toISOString(), ctx.actor, 'removed', note?.trim() || null);
    const removed = (await selectEvidence(trx, current.id))!;
    await auditEvidence(trx, ctx, 'exemption.evidence.remove', owner, current, removed);
    return removed;
  });
}

/** A copy of the stored file under its name, in the downloads folder; refused when the stored file is missing or altered. */
export async function openEvidence(ctx: CoreContext, evidenceId: number): Promise<StoredFile> {
  const e = await selectEvidence(ctx.db, evidenceId);
  if (!e) throw deskError('EVIDENCE_NOT_FOUND.byId', { id: evidenceId });
  const read = await readStored(ctx.paths.dataDir, e.sha256);
  if (!read.ok) {
    throw deskError('EVIDENCE_FILE_MISSING.open', { name: e.name, missing: read.problem === 'missing' });
  }
  const { file } = await writeExport(ctx.paths.dataDir, e.name, (target) => fs.promises.writeFile(target, read.bytes));
  return file;
}
