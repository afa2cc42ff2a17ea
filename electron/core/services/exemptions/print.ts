import fs from 'node:fs';
import { exemptionStatusLabels, type ArchiveResult, type Exemption } from '../../../../shared/exemptions/schemas';
import { maskIdNumber } from '../../../../shared/rules/idNumber';
import { exemptionGroundLabels } from '../../../../shared/rules/yearPolicy';
import { readStored } from '../../evidence/evidenceStore';
import { loadCjkFont } from '../../print/fontPath';
import { buildExemptionPdf } from '../../print/exemptionPdf/exemptionPdf';
import type { ArchiveEvidence, ArchivePerson } from '../../print/exemptionPdf/types';
import type { CoreContext } from '../../context';
import { selectEvidenceOf } from '../../db/repositories/evidence';
import { unitTrail } from '../../db/repositories/staff';
import { writeExport } from '../../files/outbox';
import { localDate } from '../settings/desk';
import { listExemptions } from './view';

/**
 * 打印存档: the approved exemptions of a unit (with or without its sub-units,
 * or all units) and year as one PDF. Each evidence file is read back and
 * checked against its hash; one missing or altered on disk gets a page saying
 * so in the PDF and is listed in `problems`.
 */
export interface ArchiveScope {
  year: number;
  unitId?: number;
  includeSubunits?: boolean;
}

export interface BuiltExemptionArchive extends Omit<ArchiveResult, 'fileId' | 'size'> {
  bytes: Uint8Array;
}

const PROBLEM = { missing: '文件在数据文件夹中找不到（可能被删除或移走）', altered: '文件已被改动，与保存时的校验码不符' } as const;

async function peopleOf(ctx: CoreContext, exemptions: Exemption[]): Promise<ArchivePerson[]> {
  const evidence = (await selectEvidenceOf(ctx.db, exemptions.map((e) => e.id))).filter((e) => e.removedAt === null);
  const people: ArchivePerson[] = [];
  for (const x of exemptions) {
    const files: ArchiveEvidence[] = [];
    for (const e of evidence.filter((v) => v.exemptionId === x.id)) {
      const read = await readStored(ctx.paths.dataDir, e.sha256);
      files.push({ name: e.name, kind: e.kind, sha256: e.sha256, addedAt: e.addedAt, bytes: read.ok ? read.bytes : null, problem: read.ok ? null : PROBLEM[read.problem] });
    }
    people.push({
      name: x.name,
      idMasked: maskIdNumber(x.idNumber),
      unitPath: x.unitPath,
      ground: exemptionGroundLabels[x.ground],
      status: exemptionStatusLabels[x.status],
      retirementDate: x.ground === 'retirement' ? x.retirementDate : null,
      appliedOn: x.appliedOn,
      reviewer: x.reviewer,
      reviewedOn: x.reviewedOn,
      decidedOn: x.decidedOn,
      platformSetOn: x.platformSetOn,
      notes: x.notes,
      flags: x.flags.map((f) => f.message),
      evidence: files,
    });
  }
  return people;
}

export async function buildExemptionArchive(ctx: CoreContext, scope: ArchiveScope): Promise<BuiltExemptionArchive> {
  const exemptions = await listExemptions(ctx.db, scope.year, { unitId: scope.unitId, includeSubunits: scope.includeSubunits, status: 'approved' });
  const people = await peopleOf(ctx, exemptions);
  const unit = scope.unitId === undefined ? null : await unitTrail(ctx.db, scope.unitId);
  const scopeText = unit ? `${unit.path}${scope.includeSubunits === false ? '（不含下级单位）' : '（含下级单位）'}` : '全部单位';
  const now = ctx.clock.now();
  const font = await loadCjkFont();
  const built = await buildExemptionPdf({ year: scope.year, scope: scopeText, printedOn: localDate(now), printedBy: ctx.actor, people }, font, now);
  return {
    bytes: built.bytes,
    name: `免考存档-${scope.year}-${unit ? unit.name : '全部单位'}.pdf`,
    pages: built.pages,
    people: people.length,
    evidenceFiles: people.reduce((n, p) => n + p.evidence.length, 0),
    problems: built.problems,
    glyphWarning: built.glyphWarning,
  };
}

/** The archive as a download (the screen's 预览 and 保存). */
export async function printExemptionArchive(ctx: CoreContext, scope: ArchiveScope): Promise<ArchiveResult> {
  const { bytes, ...built } = await buildExemptionArchive(ctx, scope);
  const { file } = await writeExport(ctx.paths.dataDir, built.name, (target) => fs.promises.writeFile(target, bytes));
  return { ...built, fileId: file.fileId, name: file.name, size: file.size };
}
