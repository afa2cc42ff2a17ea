import { mergeTables } from '../../methodTable';
import { backupErrors } from './backup';
import { bookingErrors } from './bookings';
import { deskErrors } from './desk';
import { exemptionErrors } from './exemptions';
import { fileErrors } from './files';
import { settingsErrors } from './settings';
import { staffErrors } from './staff';
import { transferErrors } from './transfers';
import { unitErrors } from './units';
import type { Said } from './wording';

export type { ErrorWords, Said } from './wording';

/**
 * Every refusal the desk can give, in the admin's words: the feature slices
 * merged into one (a key written in two slices does not compile, and is
 * refused at run time).
 */
export const errorWords = mergeTables(
  deskErrors,
  unitErrors,
  staffErrors,
  settingsErrors,
  fileErrors,
  exemptionErrors,
  bookingErrors,
  transferErrors,
  backupErrors,
);

type Words = typeof errorWords;
/** A key of the catalogue: a code, or `CODE.detail`. */
export type ErrorKey = keyof Words & string;
/** The stable codes a refusal carries on the wire. */
export type ErrorCode = Exclude<ErrorKey, `${string}.${string}`>;
/** The code a key's message is given under. */
export type CodeOf<K extends ErrorKey> = K extends `${infer C}.${string}` ? C : K;
/** The details a key's message needs: none for fixed text, else exactly its function's parameter. */
export type DetailsOf<K extends ErrorKey> = Words[K] extends (details: infer D) => string ? [details: D] : [];

/** Compile-time checks: every `CODE.detail` names a code the catalogue defines, and every code's own message is fixed text. */
type Checked<T extends true> = T;
export type CatalogueIsWellFormed = Checked<
  [Exclude<CodeOf<ErrorKey>, ErrorCode>] extends [never] ? ([Words[ErrorCode]] extends [string] ? true : false) : false
>;

/** The plain message of every code (what the screen shows when nothing more is known). */
export const errorMessages = Object.fromEntries(Object.entries(errorWords).filter(([key]) => !key.includes('.'))) as {
  readonly [C in ErrorCode]: Words[C];
};

/** The code a catalogue key belongs to. */
export function codeOf<K extends ErrorKey>(key: K): CodeOf<K> {
  return key.split('.')[0] as CodeOf<K>;
}

/** The catalogue's message for `key`, with its details put in. */
export function say<K extends ErrorKey>(key: K, ...details: DetailsOf<K>): Said {
  const entry: string | ((details: never) => string) = errorWords[key];
  return (typeof entry === 'string' ? entry : (entry as (d: unknown) => string)(details[0])) as Said;
}
