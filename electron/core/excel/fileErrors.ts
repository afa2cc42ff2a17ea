import { type DetailsOf, type ErrorKey, type Said, say } from '../../../shared/errors';

/**
 * Why a spreadsheet file could not be read at all, or written (the CLI's exit
 * status 2). Row-level problems are not errors of this kind: they are listed per row.
 */
export type FileProblemCode = 'FILE_UNREADABLE' | 'FILE_TOO_LARGE' | 'HEADER_MISSING' | 'FILE_NOT_SAVED';

/** The catalogue's keys for these problems. */
type FileProblemKey = ErrorKey & `${FileProblemCode}.${string}`;

export class SpreadsheetFileError extends Error {
  readonly code: FileProblemCode;
  readonly file: string;
  declare message: Said;
  constructor(code: FileProblemCode, file: string, message: Said) {
    super(message);
    this.name = 'SpreadsheetFileError';
    this.code = code;
    this.file = file;
  }

  /** The problem `key` of the catalogue with its details, about `file`. */
  static of<K extends FileProblemKey>(file: string, key: K, ...details: DetailsOf<K>): SpreadsheetFileError {
    return new SpreadsheetFileError(key.split('.')[0] as FileProblemCode, file, say(key, ...details));
  }

  /** The message with the stored file's name replaced by the name the admin knows it by. */
  shownAs(storedName: string, shownName: string): Said {
    return this.message.split(storedName).join(shownName) as Said;
  }
}
