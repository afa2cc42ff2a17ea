import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebHost } from '../../electron/web/server';
import { rawRequest } from '../helpers/http';
import { tempDir } from '../helpers/tempDesk';
import { startTempHost } from '../helpers/webHost';
import { hostileFiles } from './xlsxCorpus';

/**
 * Uploads through the browser-mode host with names an attacker (or an odd
 * file system) would choose: the file lands only in the inbox under a random
 * id, and the name kept for display is one Windows can save under.
 */
let dataDir: string;
let host: WebHost;
let cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  const served = await startTempHost({ maxUploadBytes: 2 * 1024 * 1024 });
  ({ dataDir, host } = served);
  cleanups = [served.close];
});
afterAll(async () => {
  for (const c of cleanups) await c();
});

function upload(name: string, body: Buffer | string = 'PK\x03\x04 not really') {
  return rawRequest(host.origin, {
    method: 'POST',
    path: `/upload?name=${encodeURIComponent(name)}`,
    headers: { 'content-type': 'application/octet-stream', 'x-xuefa-token': host.token },
    body,
  });
}

/** Every file under the data folder except the database's own. */
function filesOutsideDatabase(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (!/^xuefa\.sqlite(-wal|-shm)?$/.test(e.name)) found.push(path.relative(dataDir, p));
    }
  };
  walk(dataDir);
  return found.sort();
}

const hostileNames: [string, string][] = [
  ['../../../xuefa.sqlite', 'xuefa.sqlite'],
  ['..\\..\\Windows\\win.ini', 'win.ini'],
  ['C:\\Users\\admin\\桌面\\名册.xlsx', '名册.xlsx'],
  ['/etc/passwd', 'passwd'],
  ['名册\u0000.exe.xlsx', '名册.exe.xlsx'],
  ['名册\u202Exslx.exe', '名册xslx.exe'],
  ['CON.xlsx', '_CON.xlsx'],
  ['nul', '_nul'],
  ['com1.名册.xlsx', '_com1.名册.xlsx'],
  ['名册.xlsx. . .', '名册.xlsx'],
  ['<script>alert(1)</script>.xlsx', 'script.xlsx'],
  ['"引号"|管道?*.xlsx', '引号管道.xlsx'],
  ['\u0007\u0008', '名册.xlsx'],
  ['....', '名册.xlsx'],
  ['%2e%2e%2fxuefa.sqlite', '%2e%2e%2fxuefa.sqlite'],
];

describe('hostile upload names', () => {
  it.each(hostileNames)('%j is stored in the inbox under a random id and shown as %j', async (name, shown) => {
    const before = filesOutsideDatabase().filter((f) => !f.startsWith('inbox'));
    const r = await upload(name);
    expect(r.status).toBe(200);
    const stored = r.json<{ fileId: string; name: string }>().value!;
    expect(stored.fileId).toMatch(/^[0-9a-f]{32}$/);
    expect(stored.name).toBe(shown);
    const after = filesOutsideDatabase();
    expect(after.filter((f) => !f.startsWith('inbox'))).toEqual(before);
    expect(after).toEqual(expect.arrayContaining([path.join('inbox', `${stored.fileId}.xlsx`), path.join('inbox', `${stored.fileId}.json`)]));
  });

  it('keeps a very long name short enough to save on Windows, extension included', async () => {
    const r = await upload(`${'很长的名册'.repeat(90)}.xlsx`);
    const { name } = r.json<{ name: string }>().value!;
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith('.xlsx')).toBe(true);
  });

  it('refuses a missing or absurdly long name before storing anything', async () => {
    const before = filesOutsideDatabase();
    expect((await upload('')).status).toBe(400);
    expect((await upload('\r\n\t ')).status).toBe(400);
    expect((await upload('x'.repeat(501))).status).toBe(400);
    expect(filesOutsideDatabase()).toEqual(before);
  });

  it('answers a hostile workbook uploaded under a hostile name with a clear reason naming the file as the admin knows it', async () => {
    const dir = tempDir('xuefa-upload-');
    cleanups.push(dir.cleanup);
    const bomb = hostileFiles.find((h) => h.name === 'lying-bomb.xlsx')!;
    const bytes = fs.readFileSync(await bomb.build(dir.dir));
    const stored = (await upload('..\\..\\人事处 名册.xlsx', bytes)).json<{ fileId: string }>().value!;
    const r = await rawRequest(host.origin, {
      method: 'POST',
      path: '/api/import.preview',
      headers: { 'content-type': 'application/json', 'x-xuefa-token': host.token },
      body: JSON.stringify({ fileId: stored.fileId }),
    });
    expect(r.status).toBe(200);
    const answer = r.json();
    expect(answer).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE' } });
    expect(answer.error!.message).toContain('人事处 名册.xlsx');
    expect(answer.error!.message).not.toContain(stored.fileId);
  });
});
