import { fontkit } from './fontkit';
import { printable } from './exemptionPdf/layout';

/** What stands in print for a character the font cannot draw. */
export const MISSING_GLYPH_MARK = '□';

/**
 * Characters the print font has no glyph for, made visible. The bundled
 * Noto Sans SC lacks CJK Extension B (𠮷 U+20BB7, 𡈼 …), which is real in
 * Chinese names; pdf-lib would draw nothing for such a character and the
 * printed name would silently lose it. `mark` puts □ in its place and keeps
 * the original text, so the result can name what to complete by hand.
 */
export interface GlyphGuard {
  mark(text: string): string;
  /** The texts that had a character marked, as they are stored, in the order met. */
  marked(): string[];
  /** The admin's warning for them, or null when every character could be drawn. */
  warning(): string | null;
}

type GlyphLookup = { hasGlyphForCodePoint(codePoint: number): boolean };
const lookups = new WeakMap<Uint8Array, GlyphLookup>();

export function glyphGuard(fontBytes: Uint8Array): GlyphGuard {
  let font = lookups.get(fontBytes);
  if (!font) lookups.set(fontBytes, (font = fontkit.create(fontBytes) as unknown as GlyphLookup));
  const lookup = font;
  const known = new Map<number, boolean>();
  const texts = new Set<string>();
  const drawable = (ch: string): boolean => {
    // Line breaks, tabs and what layout leaves out anyway are not drawn as glyphs.
    if (ch === '\n' || ch === '\r' || printable(ch) !== ch) return true;
    const cp = ch.codePointAt(0)!;
    let has = known.get(cp);
    if (has === undefined) known.set(cp, (has = lookup.hasGlyphForCodePoint(cp)));
    return has;
  };
  return {
    mark(text) {
      let out = '';
      let missing = false;
      for (const ch of text) {
        if (drawable(ch)) out += ch;
        else {
          out += MISSING_GLYPH_MARK;
          missing = true;
        }
      }
      if (missing) texts.add(text);
      return out;
    },
    marked: () => [...texts],
    warning() {
      if (texts.size === 0) return null;
      const list = [...texts];
      const shown = list.slice(0, 20).map((t) => (t.length > 40 ? `${t.slice(0, 40)}…` : t));
      return `以下内容含打印字体无法显示的生僻字，打印件中已用${MISSING_GLYPH_MARK}标出，请在纸面上手写补全：${shown.join('、')}${list.length > 20 ? ` 等 ${list.length} 处` : ''}。`;
    },
  };
}
