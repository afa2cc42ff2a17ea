import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { deskError } from '../../../shared/errors';

/**
 * The bundled open CJK font the printed archive is set in (Noto Sans SC,
 * SIL OFL), so Chinese prints the same on any machine. Looked for, in order:
 *   1. XUEFA_CJK_FONT (a .ttf/.otf path; for support or another font),
 *   2. <resources>/fonts/NotoSansSC_400Regular.ttf in a packaged app
 *      (electron-builder `extraResources`: from
 *      node_modules/@expo-google-fonts/noto-sans-sc/400Regular/ to fonts/),
 *   3. the @expo-google-fonts/noto-sans-sc package, resolved from this module
 *      (source, tests, out/main bundles) or from the working folder.
 */
export const CJK_FONT_FILE = 'NotoSansSC_400Regular.ttf';
const PACKAGE_FILE = `@expo-google-fonts/noto-sans-sc/400Regular/${CJK_FONT_FILE}`;

export function cjkFontCandidates(env: NodeJS.ProcessEnv = process.env, resourcesPath = (process as { resourcesPath?: string }).resourcesPath): string[] {
  const out: string[] = [];
  if (env.XUEFA_CJK_FONT) out.push(path.resolve(env.XUEFA_CJK_FONT));
  if (resourcesPath) out.push(path.join(resourcesPath, 'fonts', CJK_FONT_FILE));
  for (const base of [import.meta.url, path.join(process.cwd(), 'package.json')]) {
    try {
      out.push(createRequire(base).resolve(PACKAGE_FILE));
    } catch {
      // Not installed beside this base; try the next one.
    }
  }
  return [...new Set(out)];
}

let cached: { file: string; bytes: Uint8Array } | null = null;

/** The font's bytes (read once per process); ARCHIVE_FONT_MISSING when none of the places has it. */
export async function loadCjkFont(candidates = cjkFontCandidates()): Promise<Uint8Array> {
  for (const file of candidates) {
    if (cached?.file === file) return cached.bytes;
    try {
      const bytes = new Uint8Array(await fs.promises.readFile(file));
      cached = { file, bytes };
      return bytes;
    } catch {
      // Try the next place.
    }
  }
  throw deskError('ARCHIVE_FONT_MISSING.searched', { file: CJK_FONT_FILE, searched: candidates });
}
