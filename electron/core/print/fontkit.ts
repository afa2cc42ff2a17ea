import * as fontkitModule from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

/**
 * fontkit for pdf-lib, with the TrueType subset fixed.
 *
 * @pdf-lib/fontkit 1.1.1 (pdf-lib's fork, the last release) writes a font
 * subset's `loca` table in the short format whenever the offsets fit, which
 * stores them halved, but does not pad glyph records to an even length:
 * after the first odd-length glyph every later offset is off by one byte, and
 * viewers draw those glyphs blank (pdf-lib #1232; fixed upstream in fontkit
 * 1.8 by foliojs/fontkit#191). Text extraction still works, so only looking
 * at the page shows it. Here the subset's `loca` is kept in the long format
 * (exact 32-bit offsets), which its own encoder honours when set beforehand.
 */
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Font = ReturnType<Fontkit['create']>;

/** The package is UMD: Node sees it as a default export, a bundler's ESM build may give the names directly. */
const upstream: Fontkit = (fontkitModule as unknown as { default?: Fontkit }).default ?? (fontkitModule as unknown as Fontkit);

interface TtfSubsetInternals {
  loca?: { version?: number };
  _addGlyph?: (gid: number) => number;
}

function keepLongLoca(subset: TtfSubsetInternals): void {
  const addGlyph = subset._addGlyph;
  if (typeof addGlyph !== 'function') return; // a CFF subset has no loca
  subset._addGlyph = function (this: TtfSubsetInternals, gid: number): number {
    // encode() makes a fresh `loca` before adding the first glyph; its preEncode keeps a version already set.
    if (this.loca && this.loca.version == null) this.loca.version = 1;
    return addGlyph.call(this, gid);
  };
}

export const fontkit: Fontkit = {
  create(buffer: Uint8Array, postscriptName?: string): Font {
    const font = upstream.create(buffer, postscriptName);
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      keepLongLoca(subset as unknown as TtfSubsetInternals);
      return subset;
    };
    return font;
  },
};
