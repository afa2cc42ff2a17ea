/**
 * A person's name as the desk stores it, from a name as clerks type it.
 *
 * Rosters pad two-character names to the width of three (王<U+3000>伟), wrap long
 * cells (欧阳⏎明) and write the dot of names such as 买买提·艾力 with whatever
 * dot the keyboard gave. Stored as typed, 王伟 would not find 王<U+3000>伟, and
 * every later clean file would show the name as changed. So:
 * - a name written in Chinese characters loses every space (ASCII or
 *   full-width) and line break inside it;
 * - a name in another script keeps single spaces between its words;
 * - the middle dot's look-alikes become one dot, U+00B7, with no space around it.
 */

/** The one middle dot stored in names (U+00B7), as in 买买提·艾力. */
export const NAME_DOT = '\u00b7';

/** Dots that look like the name dot: katakana and half-width katakana middle dots, bullet, hyphenation point, dot operators. */
const DOT_LOOKALIKES = /[\u00b7\u30fb\uff65\u2022\u2027\u2219\u22c5]/g;

/** Spaces and line breaks of every kind (ASCII, no-break, full-width, zero-width, line and paragraph separators). */
const SPACES = /[\s\u00a0\u3000\u200b\u2028\u2029]+/g;

const HAN_ONLY = /^[\p{Script=Han}\u00b7]+$/u;

/** A space on either side of the name dot (once spaces are single). */
const SPACED_DOT = new RegExp(` ?${NAME_DOT} ?`, 'g');

export function normalizePersonName(typed: string): string {
  const dotted = typed.replace(DOT_LOOKALIKES, NAME_DOT);
  const joined = dotted.replace(SPACES, '');
  if (joined === '' || HAN_ONLY.test(joined)) return joined;
  // Another script (or a mix): single spaces between words, none around the dot.
  return dotted
    .replace(SPACES, ' ')
    .trim()
    .replace(SPACED_DOT, NAME_DOT);
}
