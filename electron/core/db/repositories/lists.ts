import type { Lists, Rank } from '../../../../shared/settings/schemas';
import type { Executor } from '../../context';

export async function selectLists(db: Executor): Promise<Lists> {
  const ranks = (await db('ranks').orderBy(['sort_order', 'name']).select('name', 'takes_part')) as { name: string; takes_part: number }[];
  const attributes = (await db('unit_attributes').orderBy(['sort_order', 'name']).select('name')) as { name: string }[];
  return {
    ranks: ranks.map((r) => ({ name: r.name, takesPart: r.takes_part === 1 })),
    unitAttributes: attributes.map((a) => a.name),
  };
}

export async function rankExists(db: Executor, name: string): Promise<boolean> {
  return (await db('ranks').where({ name }).first('name')) !== undefined;
}

/** Replaces the rank list with `ranks`, in that order. */
export async function replaceRanks(db: Executor, ranks: Rank[]): Promise<void> {
  await db('ranks').del();
  if (ranks.length > 0) {
    await db('ranks').insert(ranks.map((r, i) => ({ name: r.name, takes_part: r.takesPart ? 1 : 0, sort_order: i })));
  }
}

/** Replaces the unit attribute list with `names`, in that order. */
export async function replaceUnitAttributes(db: Executor, names: string[]): Promise<void> {
  await db('unit_attributes').del();
  if (names.length > 0) await db('unit_attributes').insert(names.map((name, i) => ({ name, sort_order: i })));
}

/** How many people hold each of the given ranks (ranks nobody holds are absent). */
export async function rankHolderCounts(db: Executor, ranks: string[]): Promise<Map<string, number>> {
  if (ranks.length === 0) return new Map();
  const rows = (await db('staff').whereIn('rank', ranks).groupBy('rank').select('rank').count({ n: '*' })) as { rank: string; n: number }[];
  return new Map(rows.map((r) => [r.rank, Number(r.n)]));
}

/** How many units (archived ones included) carry each of the given attributes. */
export async function attributeUserCounts(db: Executor, attributes: string[]): Promise<Map<string, number>> {
  if (attributes.length === 0) return new Map();
  const rows = (await db('units').whereIn('attribute', attributes).groupBy('attribute').select('attribute').count({ n: '*' })) as {
    attribute: string;
    n: number;
  }[];
  return new Map(rows.map((r) => [r.attribute, Number(r.n)]));
}
