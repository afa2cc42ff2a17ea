/**
 * Why a spreadsheet file could not be read at all, or written (the CLI's exit
 * status 2). Row-level problems are not errors of this kind: they are listed per row.
 */
export type FileProblemCode = 'FILE_UNREADABLE' | 'FILE_TOO_LARGE' | 'HEADER_MISSING' | 'FILE_NOT_SAVED';

export class SpreadsheetFileError extends Error {
  readonly code: FileProblemCode;
  readonly file: string;
  constructor(code: FileProblemCode, file: string, message: string) {
    super(message);
    this.name = 'SpreadsheetFileError';
    this.code = code;
    this.file = file;
  }
}
