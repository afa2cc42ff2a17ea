import type { StaffSearch } from '../../shared/staff/schemas';
import type { Desk } from '../../electron/core/desk';

/** A named group of roster searches the bench times together. */
export interface QueryGroup {
  name: string;
  queries: Omit<StaffSearch, 'year'>[];
}

interface Sample {
  id: number;
  name: string;
  id_number: string;
  phone: string;
  unit_id: number;
}

/**
 * About fifty searches an admin types, drawn from the generated desk itself
 * (so they find people): name fragments, ID and phone prefixes, and a top
 * and a mid-level unit's subtree, alone and with a status or a name.
 */
export async function searchQueries(desk: Desk): Promise<QueryGroup[]> {
  const db = desk.ctx.db;
  const people = (await db.raw(
    `SELECT id, name, id_number, phone, unit_id FROM staff WHERE id % (SELECT max(1, count(*) / 12) FROM staff) = 0 ORDER BY id LIMIT 12`,
  )) as Sample[];
  const tops = (await db.raw(`SELECT id FROM units WHERE parent_id IS NULL ORDER BY sort_order LIMIT 4`)) as { id: number }[];
  // Second-level units with sections under them, and the surname of someone in the office itself.
  const mids = (await db.raw(
    `SELECT u.id, (SELECT substr(s.name, 1, 1) FROM staff s WHERE s.unit_id = u.id ORDER BY s.id LIMIT 1) AS surname
       FROM units u JOIN units p ON p.id = u.parent_id
      WHERE p.parent_id IS NULL AND EXISTS (SELECT 1 FROM units c WHERE c.parent_id = u.id)
        AND EXISTS (SELECT 1 FROM staff s WHERE s.unit_id = u.id)
      ORDER BY u.id LIMIT 4`,
  )) as { id: number; surname: string }[];
  const given = (n: string) => n.slice(-2);
  return [
    {
      name: 'name fragment',
      queries: [
        ...people.slice(0, 6).map((p) => ({ query: p.name })),
        ...people.slice(6, 12).map((p) => ({ query: given(p.name) })),
        { query: '张' },
        { query: '欧阳' },
      ],
    },
    {
      name: 'ID prefix',
      queries: [
        ...people.slice(0, 4).map((p) => ({ query: p.id_number.slice(0, 10) })),
        ...people.slice(4, 8).map((p) => ({ query: p.id_number.slice(0, 14) })),
        ...people.slice(8, 10).map((p) => ({ query: p.id_number })),
        { query: '430681' },
      ],
    },
    {
      name: 'phone prefix',
      queries: [
        ...people.slice(0, 5).map((p) => ({ query: p.phone.slice(0, 7) })),
        ...people.slice(5, 9).map((p) => ({ query: p.phone })),
        { query: '138' },
      ],
    },
    {
      name: 'subtree, top unit',
      queries: tops.flatMap((u) => [{ unitId: u.id }, { unitId: u.id, status: '在职' as const }]),
    },
    {
      name: 'subtree, mid unit',
      queries: mids.flatMap((u) => [{ unitId: u.id }, { unitId: u.id, includeSubunits: false }, { unitId: u.id, query: u.surname }]),
    },
  ];
}
