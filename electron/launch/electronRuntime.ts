import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The path of an installed Electron runtime, or null when there is none.
 * Reads what the electron package records (path.txt, dist/) instead of
 * requiring it, because requiring it tries to download a missing runtime.
 */
export function findElectronRuntime(env: NodeJS.ProcessEnv = process.env, from: string = import.meta.url): string | null {
  let pkgDir: string;
  try {
    pkgDir = path.dirname(createRequire(from).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(pkgDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  if (!relative) return null;
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(pkgDir, 'dist');
  const binary = path.join(dist, relative);
  return fs.existsSync(binary) ? binary : null;
}
