import type { Knex } from 'knex';
import { defaultRetirementAge } from '../../../shared/rules/retirement';
import { insertAuditMany, type AuditInput } from '../db/repositories/audit';
import { insertRows, insertValueRows, storedText, type Plain } from '../db/repositories/bulkInsert';
import { setAsideIndexes } from '../db/repositories/bulkLoad';
import { auditCreatedStaff } from '../db/repositories/importAudit';
import { rebuildNameChars } from '../db/repositories/staffSearch';
import { selectUnits } from '../db/repositories/units';
import type { PlannedPerson } from './importTypes';

/** New people written per batch. */
const BATCH = 5000;

/**
 * From this many new people on, the staff table's secondary indexes and
 * name-search triggers are set aside during the insert and rebuilt once
 * afterwards (sorting once beats that many random index inserts).
 */
const BULK_FROM = 2000;

const STAFF_COLUMNS = [
  'id',
  'id_number',
  'name',
  'sex',
  'birth_date',
  'unit_id',
  'phone',
  'account',
  'rank',
  'post',
  'status',
  'retirement_age',
  'notes',
  'created_at',
  'updated_at',
] as const;
const UNIT_COLUMNS = ['id', 'parent_id', 'name', 'sort_order', 'created_at', 'updated_at'] as const;

type Row = Record<string, string | number | null>;

interface Batch {
  units: Row[];
  unitNotes: AuditInput[];
  /** New people as values in STAFF_COLUMNS order (the id first, the unit id at UNIT_ID). */
  staff: Plain[][];
}

/** Where the unit id sits in a staff value row. */
const UNIT_ID = STAFF_COLUMNS.indexOf('unit_id');

/** Free text from the file as SQLite stores it (see storedText); null when empty. */
const freeText = (v: string | null): string | null => (v === null ? null : storedText(v));

/**
 * Writes an import's new people (and the units they need) inside the
 * import's transaction WHILE the file is still being read: each batch goes
 * to SQLite, which works on a thread of its own, as the next rows are read
 * and checked. Ids are given here (one writer, inside the transaction), so
 * nothing is read back. Every unit and person gets its audit row, the units'
 * before their people's. Reading waits whenever two batches are queued.
 */
export class NewStaffWriter {
  private batch: Batch = { units: [], unitNotes: [], staff: [] };
  private written: Promise<void> = Promise.resolve();
  private queued = 0;
  private people = 0;
  private putBack: (() => Promise<void>) | null = null;

  private constructor(
    private readonly trx: Knex.Transaction,
    private readonly stamp: { at: string; actor: string; source: string },
    /** Unit path → id, for every unit (those this import creates included). */
    private readonly unitIds: Map<string, number>,
    private readonly pathOf: Map<number, string>,
    private readonly lastSort: Map<number, number>,
    private nextUnitId: number,
    private readonly firstStaffId: number,
  ) {}

  static async open(trx: Knex.Transaction, stamp: { at: string; actor: string; source: string }): Promise<NewStaffWriter> {
    const units = await selectUnits(trx, { includeArchived: false });
    const lastSort = new Map(
      ((await trx.raw(`SELECT ifnull(parent_id, 0) AS parent, max(sort_order) AS m FROM units GROUP BY ifnull(parent_id, 0)`)) as { parent: number; m: number }[]).map(
        (r) => [r.parent, r.m],
      ),
    );
    const maxOf = async (table: string) => Number(((await trx(table).max({ m: 'id' }).first()) as { m: number | null } | undefined)?.m ?? 0);
    return new NewStaffWriter(
      trx,
      stamp,
      new Map(units.map((u) => [u.path, u.id])),
      new Map(units.map((u) => [u.id, u.path])),
      lastSort,
      (await maxOf('units')) + 1,
      (await maxOf('staff')) + 1,
    );
  }

  /** Queues one new person; a promise when reading should wait for the writer. */
  add(p: PlannedPerson): Promise<void> | undefined {
    const unitId = this.ensureUnit(p.unitPath);
    const { at } = this.stamp;
    // In STAFF_COLUMNS order. ID number, sex, birth date, phone, status come checked from the plan; the rest is free text.
    this.batch.staff.push([
      this.firstStaffId + this.people++,
      p.idNumber,
      storedText(p.name),
      p.sex,
      p.birthDate,
      unitId,
      p.phone,
      freeText(p.account),
      freeText(p.rank),
      freeText(p.post),
      p.status,
      defaultRetirementAge(p.sex),
      freeText(p.notes),
      at,
      at,
    ]);
    return this.batch.staff.length >= BATCH ? this.send() : undefined;
  }

  /** Creates these unit paths too (units that only changed people move to). */
  addUnits(paths: string[]): void {
    for (const path of paths) this.ensureUnit(path);
  }

  /** Writes what is queued, puts the indexes back; returns path → id of every unit. */
  async finish(): Promise<Map<string, number>> {
    if (this.batch.units.length + this.batch.staff.length > 0) void this.send();
    await this.written;
    if (this.putBack) await this.putBack();
    return this.unitIds;
  }

  /** Resolves once nothing queued is still being written (whether it worked or not). */
  async settled(): Promise<void> {
    await this.written.catch(() => undefined);
  }

  /** The unit's id, giving ids to the levels of its path that do not exist yet. */
  private ensureUnit(path: string): number {
    const known = this.unitIds.get(path);
    if (known !== undefined) return known;
    const cut = path.lastIndexOf('/');
    const parentId = cut < 0 ? null : this.ensureUnit(path.slice(0, cut));
    const name = path.slice(cut + 1);
    const sortOrder = (this.lastSort.get(parentId ?? 0) ?? -1) + 1;
    this.lastSort.set(parentId ?? 0, sortOrder);
    const id = this.nextUnitId++;
    const { at, actor } = this.stamp;
    this.batch.units.push({ id, parent_id: parentId, name, sort_order: sortOrder, created_at: at, updated_at: at });
    this.batch.unitNotes.push({ at, actor, action: 'unit.create', entity: 'unit', entityId: id, unitId: id, before: null, after: { name, path, source: 'import' } });
    this.unitIds.set(path, id);
    this.pathOf.set(id, path);
    return id;
  }

  private send(): Promise<void> | undefined {
    const batch = this.batch;
    this.batch = { units: [], unitNotes: [], staff: [] };
    const before = this.written;
    this.queued++;
    this.written = before.then(() => this.write(batch)).finally(() => this.queued--);
    // Failure is reported by finish() (or the next wait); never left unhandled meanwhile.
    this.written.catch(() => undefined);
    return this.queued > 1 ? before : undefined;
  }

  private async write({ units, unitNotes, staff }: Batch): Promise<void> {
    const { trx } = this;
    await insertRows(trx, 'units', [...UNIT_COLUMNS], units);
    await insertAuditMany(trx, unitNotes);
    if (staff.length === 0) return;
    const firstId = staff[0]![0] as number;
    const lastId = staff[staff.length - 1]![0] as number;
    if (!this.putBack && lastId - this.firstStaffId + 1 >= BULK_FROM) {
      this.putBack = await setAsideIndexes(trx, 'staff', () => rebuildNameChars(trx));
    }
    await insertValueRows(trx, 'staff', [...STAFF_COLUMNS], staff);
    const unitPaths = new Map(staff.map((s) => [s[UNIT_ID] as number, this.pathOf.get(s[UNIT_ID] as number)!]));
    await auditCreatedStaff(trx, { ...this.stamp, afterId: firstId - 1, upToId: lastId, unitPaths });
  }
}
