import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { evidencePath } from '../../electron/core/evidence/evidenceStore';
import type { Desk } from '../../electron/core/desk';
import { exportFile } from '../../electron/core/files/outbox';
import type { ArchiveResult } from '../../shared/exemptions/schemas';
import { jpegBytes, pdfBytes, pngBytes } from '../helpers/evidenceFiles';
import { apply, approve, attach, person } from '../helpers/exemptionFixtures';
import { unit } from '../helpers/staffFixtures';
import { call } from '../helpers/tempDesk';
import { useTempDesk } from '../helpers/deskFixture';

/*
 * 打印存档 on a real desk: real JPEG, PNG and PDF evidence, the PDF inspected
 * with poppler's pdfinfo and pdftotext.
 */
let desk: Desk;
useTempDesk((open) => {
  ({ desk } = open);
}, { at: '2024-09-02T09:00:00+08:00' });

const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
/** The text of a page (or all), without white space: pdftotext's spacing between Chinese and digits varies. */
const pdfText = (file: string, first?: number, last?: number) =>
  execFileSync('pdftotext', [...(first ? ['-f', String(first), '-l', String(last ?? first)] : []), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

async function printed(args: Record<string, unknown>): Promise<{ result: ArchiveResult; file: string }> {
  const result = await call(desk, 'exemptions.print', { year: 2024, ...args });
  return { result, file: (await exportFile(desk.ctx.paths.dataDir, result.fileId)).path };
}

/** Two units; 刘一 (retirement, JPEG), 陈二 (maternity, PNG + 3-page PDF) approved; 赵三 only a draft. */
async function seed() {
  const bureau = await unit(desk, '存档测试局');
  const office = await unit(desk, '法规科', bureau.id);
  const liu = await person(desk, bureau.id, '刘一', '19650115', 11);
  const chen = await person(desk, office.id, '陈二', '19900301', 22);
  const zhao = await person(desk, office.id, '赵三', '19660115', 33);
  const a = await apply(desk, liu.id, 'retirement');
  await attach(desk, a.id, '书面申请.jpg', jpegBytes());
  await approve(desk, a.id);
  const b = await apply(desk, chen.id, 'maternity', { notes: '产假至 2025-01-31' });
  await attach(desk, b.id, '产假审批表.png', pngBytes(300, 200, 5));
  await attach(desk, b.id, '出生医学证明.pdf', await pdfBytes(['APPENDED-PAGE-ONE', 'APPENDED-PAGE-TWO', 'APPENDED-PAGE-THREE']));
  await approve(desk, b.id);
  await apply(desk, zhao.id, 'retirement');
  return { bureau, office, liu, chen, zhao };
}

describe('printed archive', () => {
  it('has a cover, the index, each record followed by its evidence, in Chinese, with masked ID numbers', async () => {
    const { liu, chen, zhao } = await seed();
    const { result, file } = await printed({});
    expect(result).toMatchObject({ people: 2, evidenceFiles: 3, problems: [] });
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    // cover + index + (record + JPEG) + (record + PNG + 3 PDF pages)
    expect(pdfPages(file)).toBe(9);
    expect(result.pages).toBe(9);

    const cover = pdfText(file, 1);
    expect(cover).toContain('2024年度学法考法免考人员存档');
    expect(cover).toContain('免考人数2人');
    const index = pdfText(file, 2);
    expect(index).toContain('免考人员目录');
    expect(index).toContain('刘一');
    expect(index).toContain('430681********');
    expect(index).toContain('距退休两年内');
    expect(index).toContain('正在休产假');
    expect(index).toContain('人事科李科长');
    const all = pdfText(file);
    for (const s of [liu, chen]) {
      expect(all).toContain(`${s.idNumber.slice(0, 6)}********${s.idNumber.slice(-4)}`);
      expect(all).not.toContain(s.idNumber);
    }
    expect(all).not.toContain('赵三'); // a draft is not archived
    expect(zhao.id).toBeGreaterThan(0);

    expect(pdfText(file, 3)).toContain('免考记录·1.刘一');
    expect(pdfText(file, 3)).toContain('2025-02-15'); // 刘一's statutory retirement date
    expect(pdfText(file, 4)).toContain('刘一·证明材料1/1');
    expect(pdfText(file, 5)).toContain('免考记录·2.陈二');
    expect(pdfText(file, 5)).toContain('产假审批表.png');
    expect(pdfText(file, 6)).toContain('陈二·证明材料1/2');
    expect(pdfText(file, 7)).toContain('APPENDED-PAGE-ONE');
    expect(pdfText(file, 7)).toContain('陈二·证明材料2/2（第1/3页）');
    expect(pdfText(file, 9)).toContain('APPENDED-PAGE-THREE');
    expect(pdfText(file, 9)).toContain('第9页/共9页');
    // The index points at each record page.
    expect(index).toMatch(/刘一430681\*{8}\d{3}[\dX].*?1份3/);
  });

  it('prints one unit with or without its sub-units', async () => {
    const { bureau } = await seed();
    const withSubs = await printed({ unitId: bureau.id });
    expect(withSubs.result.people).toBe(2);
    expect(pdfText(withSubs.file, 1)).toContain('存档测试局（含下级单位）');
    const own = await printed({ unitId: bureau.id, includeSubunits: false });
    expect(own.result.people).toBe(1);
    expect(pdfPages(own.file)).toBe(4);
    expect(pdfText(own.file)).not.toContain('陈二');
  });

  it('prints an empty archive that says there is nobody', async () => {
    await unit(desk, '空单位');
    const { result, file } = await printed({});
    expect(result).toMatchObject({ people: 0, pages: 2 });
    expect(pdfText(file, 2)).toContain('没有已批准的免考人员');
  });

  it('says which evidence is missing or altered, in the result and on a page of the PDF', async () => {
    await seed();
    const withJpeg = (await call(desk, 'exemptions.list', { year: 2024, status: 'approved' }))[0]!;
    const detail = await call(desk, 'exemptions.get', { id: withJpeg.id });
    fs.rmSync(evidencePath(desk.ctx.paths.dataDir, detail.evidence[0]!.sha256));
    const second = (await call(desk, 'exemptions.list', { year: 2024, status: 'approved' }))[1]!;
    const other = await call(desk, 'exemptions.get', { id: second.id });
    fs.appendFileSync(evidencePath(desk.ctx.paths.dataDir, other.evidence[1]!.sha256), 'tampered');

    const { result, file } = await printed({});
    expect(result.problems).toEqual([
      { name: '刘一', evidence: '书面申请.jpg', message: expect.stringContaining('找不到') },
      { name: '陈二', evidence: '出生医学证明.pdf', message: expect.stringContaining('改动') },
    ]);
    // The missing JPEG and the altered 3-page PDF each become one page saying so.
    expect(pdfPages(file)).toBe(7);
    const text = pdfText(file);
    expect(text).toContain('证明材料缺失');
    expect(text).not.toContain('APPENDED-PAGE-ONE');
  });

  it('xuefa exemptions print writes the PDF where asked and names missing evidence', async () => {
    await seed();
    const dbFile = desk.ctx.paths.databaseFile;
    const out = path.join(path.dirname(dbFile), '免考存档.pdf');
    const lines: string[] = [];
    const errs: string[] = [];
    const code = await runCli(['exemptions', 'print', '--year', '2024', '--unit', '存档测试局/法规科', '--out', out, '--db', dbFile, '--json'], {
      out: (t) => lines.push(t),
      err: (t) => errs.push(t),
    });
    expect(code).toBe(0);
    expect(JSON.parse(lines.join(''))).toMatchObject({ people: 1, pages: 7, evidenceFiles: 2, problems: [] });
    expect(pdfPages(out)).toBe(7);
    expect(pdfText(out, 1)).toContain('存档测试局/法规科（含下级单位）');

    // The PNG deleted behind the app's back: the archive is still written, the problem named, exit 1.
    const dataDir = path.dirname(dbFile);
    const png = fs.readdirSync(path.join(dataDir, 'evidence'), { recursive: true, encoding: 'utf8' }).map((f) => path.join(dataDir, 'evidence', f));
    for (const f of png) if (fs.statSync(f).isFile() && fs.readFileSync(f).subarray(1, 4).toString() === 'PNG') fs.rmSync(f);
    errs.length = 0;
    const again = await runCli(['exemptions', 'print', '--year', '2024', '--unit', '法规科', '--out', out, '--db', dbFile], { out: () => {}, err: (t) => errs.push(t) });
    expect(again).toBe(1);
    expect(errs.join('\n')).toContain('陈二的“产假审批表.png”');
  });
});
