import crypto from 'node:crypto';
import path from 'node:path';

/**
 * The names the desk gives a file while it is on its way to its place, in
 * one spot, so the start-up clean-up recognises every one of them:
 *
 * - `.<name>.<pid>.<random>.tmp`: a file written beside its target and
 *   renamed (exports, files saved from the desk: tempNeighbour);
 * - `<name>.part`: an upload, a backup, a `.xfbak`, a snapshot, an evidence
 *   file being stored or restored;
 * - `<name>.part-journal`: the rollback journal SQLite keeps beside a
 *   `.part` database while VACUUM INTO writes it.
 *
 * A process stopped half-way (killed, a full disk, a power cut) leaves these
 * behind; none of them is ever a finished file.
 */
const HIDDEN_TEMP = /^\..+\.tmp$/;

/** A hidden neighbour of `target` in the same folder (so the final rename stays on one disk). */
export function tempNeighbour(target: string): string {
  const dir = path.dirname(path.resolve(target));
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
}

/** Whether a file name (no folder) is one of the desk's temporary names. */
export function isTempName(name: string): boolean {
  return HIDDEN_TEMP.test(name) || name.endsWith('.part') || name.endsWith('.part-journal');
}
