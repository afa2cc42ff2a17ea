import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A real, small file system mounted at `dir` (a tmpfs of `bytes`), so a test
 * can fill it up and watch the desk hit ENOSPC where it writes. Needs root on
 * Linux; elsewhere (or where mounting is refused) the reason comes back
 * instead, for the test to skip with.
 */
export interface SmallDisk {
  dir: string;
  /** Fills the disk with a filler file until at most `leave` bytes are free. */
  fill(leave: number): void;
  /** Removes the filler: the disk has room again. */
  free(): void;
  unmount(): void;
}

export function mountSmallDisk(dir: string, bytes: number): SmallDisk | string {
  if (process.platform !== 'linux') return `a small file system is mounted with tmpfs, which needs Linux (this is ${process.platform})`;
  fs.mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0700`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (e) {
    return `mounting a tmpfs at ${dir} was refused (${String((e as { stderr?: Buffer }).stderr ?? e).trim()}); the test needs root`;
  }
  const filler = path.join(dir, 'filler.bin');
  return {
    dir,
    fill(leave) {
      fs.rmSync(filler, { force: true });
      const fd = fs.openSync(filler, 'w');
      const chunk = Buffer.alloc(4096, 1);
      try {
        for (;;) {
          const { bavail, bsize } = fs.statfsSync(dir);
          if (bavail * bsize <= leave) break;
          fs.writeSync(fd, chunk, 0, Math.min(chunk.length, bavail * bsize - leave));
        }
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
      } finally {
        fs.closeSync(fd);
      }
    },
    free() {
      fs.rmSync(filler, { force: true });
    },
    unmount() {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
    },
  };
}
