import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { evidenceDir, evidencePath } from '../../electron/core/evidence/evidenceStore';
import type { Desk } from '../../electron/core/desk';
import { dataPath, newFileId, writeSidecar } from '../../electron/core/files/fileStore';
import { inboxDir } from '../../electron/core/files/inbox';
import { exportFile } from '../../electron/core/files/outbox';
import { jpegBytes, pdfBytes, pngBytes, upload } from '../helpers/evidenceFiles';
import { apply, attach, person } from '../helpers/exemptionFixtures';
import { auditRows, unit } from '../helpers/staffFixtures';
import { call, refusal, sha256 } from '../helpers/tempDesk';
import { useTempDesk } from '../helpers/deskFixture';

let desk: Desk;
let dataDir: string;
useTempDesk(async (open) => {
  ({ desk } = open);
  dataDir = desk.ctx.paths.dataDir;
}, { at: '2024-09-02T09:00:00+08:00' });

async function twoApplications() {
  const u = await unit(desk, '材料测试局');
  const a = await apply(desk, (await person(desk, u.id, '钱病假', '19800101', 11)).id, 'illness');
  const b = await apply(desk, (await person(desk, u.id, '孙产假', '19900301', 22)).id, 'maternity');
  return { a, b };
}

const detail = (id: number) => call(desk, 'exemptions.get', { id });
const storedFiles = () => fs.readdirSync(evidenceDir(dataDir), { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('tmp') && fs.statSync(path.join(evidenceDir(dataDir), f)).isFile());

describe('evidence store', () => {
  it('stores each content once by its SHA-256 (never under the given name) and links it as often as needed', async () => {
    const { a, b } = await twoApplications();
    const scan = jpegBytes();
    const first = await attach(desk, a.id, '诊断证明.jpg', scan);
    expect(first.alreadyStored).toBe(false);
    expect(first.evidence).toMatchObject({ name: '诊断证明.jpg', kind: 'jpeg', size: scan.length });
    const file = evidencePath(dataDir, first.evidence.sha256);
    expect(sha256(file)).toBe(first.evidence.sha256);
    expect(path.basename(file)).toBe(first.evidence.sha256);

    const second = await attach(desk, b.id, '同一份扫描件.jpg', scan);
    expect(second).toMatchObject({ alreadyStored: true, evidence: { sha256: first.evidence.sha256, name: '同一份扫描件.jpg' } });
    expect(storedFiles()).toHaveLength(1);
    expect((await detail(b.id)).evidenceCount).toBe(1);

    // The same content twice on one application is refused; nothing new is written.
    const again = await upload(desk, '再传一次.jpg', scan);
    expect((await refusal(desk, 'exemptions.attachEvidence', { exemptionId: a.id, fileId: again.fileId })).code).toBe('EVIDENCE_DUPLICATE');
    expect(storedFiles()).toHaveLength(1);
  });

  it('checks the type by content: a renamed document is refused, a PNG named .pdf is taken as a PNG', async () => {
    const { a } = await twoApplications();
    const fake = await upload(desk, '诊断证明.pdf', Buffer.from('PK\u0003\u0004 this is really a Word document'));
    const refused = await refusal(desk, 'exemptions.attachEvidence', { exemptionId: a.id, fileId: fake.fileId });
    expect(refused.code).toBe('EVIDENCE_TYPE');
    expect(refused.message).toContain('“诊断证明.pdf”的内容不是 PDF、JPG 或 PNG 文件');
    expect(refused.message).toContain('Word/Excel');
    const broken = await upload(desk, '坏的.pdf', Buffer.from('%PDF-1.7\nthis is not really a pdf'));
    expect((await refusal(desk, 'exemptions.attachEvidence', { exemptionId: a.id, fileId: broken.fileId })).code).toBe('EVIDENCE_PDF_UNREADABLE');
    expect(fs.existsSync(evidenceDir(dataDir)) ? storedFiles() : []).toEqual([]);

    const png = await attach(desk, a.id, '扫描.pdf', pngBytes(20, 20, 4));
    expect(png.evidence).toMatchObject({ kind: 'png', name: '扫描.pdf.png' });
    const pdf = await attach(desk, a.id, '病历', await pdfBytes(['page']));
    expect(pdf.evidence).toMatchObject({ kind: 'pdf', name: '病历.pdf' });
  });

  it('refuses a 200 MB file with a clear limit, without reading or storing it', async () => {
    const { a } = await twoApplications();
    const fileId = newFileId();
    const big = dataPath(inboxDir(dataDir), fileId);
    fs.mkdirSync(inboxDir(dataDir), { recursive: true });
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, 200 * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
    await writeSidecar(inboxDir(dataDir), fileId, '住院病历扫描.pdf', 200 * 1024 * 1024);
    const refused = await refusal(desk, 'exemptions.attachEvidence', { exemptionId: a.id, fileId });
    expect(refused.code).toBe('EVIDENCE_TOO_LARGE');
    expect(refused.message).toContain('“住院病历扫描.pdf”有 200 MB，超过证明材料 50 MB 的上限');
    expect(fs.existsSync(evidenceDir(dataDir))).toBe(false);
  });

  it('keeps hostile names as harmless text', async () => {
    const { a } = await twoApplications();
    const names: [string, string][] = [
      ['../../../etc/passwd.png', 'passwd.png'],
      ['CON.png', '_CON.png'],
      ['nul', '_nul.png'],
      ['scan\u202Egnp.exe', 'scangnp.exe.png'],
      ['  ..\\..\\系统\\证明.png  ', '证明.png'],
    ];
    for (const [i, [raw, shown]] of names.entries()) {
      const added = await attach(desk, a.id, raw, pngBytes(10, 10, 100 + i));
      expect(added.evidence.name).toBe(shown);
    }
    // Everything lives under evidence/<aa>/<sha256>, nothing anywhere else.
    for (const f of storedFiles()) expect(f).toMatch(/^[0-9a-f]{2}[/\\][0-9a-f]{64}$/);
    expect(fs.readdirSync(dataDir).sort()).toEqual(expect.not.arrayContaining(['etc', '系统']));
  });

  it('opens, replaces (keeping the old one in the history) and removes (recorded) evidence', async () => {
    const { a } = await twoApplications();
    const first = await attach(desk, a.id, '旧诊断.png', pngBytes(20, 20, 7));
    const newer = await upload(desk, '新诊断.pdf', await pdfBytes(['new diagnosis']));
    const replaced = await call(desk, 'exemptions.replaceEvidence', { evidenceId: first.evidence.id, fileId: newer.fileId });
    expect(replaced.evidence.replacesId).toBe(first.evidence.id);
    let d = await detail(a.id);
    expect(d.evidence.map((e) => e.name)).toEqual(['新诊断.pdf']);
    expect(d.history).toMatchObject([{ name: '旧诊断.png', removedReason: 'replaced', removedBy: 'tester' }]);
    expect(fs.existsSync(evidencePath(dataDir, first.evidence.sha256))).toBe(true); // the old file is kept

    // Opening gives a copy to download under the file's name, historical ones included.
    const opened = await call(desk, 'exemptions.openEvidence', { evidenceId: first.evidence.id });
    expect(opened.name).toBe('旧诊断.png');
    expect(fs.readFileSync((await exportFile(dataDir, opened.fileId)).path).equals(pngBytes(20, 20, 7))).toBe(true);
    expect((await refusal(desk, 'exemptions.replaceEvidence', { evidenceId: first.evidence.id, fileId: newer.fileId })).code).toBe('EVIDENCE_NOT_FOUND');

    const removed = await call(desk, 'exemptions.removeEvidence', { evidenceId: replaced.evidence.id, note: '传错了人' });
    expect(removed).toMatchObject({ removedReason: 'removed', removedNote: '传错了人' });
    d = await detail(a.id);
    expect(d.evidenceCount).toBe(0);
    expect(d.history.map((e) => e.name)).toEqual(['新诊断.pdf', '旧诊断.png']);
    const actions = (await auditRows(desk)).filter((r) => r.action.startsWith('exemption.evidence')).map((r) => r.action);
    expect(actions).toEqual(['exemption.evidence.add', 'exemption.evidence.replace', 'exemption.evidence.remove']);

    // A file deleted behind the app's back cannot be opened, and says so.
    fs.rmSync(evidencePath(dataDir, first.evidence.sha256));
    expect((await refusal(desk, 'exemptions.openEvidence', { evidenceId: first.evidence.id })).code).toBe('EVIDENCE_FILE_MISSING');
  });
});

describe('verify (核验)', () => {
  it('reports missing, altered and stray files and exits 1; a clean archive passes with exit 0', async () => {
    const { a, b } = await twoApplications();
    const x = await attach(desk, a.id, '甲.png', pngBytes(10, 10, 1));
    const y = await attach(desk, a.id, '乙.png', pngBytes(10, 10, 2));
    await attach(desk, b.id, '丙.jpg', jpegBytes());
    const clean = await call(desk, 'exemptions.verifyEvidence', {});
    expect(clean).toEqual({ ok: true, checkedFiles: 3, missing: [], altered: [], stray: [], integrity: ['ok'] });
    const xuefa = async () => {
      const out: string[] = [];
      const code = await runCli(['verify', '--db', desk.ctx.paths.databaseFile], { out: (t) => out.push(t), err: () => {} });
      return { code, text: out.join('\n') };
    };
    expect(await xuefa()).toMatchObject({ code: 0, text: expect.stringContaining('核验通过') });

    fs.rmSync(evidencePath(dataDir, x.evidence.sha256));
    fs.writeFileSync(evidencePath(dataDir, y.evidence.sha256), 'edited in Paint');
    fs.writeFileSync(path.join(evidenceDir(dataDir), 'notes.txt'), 'x');
    fs.mkdirSync(path.join(evidenceDir(dataDir), 'zz'), { recursive: true });
    fs.writeFileSync(path.join(evidenceDir(dataDir), 'zz', 'copy.png'), 'x');

    const report = await call(desk, 'exemptions.verifyEvidence', {});
    expect(report.ok).toBe(false);
    expect(report.missing).toEqual([{ sha256: x.evidence.sha256, names: ['甲.png'] }]);
    expect(report.altered).toEqual([{ sha256: y.evidence.sha256, names: ['乙.png'] }]);
    expect(report.stray).toEqual(['notes.txt', 'zz/copy.png']);
    expect(report.integrity).toEqual(['ok']);
    const cli = await xuefa();
    expect(cli.code).toBe(1);
    expect(cli.text).toContain('缺失：甲.png');
    expect(cli.text).toContain('被改动：乙.png');
    expect(cli.text).toContain('多余的文件：evidence/zz/copy.png');

    // Adding the good file again puts the altered copy right.
    await attach(desk, b.id, '乙（重新扫描）.png', pngBytes(10, 10, 2));
    expect((await call(desk, 'exemptions.verifyEvidence', {})).altered).toEqual([]);
  });

  it('the full integrity check in 设置 re-hashes the evidence too, and offers the latest good backup when a file is gone', async () => {
    const { a } = await twoApplications();
    const x = await attach(desk, a.id, '诊断证明.png', pngBytes(10, 10, 3));
    const clean = await call(desk, 'backup.checkIntegrity', {});
    expect(clean).toMatchObject({ ok: true, evidence: { checked: 1, problems: [] } });

    fs.rmSync(evidencePath(dataDir, x.evidence.sha256));
    const broken = await call(desk, 'backup.checkIntegrity', {});
    expect(broken.ok).toBe(false);
    expect(broken.integrity).toEqual(['ok']);
    expect(broken.evidence?.problems).toEqual([expect.stringContaining('证明材料缺失：诊断证明.png')]);
  });
});
