import { codeOf, errorMessages, say, type DetailsOf, type ErrorCode, type ErrorKey, type Said } from './words/errors';

export { errorMessages, errorWords, say, type ErrorCode, type ErrorKey, type DetailsOf, type Said } from './words/errors';

/**
 * A refusal. Core throws it with a code from the catalogue in
 * shared/words/errors/ and the catalogue's words; every transport turns it into
 * `{ ok: false, error: { code, message } }`. Build one with `deskError(key,
 * details)`, or `new DeskError(code)` for a code's plain message.
 */
export class DeskError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: Said) {
    super(message ?? errorMessages[code]);
    this.name = 'DeskError';
    this.code = code;
  }

  /** A refusal already put into words by the core, carried on as it came (a reply relayed by the command line or a transport). */
  static relayed(code: ErrorCode, message: string): DeskError {
    // eslint-disable-next-line no-restricted-syntax -- the one place words said before (a reply) are carried on as they came
    return new DeskError(code, message as Said);
  }
}

/** The refusal for a catalogue key: its code, and its message with the details put in (checked at compile time). */
export function deskError<K extends ErrorKey>(key: K, ...details: DetailsOf<K>): DeskError {
  return new DeskError(codeOf(key) as ErrorCode, say(key, ...details));
}

export function isDeskError(e: unknown): e is DeskError {
  return e instanceof DeskError;
}
