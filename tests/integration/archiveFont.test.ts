import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { cjkFontCandidates, loadCjkFont } from '../../electron/core/print/fontPath';
import { fontkit } from '../../electron/core/print/fontkit';
import { tempDir } from '../helpers/tempDesk';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

const TEXT = '免考记录 刘一 2024-09-02 审核日期 证明材料 430681********0110';

async function page(subset: boolean, dir: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(await loadCjkFont(), { subset });
  doc.addPage([520, 60]).drawText(TEXT, { x: 10, y: 25, size: 14, font });
  const file = path.join(dir, `${subset}.pdf`);
  fs.writeFileSync(file, await doc.save());
  execFileSync('pdftoppm', ['-r', '72', '-gray', file, path.join(dir, String(subset))]);
  const pgm = fs.readdirSync(dir).find((f) => f.startsWith(`${subset}-`) && f.endsWith('.pgm'))!;
  return fs.readFileSync(path.join(dir, pgm));
}

describe('the archive font', () => {
  it('is found in the installed font package, and XUEFA_CJK_FONT comes first', () => {
    const found = cjkFontCandidates({}, undefined);
    expect(found.some((f) => f.endsWith(path.join('noto-sans-sc', '400Regular', 'NotoSansSC_400Regular.ttf')) && fs.existsSync(f))).toBe(true);
    expect(cjkFontCandidates({ XUEFA_CJK_FONT: '/x/my.ttf' }, '/app/resources').slice(0, 2)).toEqual([path.resolve('/x/my.ttf'), path.join('/app/resources', 'fonts', 'NotoSansSC_400Regular.ttf')]);
  });

  it('says clearly when no font can be found', async () => {
    await expect(loadCjkFont(['/nowhere/a.ttf'])).rejects.toMatchObject({ code: 'ARCHIVE_FONT_MISSING' });
  });

  it('draws subset Chinese exactly like the whole font (the subset keeps every glyph)', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const subset = await page(true, t.dir);
    const whole = await page(false, t.dir);
    expect(subset.length).toBe(whole.length);
    expect(subset.equals(whole)).toBe(true);
    // and the page is not blank
    expect(subset.subarray(-520 * 60).some((v) => v < 128)).toBe(true);
  }, 60_000);
});
