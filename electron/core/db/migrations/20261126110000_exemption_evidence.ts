import type { Knex } from 'knex';

/**
 * 免考管理's own tables: the evidence files (证明材料) stored once by their
 * SHA-256 under <data folder>/evidence, and their links to applications,
 * which keep the history of replacements and removals. Also the date and
 * reason of a withdrawal (撤销), which the year-work table did not have.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`ALTER TABLE exemptions ADD COLUMN revoked_on TEXT`);
  await knex.raw(`ALTER TABLE exemptions ADD COLUMN revoked_reason TEXT`);

  // One row per distinct content; the file on disk is named by the hash, never by the user's name.
  await knex.raw(`
    CREATE TABLE evidence_files (
      sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
      size INTEGER NOT NULL CHECK (size >= 0),
      kind TEXT NOT NULL CHECK (kind IN ('pdf', 'jpeg', 'png')),
      stored_at TEXT NOT NULL
    ) STRICT`);

  // A file attached to an application. Replacing or removing one closes the link
  // (removed_at) and keeps it as history; a replacement points at what it replaced.
  await knex.raw(`
    CREATE TABLE exemption_evidence (
      id INTEGER PRIMARY KEY,
      exemption_id INTEGER NOT NULL REFERENCES exemptions(id) ON DELETE RESTRICT,
      sha256 TEXT NOT NULL REFERENCES evidence_files(sha256) ON DELETE RESTRICT,
      original_name TEXT NOT NULL CHECK (length(original_name) > 0),
      added_at TEXT NOT NULL,
      added_by TEXT NOT NULL,
      replaces_id INTEGER REFERENCES exemption_evidence(id) ON DELETE RESTRICT,
      removed_at TEXT,
      removed_by TEXT,
      removed_reason TEXT CHECK (removed_reason IN ('replaced', 'removed')),
      removed_note TEXT,
      CHECK ((removed_at IS NULL) = (removed_reason IS NULL))
    ) STRICT`);
  await knex.raw(`CREATE INDEX exemption_evidence_exemption ON exemption_evidence (exemption_id, removed_at)`);
  await knex.raw(`CREATE INDEX exemption_evidence_sha ON exemption_evidence (sha256)`);
}
