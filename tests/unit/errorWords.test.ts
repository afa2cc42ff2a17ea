import { describe, expect, it } from 'vitest';
import { DeskError, deskError, errorMessages, errorWords, say, type DetailsOf, type ErrorKey } from '../../shared/errors';
import { mergeTables } from '../../shared/methodTable';

/**
 * The catalogue of refusals (shared/words/errors/): every entry says something
 * in Chinese, and every parameterised entry is tried with details of its own
 * type. The table below has to name every parameterised entry, or this file
 * does not compile.
 */

type Parameterised = { [K in ErrorKey]: DetailsOf<K> extends [] ? never : K }[ErrorKey];
type Samples = { [K in Parameterised]: DetailsOf<K>[0] };

const samples: Samples = {
  'BACKUP_NOT_FOUND.automatic': { name: '甲' },
  'BACKUP_FAILED.because': { why: '甲' },
  'EVIDENCE_PATH_BLOCKED.at': { file: '甲' },
  'BACKUP_TOO_LARGE.named': { name: '甲', limit: '甲' },
  'SESSION_INVALID.notThisYear': { sessionAt: '2026-05-12T09:00' },
  'SESSION_INVALID.notOfYear': { sessionAt: '2026-05-12T09:00', year: 3 },
  'BOOKING_NOT_ELIGIBLE.session': { sessionAt: '2026-05-12T09:00', reasons: '甲' },
  'BOOKING_NOT_ELIGIBLE.people': { people: [{ name: '甲', reasons: '乙' }] },
  'BOOKING_NOT_ELIGIBLE.noSession': { names: ['甲', '乙'] },
  'BOOKING_OVER_CAPACITY.session': { sessionAt: '2026-05-12T09:00', capacity: 3, booked: 3, left: 3, adding: 3 },
  'BOOKING_OVER_CAPACITY.spread': { sessions: 3, left: 3 },
  'BOOKING_NOT_LIVE.session': { sessionAt: '2026-05-12T09:00' },
  'BOOKING_SESSION_PAST.session': { sessionAt: '2026-05-12T09:00' },
  'CAPACITY_BELOW_BOOKED.session': { sessionAt: '2026-05-12T09:00', booked: 3, capacity: 3 },
  'CAPACITY_BELOW_BOOKED.spread': { sessionAt: '2026-05-12T09:00', booked: 3, capacity: 3 },
  'BAD_ARGUMENTS.creditsAsOf': { asOf: '甲' },
  'CREDITS_AS_OF_MISSING.named': { file: '甲' },
  'CREDITS_DECREASE_UNCONFIRMED.named': { names: ['甲', '乙'] },
  'POLICY_MISSING.year': { year: 3 },
  'POLICY_INVALID.problems': { year: 3, problems: ['甲', '乙'] },
  'POLICY_EXISTS.year': { year: 3 },
  'PLANNING_DATE_INVALID.given': { asOf: '甲' },
  'UNKNOWN_METHOD.named': { method: '甲' },
  'BAD_ARGUMENTS.issues': { issues: '甲' },
  'TEXT_INVALID.found': { found: '甲' },
  'DB_NOT_SQLITE.file': { file: '甲' },
  'DB_NOT_SQLITE.foreign': { file: '甲' },
  'DB_FROM_FUTURE.file': { file: '甲', unknown: '甲' },
  'DB_CORRUPT.file': { file: '甲', why: '甲' },
  'DB_CORRUPT.withBackup': { first: '甲', backup: '甲', createdAt: '甲', file: '甲' },
  'DB_CANNOT_OPEN.file': { file: '甲', folder: '甲' },
  'DISK_FULL.saving': { name: '甲' },
  'DESK_IN_USE.holder': { holder: { program: '甲', pid: 3, since: '乙' }, file: '甲' },
  'DESK_BUSY.sqlite': { seconds: 3 },
  'DESK_BUSY.gate': { job: '甲', seconds: 3 },
  'DESK_NEEDS_UPGRADE.file': { file: '甲' },
  'EXEMPTION_NOT_FOUND.byId': { id: 3 },
  'EXEMPTION_NOT_IN_SERVICE.apply': { name: '甲', status: '甲' },
  'EXEMPTION_NOT_IN_SERVICE.approve': { name: '甲', status: '甲' },
  'EXEMPTION_EXISTS.named': { name: '甲', year: 3, status: '甲', ground: '甲' },
  'EXEMPTION_STATUS.edit': { status: '甲' },
  'EXEMPTION_STATUS.decide': { status: '甲', decision: 'approved' },
  'EXEMPTION_STATUS.revoke': { status: '甲' },
  'EXEMPTION_STATUS.evasion': { status: '甲' },
  'EXEMPTION_STATUS.evidence': { status: '甲' },
  'EXEMPTION_NEEDS_EVIDENCE.named': { name: '甲', ground: 'maternity', groundLabel: '甲' },
  'EXEMPTION_NOT_SUSPECTED.named': { name: '甲' },
  'EXEMPTION_DATE_INVALID.missing': { field: 'appliedOn' },
  'EXEMPTION_DATE_INVALID.notADate': { field: 'appliedOn', value: '甲' },
  'EXEMPTION_DATE_INVALID.future': { field: 'appliedOn', value: '甲', today: '甲' },
  'EXEMPTION_DATE_INVALID.backwards': { field: 'appliedOn', value: '甲', earlierField: 'appliedOn', earlier: '甲' },
  'EXEMPTION_DATE_INVALID.beforeApproval': { value: '甲', approved: '甲' },
  'EXEMPTION_GROUND_NOT_ALLOWED.named': { year: 3, ground: '甲' },
  'EXEMPTION_OUT_OF_WINDOW.named': { name: '甲', date: '甲', statutory: '甲', agreed: true, age: 3, limitDate: '甲', cutoff: '甲', years: 3 },
  'EVIDENCE_DUPLICATE.same': { name: '甲' },
  'EVIDENCE_DUPLICATE.replacing': { name: '甲' },
  'EVIDENCE_NOT_FOUND.byId': { id: 3 },
  'EVIDENCE_NOT_FOUND.removed': { name: '甲', replaced: true },
  'EVIDENCE_FILE_MISSING.open': { name: '甲', missing: true },
  'EVIDENCE_TOO_LARGE.sized': { name: '甲', size: '甲', max: '甲' },
  'EVIDENCE_TYPE.named': { name: '甲', seems: '甲' },
  'EVIDENCE_PDF_UNREADABLE.named': { name: '甲' },
  'ARCHIVE_FONT_MISSING.searched': { file: '甲', searched: ['甲', '乙'] },
  'FILE_TOO_LARGE.upload': { name: '甲', megabytes: 3 },
  'FILE_UNREADABLE.unparsable': { name: '甲', why: '甲' },
  'FILE_UNREADABLE.noSheets': { name: '甲' },
  'FILE_UNREADABLE.missing': { name: '甲' },
  'FILE_UNREADABLE.legacyOrLocked': { name: '甲' },
  'FILE_UNREADABLE.text': { name: '甲' },
  'FILE_UNREADABLE.notXlsx': { name: '甲' },
  'FILE_UNREADABLE.cutShort': { name: '甲' },
  'FILE_UNREADABLE.damaged': { name: '甲' },
  'FILE_UNREADABLE.otherOffice': { name: '甲', kind: 'word' },
  'FILE_TOO_LARGE.sized': { name: '甲', size: '甲', max: '甲' },
  'FILE_TOO_LARGE.suspect': { name: '甲', why: '甲' },
  'FILE_TOO_LARGE.rows': { name: '甲', max: 3 },
  'HEADER_MISSING.noSuchSheet': { name: '甲', sheet: '甲' },
  'HEADER_MISSING.roster': { name: '甲', looked: ['甲', '乙'], rows: 3, wanted: ['甲', '乙'] },
  'HEADER_MISSING.blankRow': { name: '甲', sheet: '甲', row: 3 },
  'HEADER_MISSING.lacking': { name: '甲', sheet: '甲', row: 3, missing: ['甲', '乙'] },
  'HEADER_MISSING.table': { name: '甲', rows: 3, what: '甲', wanted: [['甲', '乙'], ['丙']] },
  'FILE_NOT_SAVED.noFolder': { dir: '甲', name: '甲' },
  'FILE_NOT_SAVED.locked': { name: '甲' },
  'LIST_ITEM_EMPTY.at': { list: '职级', row: 3 },
  'LIST_ITEM_DUPLICATE.named': { list: '职级', name: '甲' },
  'LIST_ITEM_IN_USE.rank': { name: '甲', count: 3, others: 3 },
  'LIST_ITEM_IN_USE.unitAttribute': { name: '甲', count: 3, others: 3 },
  'DESK_NOT_EMPTY.counted': { units: 3, staff: 3 },
  'AUDIT_RANGE_INVALID.dates': { from: '甲', to: '甲' },
  'STAFF_NOT_FOUND.byId': { id: 3 },
  'STAFF_NOT_FOUND.chosen': { id: 3 },
  'STAFF_NOT_FOUND.someOf': { ids: [1, 2] },
  'STAFF_NOT_FOUND.booking': { ids: [1, 2] },
  'STAFF_NOT_FOUND.spread': { ids: [1, 2] },
  'RETIREMENT_NOT_IN_SERVICE.retire': { names: ['甲', '乙'] },
  'RETIREMENT_NOT_IN_SERVICE.delay': { names: ['甲', '乙'] },
  'RETIREMENT_NOT_DUE.named': { names: ['甲', '乙'], today: '甲', first: '甲', firstOn: '甲' },
  'RETIREMENT_DELAY_INVALID.named': { name: '甲', agreed: '甲', statutory: '甲', latest: '甲', problem: 'beforeStatutory' },
  'RETIREMENT_AGE_INVALID.named': { age: 3, sex: '男' },
  'ID_DUPLICATE.holder': { masked: '甲', holder: '甲', where: '甲', unitId: 3 },
  'PHONE_FORMAT.given': { problem: '甲', given: '甲' },
  'VALUE_UNKNOWN.rank': { rank: '甲' },
  'UNIT_NOT_FOUND.forStaff': { id: 3 },
  'ID_FORMAT.scientific': { id: '甲' },
  'ID_FORMAT.length': { length: 3 },
  'ID_FORMAT.birthDate': { shown: '甲', tooEarly: true },
  'ID_CHECKSUM.expected': { expected: '甲' },
  'PHONE_FORMAT.length': { length: 3 },
  'TRANSFER_DATE_INVALID.notADate': { field: 'effectiveOn', value: '甲', today: '甲' },
  'TRANSFER_DATE_INVALID.nextYear': { field: 'effectiveOn', value: '甲', yearEnd: '甲' },
  'TRANSFER_DATE_INVALID.beforeLast': { field: 'effectiveOn', value: '甲', last: '甲' },
  'UNIT_NOT_FOUND.receiving': { id: 3 },
  'UNIT_NOT_FOUND.destination': { id: 3 },
  'TRANSFER_UNIT_ARCHIVED.receiving': { path: '甲' },
  'TRANSFER_UNIT_ARCHIVED.destination': { path: '甲' },
  'TRANSFER_SAME_UNIT.receive': { name: '甲', path: '甲', status: '甲' },
  'TRANSFER_SAME_UNIT.expect': { name: '甲', path: '甲' },
  'TRANSFER_NOT_IN_SERVICE.receive': { name: '甲', status: '甲' },
  'TRANSFER_NOT_IN_SERVICE.expect': { name: '甲', status: '甲' },
  'TRANSFER_PERSON_UNKNOWN.masked': { masked: '甲' },
  'TRANSFER_ALREADY_IN_DESK.holder': { masked: '甲', holder: '甲', where: '甲' },
  'TRANSFER_NOT_FOUND.byId': { id: 3 },
  'TRANSFER_ALREADY_UNDONE.on': { name: '甲', on: '甲' },
  'TRANSFER_NOT_LATEST.named': { name: '甲', on: '甲', to: '甲' },
  'TRANSFER_UNDO_BLOCKED.personGone': { name: '甲' },
  'TRANSFER_UNDO_BLOCKED.unitChanged': { name: '甲', now: '甲' },
  'TRANSFER_UNDO_BLOCKED.originDeleted': { name: '甲', from: '甲' },
  'TRANSFER_UNDO_BLOCKED.originArchived': { name: '甲', from: '甲' },
  'TRANSFER_UNDO_BLOCKED.recordsSince': { name: '甲' },
  'UNIT_NAME_TOO_LONG.counted': { max: 3, length: 3 },
  'UNIT_NAME_TAKEN.new': { name: '甲' },
  'UNIT_NAME_TAKEN.clash': { name: '甲', parentName: '甲', clashArchived: true, moving: true },
  'UNIT_NOT_FOUND.byId': { role: 'unit', id: 3 },
  'UNIT_NOT_FOUND.written': { written: '甲' },
  'UNIT_NOT_FOUND.ambiguous': { name: '甲', count: 3, example: '甲' },
  'UNIT_NOT_FOUND.chosen': { id: 3 },
  'UNIT_PARENT_ARCHIVED.create': { parent: '甲' },
  'UNIT_PARENT_ARCHIVED.move': { parent: '甲' },
  'UNIT_PARENT_ARCHIVED.restore': { parent: '甲', name: '甲' },
  'UNIT_ARCHIVED.edit': { name: '甲' },
  'UNIT_ARCHIVED.move': { name: '甲' },
  'UNIT_ARCHIVED.placeStaff': { path: '甲' },
  'UNIT_HAS_STAFF.counted': { name: '甲', staff: 3 },
  'UNIT_HAS_SUBUNITS.counted': { name: '甲', children: 3, archived: 3 },
  'UNIT_MOVE_CYCLE.self': { name: '甲' },
  'UNIT_MOVE_CYCLE.descendant': { parent: '甲', name: '甲' },
  'UNIT_POSITION_INVALID.gone': { id: 3 },
  'UNIT_POSITION_INVALID.elsewhere': { ref: '甲', parent: '甲', name: '甲' },
  'UNIT_COUNTERPART_MISSING.named': { name: '甲' },
  'UNIT_PHONE_FORMAT.why': { problem: '甲' },
  'VALUE_UNKNOWN.unitAttribute': { attribute: '甲' },};

