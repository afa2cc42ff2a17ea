import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk } from '../../electron/core/desk';
import { tempNeighbour } from '../../electron/core/files/tempNames';
import { tempDir } from '../helpers/tempDesk';

/**
 * Every temporary name the desk writes, as a process stopped half-way leaves
 * it, is cleared when a desk next opens on the folder (once it is an hour
 * old, so a write in progress is spared); finished files stay.
 */
let t: { dir: string; cleanup(): void };
afterEach(() => t.cleanup());

const SHA = 'ab'.padEnd(64, '0');
const hoursAgo = (h: number) => new Date(Date.now() - h * 60 * 60 * 1000);

function put(rel: string, at: Date, content = ''): string {
  const file = path.join(t.dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  fs.utimesSync(file, at, at);
  return rel;
}

describe('the start-up clean-up', () => {
  it('removes every kind of temporary file a stopped write leaves, and nothing else', async () => {
    t = tempDir();
    const id = 'c0ffee'.padEnd(32, '0');
    const stale = [
      // An export cut off half-way (the hidden neighbour it is written to before its rename).
      path.relative(t.dir, tempNeighbour(path.join(t.dir, 'exports', `${id}.xlsx`))),
      // The same, as earlier versions named it.
      `exports/.${id}.xlsx.4242.1733580000000.tmp`,
      // A backup written through the exports folder.
      `exports/${id}.xlsx.part`,
      // An upload cut off.
      `inbox/${id}.part`,
      // An automatic backup and its VACUUM INTO journal, a backup's database snapshot.
      'backups/xuefa-20241001-090000-daily.sqlite.part',
      'backups/xuefa-20241001-090000-daily.sqlite.part-journal',
      'backups/snapshot-0123456789ab.sqlite.part',
      // Evidence being stored, and evidence being put back by a restore.
      'evidence/tmp/0123456789abcdef01234567.part',
      `evidence/ab/${SHA}.4242.part`,
    ].map((rel) => put(rel, hoursAgo(2)));
    const kept = [
      put(`exports/${'f'.repeat(32)}.xlsx`, hoursAgo(2), 'an export of today'),
      put(`evidence/ab/${SHA}`, hoursAgo(2), 'evidence'),
      // A write that may still be under way.
      put(`exports/.${id}.xlsx.4242.abcd1234.tmp`, hoursAgo(0)),
      put(`evidence/tmp/fedcba9876543210fedcba98.part`, hoursAgo(0)),
      put('exports/notes.txt', hoursAgo(2), 'not the desk’s'),
    ];
    const desk = await openDesk({ mode: 'cli', dataDir: t.dir, actor: 'tester' });
    await desk.close();
    expect(stale.filter((rel) => fs.existsSync(path.join(t.dir, rel)))).toEqual([]);
    expect(kept.filter((rel) => !fs.existsSync(path.join(t.dir, rel)))).toEqual([]);
  });
});
