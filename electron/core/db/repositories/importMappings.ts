import type { RosterField } from '../../../../shared/excel/schemas';
import type { Executor } from '../../context';

/** Normalised header → field (null: 不导入), as the admin chose them on earlier imports. */
export type ColumnChoices = Record<string, RosterField | null>;

export async function selectImportMappings(db: Executor): Promise<ColumnChoices> {
  const rows = (await db('import_mappings').select('header', 'field')) as { header: string; field: RosterField | null }[];
  return Object.fromEntries(rows.map((r) => [r.header, r.field]));
}

/** Stores the given choices (insert or replace), leaving the others as they are. */
export async function upsertImportMappings(db: Executor, choices: ColumnChoices): Promise<void> {
  const rows = Object.entries(choices).map(([header, field]) => ({ header, field }));
  for (let i = 0; i < rows.length; i += 200) {
    await db('import_mappings').insert(rows.slice(i, i + 200)).onConflict('header').merge();
  }
}
