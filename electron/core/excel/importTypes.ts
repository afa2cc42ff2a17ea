import type { FooterRow } from './readRoster';
import type { StaffStatus } from '../../../shared/staff/schemas';
import type { CoreContext, Executor } from '../context';
import type { FileProblemCode } from './fileErrors';

/** Row-level problem codes (the CLI's `errors[].code`). */
export type RowErrorCode =
  | 'ID_MISSING'
  | 'ID_FORMAT'
  | 'ID_CHECKSUM'
  | 'ID_PRECISION_LOST'
  | 'ID_DUPLICATE'
  | 'NAME_MISSING'
  | 'UNIT_MISSING'
  | 'UNIT_UNKNOWN'
  | 'UNIT_AMBIGUOUS'
  | 'PHONE_FORMAT'
  | 'VALUE_UNKNOWN'
  | 'VALUE_TOO_LONG'
  | 'CELL_ERROR'
  | 'TEXT_INVALID';

export interface RowError {
  /** The sheet's row number. */
  row: number;
  /** The header text as it stands in the file. */
  column: string;
  code: RowErrorCode;
  message: string;
}

/** A field that would change, old → new. */
export interface FieldChange {
  field: 'name' | 'phone' | 'account' | 'unit' | 'rank' | 'post' | 'status' | 'notes';
  old: string | null;
  new: string | null;
}

export interface PlannedPerson {
  row: number;
  idNumber: string;
  name: string;
  sex: '男' | '女';
  birthDate: string;
  /** Unit path; the unit may be one the import creates. */
  unitPath: string;
  phone: string | null;
  account: string | null;
  rank: string | null;
  post: string | null;
  status: StaffStatus;
  notes: string | null;
}

export interface PlannedUpdate {
  row: number;
  staffId: number;
  idNumber: string;
  name: string;
  changes: FieldChange[];
  /** Set when the unit changes: recorded as a transfer. */
  transfer: { fromPath: string; toPath: string } | null;
  next: PlannedPerson;
}

/** How many new people a plan keeps for its preview (ImportPlan.firstCreated). */
export const FIRST_CREATED_KEPT = 200;

export interface ImportPlan {
  sheet: string;
  headerRow: number;
  /** The header's first row (below headerRow only for a two-row header). */
  headerFrom: number;
  /** Non-blank data rows. */
  rows: number;
  /** How many people the file adds. */
  created: number;
  /**
   * The first FIRST_CREATED_KEPT of them, in file order: what a preview lists.
   * The rest are not kept (a real import writes each as it is read), so an
   * import of 100,000 new people does not hold them all in memory.
   */
  firstCreated: PlannedPerson[];
  updated: PlannedUpdate[];
  unchanged: number;
  /** Unit paths the import would create (with --create-units). */
  unitsToCreate: string[];
  /** Unit cells that match no unit (without --create-units these are errors). */
  unknownUnits: string[];
  /** People in the desk but not in the file: reported, never deleted. */
  absent: { idNumber: string; name: string; unitPath: string }[];
  errors: RowError[];
  /** Reading stopped here: only formatting (blank styled rows) below. */
  stoppedAtRow?: number;
  /** Names stored otherwise than typed (spaces, line breaks, the middle dot; shared/rules/personName.ts): the first FIRST_CREATED_KEPT. */
  namesNormalized: { row: number; typed: string; stored: string }[];
  namesNormalizedTotal: number;
  /** The sheet's footer below the data (合计, 填表人, notes): not people, not counted in rows. */
  footer: FooterRow[];
  footerTotal: number;
}

/** What the CLI prints with --json, and the counts the screen shows. */
export interface ImportReport {
  sheet: string;
  headerRow: number;
  /** The header's first row: headerRow - 1 for a two-row header. */
  headerFrom: number;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  transfers: number;
  unitsCreated: number;
  absent: number;
  /** Names stored otherwise than typed (已规范). */
  namesNormalized: number;
  /** Footer rows below the data (表尾，未导入). */
  footerRows: number;
  applied: boolean;
  errors: RowError[];
}

/** The same report when the file could not be read at all (exit status 2). */
export interface ImportFailureReport extends Omit<ImportReport, 'sheet' | 'headerRow' | 'headerFrom' | 'errors'> {
  sheet: null;
  headerRow: null;
  headerFrom: null;
  errors: { row: null; column: null; code: FileProblemCode; message: string }[];
}

export function failureReport(code: FileProblemCode, message: string): ImportFailureReport {
  return {
    sheet: null,
    headerRow: null,
    headerFrom: null,
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    transfers: 0,
    unitsCreated: 0,
    absent: 0,
    namesNormalized: 0,
    footerRows: 0,
    applied: false,
    errors: [{ row: null, column: null, code, message }],
  };
}

/** A changed unit cell of an Excel import, once the person's record has been moved. */
export interface ImportMove {
  staffId: number;
  fromUnitId: number;
  fromPath: string;
  toUnitId: number;
  toPath: string;
}

/**
 * Records the unit changes an import made, inside the import's transaction.
 * The excel layer only reads, plans and writes the roster; what a move means
 * to the rest of the desk (a transfer in the one history) belongs to the
 * transfers service, which the caller hands in (services/excel/importRoster.ts).
 */
export type RecordMoves = (trx: Executor, ctx: CoreContext, moves: ImportMove[], fileName: string, at: string) => Promise<void>;
