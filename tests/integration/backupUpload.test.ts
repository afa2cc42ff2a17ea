import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BACKUP_UPLOAD_BYTES, MAX_UPLOAD_BYTES, openUpload } from '../../electron/core/files/inbox';
import { manualBackup } from '../helpers/backupFiles';
import { putEvidence } from '../helpers/craftedBackups';
import { rawRequest } from '../helpers/http';
import { unit } from '../helpers/staffFixtures';
import { tempDir } from '../helpers/tempDesk';
import { startTempHost, type TempHost } from '../helpers/webHost';

let host: TempHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

/** Browser mode: a backup travels with its own cap, not the worksheets' one. */
describe('uploading a backup in browser mode', () => {
  it('takes a backup larger than the worksheet cap (kind=backup) and restores it; the worksheet cap still holds for everything else', async () => {
    const worksheetCap = 64 * 1024;
    host = await startTempHost({ maxUploadBytes: worksheetCap });
    const { desk, dataDir } = host;
    await unit(desk, '司法局');
    putEvidence(dataDir, Buffer.concat([Buffer.from('%PDF-1.4 '), crypto.randomBytes(200 * 1024)]));
    const bytes = fs.readFileSync(await manualBackup(desk));
    expect(bytes.length).toBeGreaterThan(worksheetCap);
    await unit(desk, '备份之后新建');

    const post = (path: string) =>
      rawRequest(host!.host.origin, {
        method: 'POST',
        path,
        headers: { 'content-type': 'application/octet-stream', 'x-xuefa-token': host!.host.token, 'content-length': String(bytes.length) },
        body: bytes,
      });
    const asWorksheet = await post(`/upload?name=${encodeURIComponent('备份.xfbak')}`);
    expect(asWorksheet.status).toBe(413);
    expect(asWorksheet.json().error?.code).toBe('FILE_TOO_LARGE');

    const odd = await post(`/upload?name=${encodeURIComponent('备份.xfbak')}&kind=other`);
    expect(odd.status).toBe(400);

    const asBackup = await post(`/upload?name=${encodeURIComponent('备份.xfbak')}&kind=backup`);
    expect(asBackup.status).toBe(200);
    const stored = asBackup.json<{ fileId: string; name: string; size: number }>().value!;
    expect(stored).toMatchObject({ name: '备份.xfbak', size: bytes.length });

    const restored = await rawRequest(host.host.origin, {
      method: 'POST',
      path: '/api/backup.restore',
      headers: { 'content-type': 'application/json', 'x-xuefa-token': host.host.token },
      body: JSON.stringify({ source: { kind: 'upload', fileId: stored.fileId } }),
    });
    expect(restored.json()).toMatchObject({ ok: true, value: { evidenceRestored: 0, evidenceRepaired: 0 } });
    expect(await desk.ctx.db('units').orderBy('id').pluck('name')).toEqual(['司法局']);
  });

  it('has a cap of its own (20 GB), with a message about backups, not worksheets', async () => {
    expect(MAX_BACKUP_UPLOAD_BYTES).toBe(20 * 1024 ** 3);
    expect(MAX_UPLOAD_BYTES).toBe(200 * 1024 ** 2);
    const t = tempDir();
    try {
      const sink = await openUpload(t.dir, '大备份.xfbak', 10, 'backup');
      const refused = await sink.write(new Uint8Array(11)).catch((e: unknown) => e as { code: string; message: string });
      expect(refused).toMatchObject({ code: 'BACKUP_TOO_LARGE' });
      expect((refused as { message: string }).message).toContain('备份文件“大备份.xfbak”');
      expect((refused as { message: string }).message).not.toContain('工作表');
      expect(fs.readdirSync(`${t.dir}/inbox`)).toEqual([]);
    } finally {
      t.cleanup();
    }
  });
});