/**
 * Latin letters a message may hold: file kinds and units, the programs the admin
 * uses, the date pattern shown as an example, the command line's own words.
 */
const allowedLatin = [
  /\.xlsx|\.xls|\.xfbak|\.sqlite/g,
  /\b(?:PDF|JPG|PNG|MB|GB|dpi|WPS|Excel|SQLite|CSV|Word|PowerPoint|JSON|POST|GET|SHA-256)\b/g,
  /\bYYYY-MM-DD\b|\bTHH:MM\b/g,
  /\b(?:xuefa|restore|demo|evidence|localhost)\b|--yes|--db/g,
  /application\/octet-stream/g,
  /最后一位为数字或 X/g,
];

function latinLeft(text: string): string[] {
  let rest = text;
  for (const allowed of allowedLatin) rest = rest.replace(allowed, '');
  return rest.match(/[A-Za-z]+/g) ?? [];
}

function textOf(key: ErrorKey): string {
  const details = (samples as Record<string, unknown>)[key];
  return (say as unknown as (k: ErrorKey, d?: unknown) => string)(key, details);
}

describe('the catalogue of refusals', () => {
  const keys = Object.keys(errorWords) as ErrorKey[];

  it('has a sample for exactly the parameterised entries', () => {
    const parameterised = keys.filter((k) => typeof errorWords[k] === 'function').sort();
    expect(Object.keys(samples).sort()).toEqual(parameterised);
  });

  it.each(keys)('%s says something in Chinese, with no stray Latin letters', (key) => {
    const text = textOf(key);
    expect(text.trim().length).toBeGreaterThan(0);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).not.toMatch(/undefined|null|NaN|\[object/);
    expect(latinLeft(text)).toEqual([]);
  });

  it('gives every detailed message under a code the catalogue defines, and every code a fixed plain message', () => {
    for (const key of keys) {
      const code = key.split('.')[0]!;
      expect(Object.keys(errorMessages), key).toContain(code);
    }
    for (const [code, message] of Object.entries(errorMessages)) expect(typeof message, code).toBe('string');
    expect(Object.keys(errorMessages).every((c) => /^[A-Z_]+$/.test(c))).toBe(true);
  });

  it('refuses a key written in two slices', () => {
    const twice = mergeTables as unknown as (...tables: Record<string, string>[]) => unknown;
    expect(() => twice({ A: '甲' }, { A: '乙' })).toThrow(/A/);
  });

  it('builds a refusal with the code of its key and the words with the details put in', () => {
    const e = deskError('UNIT_NOT_FOUND.written', { written: '汨罗市司法局' });
    expect(e).toBeInstanceOf(DeskError);
    expect(e.code).toBe('UNIT_NOT_FOUND');
    expect(e.message).toBe('找不到单位“汨罗市司法局”，请写单位名称或从一级单位起的路径。');
    expect(new DeskError('UNIT_NOT_FOUND').message).toBe(errorMessages.UNIT_NOT_FOUND);
  });
});
