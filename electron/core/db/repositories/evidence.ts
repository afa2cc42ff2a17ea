import type { Evidence, EvidenceKind } from '../../../../shared/exemptions/schemas';
import type { Executor } from '../../context';

/** Stored evidence content (evidence_files) and its links to applications (exemption_evidence). */
export interface EvidenceFileRow {
  sha256: string;
  size: number;
  kind: EvidenceKind;
  stored_at: string;
}

interface EvidenceLinkRow {
  id: number;
  exemption_id: number;
  sha256: string;
  original_name: string;
  added_at: string;
  added_by: string;
  replaces_id: number | null;
  removed_at: string | null;
  removed_by: string | null;
  removed_reason: 'replaced' | 'removed' | null;
  removed_note: string | null;
  size: number;
  kind: EvidenceKind;
}

function toEvidence(r: EvidenceLinkRow): Evidence {
  return {
    id: r.id,
    exemptionId: r.exemption_id,
    name: r.original_name,
    kind: r.kind,
    size: r.size,
    sha256: r.sha256,
    addedAt: r.added_at,
    addedBy: r.added_by,
    replacesId: r.replaces_id,
    removedAt: r.removed_at,
    removedBy: r.removed_by,
    removedReason: r.removed_reason,
    removedNote: r.removed_note,
  };
}

function links(db: Executor) {
  return db('exemption_evidence as l').join('evidence_files as f', 'f.sha256', 'l.sha256').select('l.*', 'f.size', 'f.kind');
}

export async function selectEvidence(db: Executor, id: number): Promise<Evidence | undefined> {
  const row = (await links(db).where('l.id', id).first()) as EvidenceLinkRow | undefined;
  return row && toEvidence(row);
}

/** Every link of the given applications, in the order added. */
export async function selectEvidenceOf(db: Executor, exemptionIds: number[]): Promise<Evidence[]> {
  if (exemptionIds.length === 0) return [];
  const rows = (await links(db)
    .whereRaw('l.exemption_id IN (SELECT value FROM json_each(?))', [JSON.stringify(exemptionIds)])
    .orderBy('l.id')) as EvidenceLinkRow[];
  return rows.map(toEvidence);
}

export async function selectEvidenceFile(db: Executor, sha256: string): Promise<EvidenceFileRow | undefined> {
  return db<EvidenceFileRow>('evidence_files').where({ sha256 }).first();
}

/** Records stored content; returns false when that content was already known. */
export async function insertEvidenceFile(db: Executor, row: EvidenceFileRow): Promise<boolean> {
  const known = await selectEvidenceFile(db, row.sha256);
  if (known) return false;
  await db('evidence_files').insert(row);
  return true;
}

export async function insertEvidenceLink(
  db: Executor,
  row: { exemption_id: number; sha256: string; original_name: string; added_at: string; added_by: string; replaces_id: number | null },
): Promise<number> {
  const [id] = await db('exemption_evidence').insert(row);
  return id as number;
}

export async function closeEvidenceLink(db: Executor, id: number, at: string, by: string, reason: 'replaced' | 'removed', note: string | null): Promise<void> {
  await db('exemption_evidence').where({ id }).whereNull('removed_at').update({ removed_at: at, removed_by: by, removed_reason: reason, removed_note: note });
}

/** Every stored content with the names it is linked under (for the verify pass). */
export async function selectAllEvidenceFiles(db: Executor): Promise<(EvidenceFileRow & { names: string[] })[]> {
  const files = (await db<EvidenceFileRow>('evidence_files').orderBy('sha256')) as EvidenceFileRow[];
  const names = (await db('exemption_evidence').select('sha256', 'original_name').orderBy('id')) as { sha256: string; original_name: string }[];
  const bySha = new Map<string, string[]>();
  for (const n of names) bySha.set(n.sha256, [...new Set([...(bySha.get(n.sha256) ?? []), n.original_name])]);
  return files.map((f) => ({ ...f, names: bySha.get(f.sha256) ?? [] }));
}
