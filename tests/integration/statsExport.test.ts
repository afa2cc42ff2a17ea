import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { exportFile } from '../../electron/core/files/outbox';
import { createStaff, unit } from '../helpers/staffFixtures';
import { call } from '../helpers/tempDesk';
import { booking, credits, exemption } from '../helpers/yearWork';
import { useTempDesk } from '../helpers/deskFixture';
import { idNumber } from '../helpers/idNumber';

/*
 * A small year built by hand for the 统计 export. 县局 holds p1 (passed,
 * credits complete), p2 (exemption approved) and p3 (retired, not counted);
 * its sub-unit 甲所 holds q1 (failed, then passed the make-up), q2 (absent,
 * then failed the make-up), q3 (booked, no result yet, credits short),
 * q4 (nothing) and q5 (passed, credits complete); 乙所 is empty. The figures
 * in the expectations are counted by hand from these rows.
 */
let desk: Desk;
let county = 0;

useTempDesk(async (open) => {
  ({ desk } = open);
  county = (await unit(desk, '县局')).id;
  const jia = (await unit(desk, '甲所', county)).id;
  await unit(desk, '乙所', county);
  let seq = 1;
  const person = async (unitId: number, name: string, extra: Record<string, unknown> = {}) =>
    (await createStaff(desk, { unitId, name, idNumber: idNumber('19860415', seq++ * 2 + 1), rank: '一级科员', ...extra } as never)).id;
  const p1 = await person(county, 'p1');
  const p2 = await person(county, 'p2');
  const p3 = await person(county, 'p3', { status: '退休' });
  const q1 = await person(jia, 'q1');
  const q2 = await person(jia, 'q2');
  const q3 = await person(jia, 'q3');
  await person(jia, 'q4');
  const q5 = await person(jia, 'q5');

  await credits(desk, p1, 60, 40);
  await booking(desk, p1, { outcome: 'passed' });
  await exemption(desk, p2, 'approved');
  await booking(desk, p3, { outcome: 'passed' });
  await credits(desk, q1, 60, 40);
  await booking(desk, q1, { outcome: 'failed' });
  await booking(desk, q1, { kind: 'makeup', outcome: 'passed' });
  await booking(desk, q2, { outcome: 'absent' });
  await booking(desk, q2, { kind: 'makeup', outcome: 'failed' });
  await credits(desk, q3, 30, 40);
  await booking(desk, q3, {});
  await credits(desk, q5, 60, 40);
  await booking(desk, q5, { outcome: 'passed' });
}, { perFile: true });

async function exportedSheet(): Promise<ExcelJS.Worksheet> {
  const r = await call(desk, 'stats.exportSummary', { year: 2024, unitId: county });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await exportFile(desk.ctx.paths.dataDir, r.fileId)).path);
  return wb.getWorksheet('统计')!;
}

describe('统计 export', () => {
  it('writes every figure as a number cell and the rates as numbers with a percent format, matching the hand count', async () => {
    const ws = await exportedSheet();
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['单位', '参加人数', '免考', '应参考', '学分达标', '已报考', '未报考', '参考', '通过', '未通过', '缺考', '补考报名', '补考通过', '最终通过', '尚未通过', '参考率', '通过率']);
    const figures = (r: number) => Array.from({ length: 14 }, (_, i) => ws.getRow(r).getCell(i + 2));
    const rates = (r: number) => [16, 17].map((c) => ws.getRow(r).getCell(c));

    // 单位, then 参加 免考 应参考 学分达标 已报考 未报考 参考 通过 未通过 缺考 补考报名 补考通过 最终通过 尚未通过.
    const hand: [string, number[], (number | null)[]][] = [
      ['本级（县局）', [2, 1, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 1, 0], [1, 1]],
      ['甲所', [5, 0, 5, 2, 4, 1, 3, 1, 1, 1, 2, 1, 2, 3], [3 / 5, 2 / 5]],
      ['乙所', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [null, null]],
      ['合计（县局）', [7, 1, 6, 3, 5, 1, 4, 2, 1, 1, 2, 1, 3, 3], [4 / 6, 3 / 6]],
    ];
    hand.forEach(([label, counts, shares], i) => {
      const r = i + 2;
      expect(ws.getRow(r).getCell(1).value).toBe(label);
      expect(figures(r).map((c) => c.value)).toEqual(counts);
      for (const c of figures(r)) expect(c.type).toBe(ExcelJS.ValueType.Number);
      rates(r).forEach((c, j) => {
        const share = shares[j]!;
        if (share === null) {
          expect(c.type).toBe(ExcelJS.ValueType.Null);
        } else {
          expect(c.type).toBe(ExcelJS.ValueType.Number);
          expect(c.value as number).toBeCloseTo(share, 10);
        }
        expect(c.numFmt).toBe('0.0%');
      });
    });
    expect(ws.getRow(6).getCell(1).value ?? null).toBeNull();
  });

  it('the figures agree with the 统计 screen', async () => {
    const s = await call(desk, 'stats.summary', { year: 2024, unitId: county });
    const ws = await exportedSheet();
    expect(ws.getRow(5).getCell(2).value).toBe(s.total.takingPart);
    expect(ws.getRow(5).getCell(16).value).toBe(s.total.sitRate);
    expect(ws.getRow(5).getCell(17).value).toBe(s.total.passRate);
  });
});
