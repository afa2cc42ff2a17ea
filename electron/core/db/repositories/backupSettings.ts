import type { Executor } from '../../context';

/** The default when the settings row is missing (it never is after the migration). */
export const DEFAULT_KEEP_COUNT = 30;

export async function selectKeepCount(db: Executor): Promise<number> {
  const row = await db('backup_settings').where({ id: 1 }).first<{ keep_count: number } | undefined>();
  return row?.keep_count ?? DEFAULT_KEEP_COUNT;
}

export async function updateKeepCount(db: Executor, keepCount: number, at: string): Promise<void> {
  await db('backup_settings').insert({ id: 1, keep_count: keepCount, updated_at: at }).onConflict('id').merge();
}
