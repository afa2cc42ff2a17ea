import type { Knex } from 'knex';

/**
 * 人员异动: the one history of transfers, and the 待接收 list (a sending
 * admin's note that someone is leaving, to be received by another unit).
 *
 * A transfer row keeps the person's name, ID number and both units' paths as
 * text, so the history still reads right after a unit is renamed or deleted
 * (the unit ids then become NULL) or an arrival from outside is undone (the
 * person's record is then removed and staff_id becomes NULL).
 *
 * Unit changes an Excel import made before this table existed are in the
 * audit log only ('staff.transfer'); they are copied in here so the history
 * starts complete.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE transfers (
      id INTEGER PRIMARY KEY,
      staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
      id_number TEXT NOT NULL,
      name TEXT NOT NULL,
      from_unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
      from_path TEXT NOT NULL CHECK (length(trim(from_path)) > 0),
      from_outside INTEGER NOT NULL DEFAULT 0 CHECK (from_outside IN (0, 1)),
      to_unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
      to_path TEXT NOT NULL,
      effective_on TEXT NOT NULL CHECK (effective_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      reason TEXT,
      source TEXT NOT NULL CHECK (source IN ('desk', 'import')),
      source_file TEXT,
      status_before TEXT CHECK (status_before IS NULL OR status_before IN ('在职', '退休', '离职', '调离')),
      flagged_booking_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(flagged_booking_ids)),
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL,
      undone_at TEXT,
      undone_by TEXT,
      undo_reason TEXT
    ) STRICT`);
  await knex.raw(`CREATE INDEX transfers_staff ON transfers (staff_id, id)`);
  await knex.raw(`CREATE INDEX transfers_to ON transfers (to_unit_id, effective_on)`);
  await knex.raw(`CREATE INDEX transfers_from ON transfers (from_unit_id, effective_on)`);
  await knex.raw(`CREATE INDEX transfers_effective ON transfers (effective_on, id)`);

  await knex.raw(`
    CREATE TABLE expected_transfers (
      id INTEGER PRIMARY KEY,
      staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
      from_unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
      to_unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
      expected_on TEXT CHECK (expected_on IS NULL OR expected_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      note TEXT,
      status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'received', 'withdrawn')),
      transfer_id INTEGER REFERENCES transfers(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      closed_at TEXT
    ) STRICT`);
  // One open notice a person: marking again replaces it.
  await knex.raw(`CREATE UNIQUE INDEX expected_transfers_open ON expected_transfers (staff_id) WHERE status = 'pending'`);
  await knex.raw(`CREATE INDEX expected_transfers_to ON expected_transfers (to_unit_id, status)`);

  await copyImportTransfers(knex);
}

interface ImportTransferAudit {
  at: string;
  actor: string;
  staff_id: number | null;
  unit_id: number | null;
  from_path: string | null;
  to_path: string | null;
  source: string | null;
}

/** YYYY-MM-DD in the machine's local time zone, as the admin's calendar reads the audit time. */
function localDay(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

async function copyImportTransfers(knex: Knex): Promise<void> {
  const audits = (await knex.raw(`
    SELECT a.at, a.actor, a.staff_id, a.unit_id,
           json_extract(a.before_json, '$.unit') AS from_path,
           json_extract(a.after_json, '$.unit') AS to_path,
           json_extract(a.after_json, '$.source') AS source
      FROM audit_log a
     WHERE a.action = 'staff.transfer' AND json_valid(a.before_json) AND json_valid(a.after_json)
     ORDER BY a.id`)) as ImportTransferAudit[];
  const moves = audits.filter((a) => a.from_path && a.to_path);
  if (moves.length === 0) return;

  const units = (await knex.raw(`SELECT id, parent_id, name FROM units`)) as { id: number; parent_id: number | null; name: string }[];
  const byId = new Map(units.map((u) => [u.id, u]));
  const pathOf = (id: number): string => {
    const parts: string[] = [];
    for (let u = byId.get(id), guard = 0; u && guard < 100; u = u.parent_id === null ? undefined : byId.get(u.parent_id), guard++) parts.unshift(u.name);
    return parts.join('/');
  };
  const idByPath = new Map(units.map((u) => [pathOf(u.id), u.id]));
  const people = new Map(
    ((await knex.raw(`SELECT id, id_number, name FROM staff`)) as { id: number; id_number: string; name: string }[]).map((s) => [s.id, s]),
  );

  for (const m of moves) {
    const person = m.staff_id === null ? undefined : people.get(m.staff_id);
    if (!person) continue;
    await knex('transfers').insert({
      staff_id: person.id,
      id_number: person.id_number,
      name: person.name,
      from_unit_id: idByPath.get(m.from_path!) ?? null,
      from_path: m.from_path,
      from_outside: 0,
      to_unit_id: m.unit_id !== null && byId.has(m.unit_id) ? m.unit_id : (idByPath.get(m.to_path!) ?? null),
      to_path: m.to_path,
      effective_on: localDay(m.at),
      reason: '导入名册时单位变更',
      source: 'import',
      source_file: m.source,
      recorded_at: m.at,
      recorded_by: m.actor,
    });
  }
}
