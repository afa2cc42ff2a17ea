import type { EvidenceKind } from '../../../../shared/exemptions/schemas';

/** What the printed archive shows, gathered by the exemptions service. */
export interface ArchiveEvidence {
  name: string;
  kind: EvidenceKind;
  sha256: string;
  addedAt: string;
  /** The checked bytes, or null with the reason when the stored file is missing or altered. */
  bytes: Uint8Array | null;
  problem: string | null;
}

export interface ArchivePerson {
  name: string;
  /** Partly hidden (430681********123X): the archive travels on paper. */
  idMasked: string;
  unitPath: string;
  ground: string;
  status: string;
  retirementDate: string | null;
  appliedOn: string | null;
  reviewer: string | null;
  reviewedOn: string | null;
  decidedOn: string | null;
  platformSetOn: string | null;
  notes: string | null;
  flags: string[];
  evidence: ArchiveEvidence[];
}

export interface ExemptionPdfInput {
  year: number;
  /** 'all units', or a unit path with whether its sub-units are in. */
  scope: string;
  printedOn: string;
  printedBy: string;
  people: ArchivePerson[];
}

export interface ArchiveProblem {
  name: string;
  evidence: string;
  message: string;
}

export interface BuiltArchive {
  bytes: Uint8Array;
  pages: number;
  problems: ArchiveProblem[];
  /** Set when some text had characters the font cannot draw (marked □ in print): what to complete by hand. */
  glyphWarning: string | null;
}
