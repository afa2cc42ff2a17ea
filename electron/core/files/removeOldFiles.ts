import fs from 'node:fs';
import path from 'node:path';

/**
 * Removes the files directly in `dir` whose names `wanted` accepts and that
 * were last modified more than `olderThanMs` before `now`; returns how many
 * went. Never throws: a missing folder removes nothing, and a file that is
 * gone already or locked by another program is left for next time.
 */
export async function removeOldFiles(dir: string, wanted: (name: string) => boolean, olderThanMs: number, now = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await fs.promises.readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!wanted(name)) continue;
    const file = path.join(dir, name);
    try {
      const stat = await fs.promises.stat(file);
      if (stat.isFile() && now - stat.mtimeMs > olderThanMs) {
        await fs.promises.rm(file, { force: true });
        removed++;
      }
    } catch {
      // Gone already or locked: try again next time.
    }
  }
  return removed;
}
