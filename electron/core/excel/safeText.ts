import { invalidCharacterAt, withoutInvalidCharacters } from '../../../shared/rules/textHygiene';

/**
 * Formula injection: a text cell starting with = + - @ (or a tab or line
 * break) can be taken for a formula when the file is opened or re-saved
 * elsewhere. Exports prefix such text with an apostrophe; the importer takes
 * exactly that apostrophe off again, so an export re-imports unchanged.
 */
const RISKY_START = /^[=+\-@\t\r\n]/;

export function neutralizeFormula(text: string): string {
  const clean = writable(text);
  return RISKY_START.test(clean) ? `'${clean}` : clean;
}

/**
 * Text an xlsx can hold: the desk refuses characters XML forbids at every
 * entry, but text stored by an earlier version may still carry one, and a
 * single one makes Excel and WPS refuse the whole file. Each becomes U+FFFD (�).
 */
function writable(text: string): string {
  return invalidCharacterAt(text) === null ? text : withoutInvalidCharacters(text, '\uFFFD');
}

export function restoreNeutralized(text: string): string {
  return text.startsWith("'") && RISKY_START.test(text.slice(1)) ? text.slice(1) : text;
}
