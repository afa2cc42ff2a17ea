/**
 * Formula injection: a text cell starting with = + - @ (or a tab or line
 * break) can be taken for a formula when the file is opened or re-saved
 * elsewhere. Exports prefix such text with an apostrophe; the importer takes
 * exactly that apostrophe off again, so an export re-imports unchanged.
 */
const RISKY_START = /^[=+\-@\t\r\n]/;

export function neutralizeFormula(text: string): string {
  return RISKY_START.test(text) ? `'${text}` : text;
}

export function restoreNeutralized(text: string): string {
  return text.startsWith("'") && RISKY_START.test(text.slice(1)) ? text.slice(1) : text;
}
