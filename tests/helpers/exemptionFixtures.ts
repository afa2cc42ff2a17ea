import type { Desk } from '../../electron/core/desk';
import type { ExemptionDetail } from '../../shared/exemptions/schemas';
import type { Staff } from '../../shared/staff/schemas';
import { upload } from './evidenceFiles';
import { idNumber } from './idNumber';
import { createStaff } from './staffFixtures';
import { call } from './tempDesk';

/** People and applications for the 免考管理 tests. */

/** A person born on `birth` (YYYYMMDD); odd seq: man, even: woman. */
export function person(desk: Desk, unitId: number, name: string, birth: string, seq: number, extra: Record<string, unknown> = {}): Promise<Staff> {
  return createStaff(desk, { unitId, name, idNumber: idNumber(birth, seq), ...extra });
}

export function apply(desk: Desk, staffId: number, ground: 'retirement' | 'maternity' | 'illness', extra: Record<string, unknown> = {}): Promise<ExemptionDetail> {
  return call(desk, 'exemptions.create', { staffId, year: 2024, ground, appliedOn: '2024-08-20', reviewer: '人事科 李科长', reviewedOn: '2024-08-22', ...extra });
}

export async function attach(desk: Desk, exemptionId: number, name: string, bytes: Uint8Array): Promise<{ evidence: { id: number; sha256: string; name: string }; alreadyStored: boolean }> {
  const file = await upload(desk, name, bytes);
  return call(desk, 'exemptions.attachEvidence', { exemptionId, fileId: file.fileId });
}

export function approve(desk: Desk, id: number, decidedOn = '2024-08-25'): Promise<ExemptionDetail> {
  return call(desk, 'exemptions.decide', { id, decision: 'approved', decidedOn });
}
