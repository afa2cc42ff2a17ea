/** V8 cuts substrings of this length and longer as views into the string they came from. */
const SLICE_MIN_LENGTH = 13;

/**
 * The same text in a string of its own. The streaming xlsx parser hands out
 * cell text cut from the large chunk of sheet XML it was parsing; a kept cell
 * keeps that whole chunk alive, so 100,000 kept rows would hold on to most of
 * the sheet's XML (about three times the rows' own size). Concatenating
 * forces a fresh copy; shorter strings are copies already.
 */
export function ownString(text: string): string {
  return text.length < SLICE_MIN_LENGTH ? text : (' ' + text).slice(1);
}
