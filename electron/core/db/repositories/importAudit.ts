import type { Executor } from '../../context';

/**
 * The audit rows of the people an import created, written by SQLite from the
 * rows just inserted (ids above `afterId`, up to `upToId`) rather than built in JavaScript:
 * at 100,000 people that is most of an import's time and memory otherwise.
 * Each row's `after` is the person as stored, their unit path and the file.
 */
export async function auditCreatedStaff(
  trx: Executor,
  e: { at: string; actor: string; afterId: number; upToId: number; source: string; unitPaths: Map<number, string> },
): Promise<void> {
  await trx.raw(
    `WITH paths AS MATERIALIZED (SELECT CAST(value ->> 0 AS INTEGER) AS id, value ->> 1 AS path FROM json_each(?))
     INSERT INTO audit_log (at, actor, action, entity, entity_id, unit_id, staff_id, before_json, after_json)
     SELECT ?, ?, 'staff.create', 'staff', s.id, s.unit_id, s.id, NULL,
            json_object('idNumber', s.id_number, 'name', s.name, 'sex', s.sex, 'birthDate', s.birth_date, 'unitPath', p.path,
                        'phone', s.phone, 'account', s.account, 'rank', s.rank, 'post', s.post, 'status', s.status, 'notes', s.notes,
                        'source', ?)
     FROM staff s LEFT JOIN paths p ON p.id = s.unit_id
     WHERE s.id > ? AND s.id <= ?
     ORDER BY s.id`,
    [JSON.stringify([...e.unitPaths]), e.at, e.actor, e.source, e.afterId, e.upToId],
  );
}
