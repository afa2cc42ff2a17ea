import type { Executor } from '../context';
import { selectUnits } from '../db/repositories/units';
import { UnitResolver } from './unitResolver';

/** A person already in the desk, as the importer compares them. */
export interface ExistingStaff {
  id: number;
  idNumber: string;
  name: string;
  unitId: number;
  phone: string | null;
  account: string | null;
  rank: string | null;
  post: string | null;
  status: string;
  notes: string | null;
}

export interface ImportContext {
  units: UnitResolver;
  unitPathById: Map<number, string>;
  ranks: Set<string>;
  existing: Map<string, ExistingStaff>;
}

/** Loads what the importer compares against, once per import. */
export async function loadImportContext(db: Executor): Promise<ImportContext> {
  const units = await selectUnits(db, { includeArchived: true });
  const ranks = (await db('ranks').pluck('name')) as string[];
  const rows = (await db('staff').select(
    'id',
    'id_number as idNumber',
    'name',
    'unit_id as unitId',
    'phone',
    'account',
    'rank',
    'post',
    'status',
    'notes',
  )) as ExistingStaff[];
  return {
    units: new UnitResolver(units),
    unitPathById: new Map(units.map((u) => [u.id, u.path])),
    ranks: new Set(ranks),
    existing: new Map(rows.map((r) => [r.idNumber, r])),
  };
}
