import type { EvidenceKind } from '../exemptions/schemas';
import { withoutInvalidCharacters } from './textHygiene';

/**
 * The name an evidence file is shown and saved under. It is only ever text:
 * files are stored by their hash. Still, a name comes back out when the admin
 * saves a copy, so it is made harmless: no folders (`../`), no characters
 * Windows forbids, no control or direction marks (an RTL override can make
 * 'scan‮fdp.exe' look like 'scanexe.pdf'), no reserved device names (CON,
 * NUL, COM1 …), and an extension that matches the content.
 */
const EXTENSIONS: Record<EvidenceKind, string[]> = { pdf: ['.pdf'], jpeg: ['.jpg', '.jpeg'], png: ['.png'] };
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
// Control characters, bidi embeddings/overrides/isolates, LRM/RLM/ALM, zero-width characters and the BOM.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const MAX_LENGTH = 120;

export function evidenceName(raw: string, kind: EvidenceKind): string {
  const fallback = `证明材料${EXTENSIONS[kind][0]}`;
  let name = withoutInvalidCharacters(raw).normalize('NFC').replace(INVISIBLE, '');
  name = name.split(/[\\/]/).pop() ?? '';
  name = name.replace(/[<>:"|?*]/g, '_').trim();
  name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (!name) return fallback;
  const stem = name.split('.')[0]!.trim();
  if (RESERVED.test(stem)) name = `_${name}`;
  const lower = name.toLowerCase();
  if (!EXTENSIONS[kind].some((ext) => lower.endsWith(ext))) name = `${name}${EXTENSIONS[kind][0]}`;
  if (name.length > MAX_LENGTH) {
    const ext = name.slice(name.lastIndexOf('.'));
    name = name.slice(0, MAX_LENGTH - ext.length) + ext;
  }
  return name;
}
