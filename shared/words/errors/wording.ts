/**
 * The shape of the catalogue of refusals. A slice maps a key to what the admin
 * reads: `CODE` keys define the stable codes and their plain message; a key
 * `CODE.detail` is a fuller message under that code, either fixed text or a
 * function of typed details (a unit's name, a count, a date) that puts them
 * into the sentence.
 */
export type ErrorWords = Record<string, string | ((details: never) => string)>;

declare const said: unique symbol;

/**
 * A message taken from the catalogue. Only `say()` (and the relay of a reply
 * that was already said) makes one, so a DeskError cannot carry words written
 * on the spot.
 */
export type Said = string & { readonly [said]: true };
