import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import type { Desk } from '../../electron/core/desk';
import { exportFile } from '../../electron/core/files/outbox';
import { giveCredits, openBookingDesk, person as bookingPerson, type BookingDesk } from '../helpers/bookingFixtures';
import { jpegBytes } from '../helpers/evidenceFiles';
import { apply, approve, attach, person } from '../helpers/exemptionFixtures';
import { unit } from '../helpers/staffFixtures';
import { call, tempDir } from '../helpers/tempDesk';

/**
 * Names with characters the bundled font lacks (CJK Extension B: 𠮷 U+20BB7,
 * 𡈼 U+2123C, real in Chinese names) print with □ in the character's place,
 * never with the character silently gone, and the result says which names
 * to complete by hand. The PDFs are read back with poppler's pdftotext.
 */
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

describe('rare characters in the printed exemption archive', () => {
  let t: BookingDesk;
  let desk: Desk;
  beforeAll(async () => {
    t = await openBookingDesk();
    desk = t.desk;
  });
  afterAll(() => t.cleanup());

  it('are marked □ where they stand, and the result warns naming them', async () => {
    const bureau = await unit(desk, '𡈼城司法局');
    const ji = await person(desk, bureau.id, '𠮷田明', '19650115', 11);
    const plain = await person(desk, bureau.id, '刘一', '19650116', 13);
    for (const p of [ji, plain]) {
      const a = await apply(desk, p.id, 'retirement');
      // Each person's own scan: one scan on two people is flagged (and that flag would name them again).
      await attach(desk, a.id, '书面申请.jpg', jpegBytes(`scan of ${p.id}`));
      await approve(desk, a.id);
    }
    const result = await call(desk, 'exemptions.print', { year: 2024, unitId: bureau.id });
    expect(result.glyphWarning).toBe('以下内容含打印字体无法显示的生僻字，打印件中已用□标出，请在纸面上手写补全：𡈼城司法局（含下级单位）、𠮷田明、𡈼城司法局。');
    const text = pdfText((await exportFile(desk.ctx.paths.dataDir, result.fileId)).path);
    // Cover (scope), index and record page all show the mark in the character's place.
    expect(text).toContain('□田明');
    expect(text).toContain('□城司法局');
    expect(text).not.toMatch(/[^□]田明/);
    expect(text).toContain('刘一');
  });

  it('the command line says the same on stderr and in its JSON', async () => {
    const dir = tempDir();
    try {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(['exemptions', 'print', '--year', '2024', '--out', `${dir.dir}/存档.pdf`, '--json', '--db', t.desk.ctx.paths.databaseFile], {
        out: (s: string) => out.push(s),
        err: (s: string) => err.push(s),
      });
      expect(code).toBe(0);
      expect(err.join('\n')).toContain('已用□标出');
      expect(JSON.parse(out.join(''))).toMatchObject({ glyphWarning: expect.stringContaining('𠮷田明') });
      expect(pdfText(`${dir.dir}/存档.pdf`)).toContain('□田明');
    } finally {
      dir.cleanup();
    }
  });

  it('a name whose every character the font has prints without a warning', async () => {
    const other = await unit(desk, '汨罗市公证处');
    const p = await person(desk, other.id, '张三', '19650117', 15);
    const a = await apply(desk, p.id, 'retirement');
    await approve(desk, a.id);
    const result = await call(desk, 'exemptions.print', { year: 2024, unitId: other.id });
    expect(result.glyphWarning).toBeNull();
    expect(pdfText((await exportFile(desk.ctx.paths.dataDir, result.fileId)).path)).not.toContain('□');
  });
});

describe('rare characters on the sign-in sheet and the booking list', () => {
  let t: BookingDesk;
  beforeAll(async () => {
    t = await openBookingDesk();
    const a = await bookingPerson(t.desk, t.office.id, '𠮷野𡈼');
    const b = await bookingPerson(t.desk, t.office.id, '欧阳一');
    await giveCredits(t.desk, [a, b]);
    await call(t.desk, 'bookings.book', { year: 2024, sessionAt: '2024-10-28T08:30', staffIds: [a.id, b.id] });
  });
  afterAll(() => t.cleanup());

  const exports: [string, (format: 'pdf' | 'xlsx') => Promise<{ fileId: string; glyphWarning: string | null }>][] = [
    ['bookings.exportSignInSheet', (format) => call(t.desk, 'bookings.exportSignInSheet', { sessionAt: '2024-10-28T08:30', format })],
    ['bookings.exportList', (format) => call(t.desk, 'bookings.exportList', { year: 2024, format })],
  ];
  it.each(exports)('%s as PDF marks them □ and warns; as Excel keeps them as they are', async (_method, exportAs) => {
    const pdf = await exportAs('pdf');
    expect(pdf.glyphWarning).toContain('已用□标出，请在纸面上手写补全：𠮷野𡈼');
    const text = pdfText((await exportFile(t.desk.ctx.paths.dataDir, pdf.fileId)).path);
    expect(text).toContain('□野□');
    expect(text).toContain('欧阳一');
    const xlsx = await exportAs('xlsx');
    expect(xlsx.glyphWarning).toBeNull();
  });
});
