import { describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { importRoster } from '../../electron/core/services/excel/importRoster';
import { call } from '../helpers/tempDesk';
import { writeSheet } from '../helpers/xlsx';
import { useTempDesk } from '../helpers/deskFixture';
import { idNumber } from '../helpers/idNumber';

/** A spreadsheet cannot store what the staff form would refuse: the same length limits, said once per cell. */
let desk: Desk;
let dir: string;
useTempDesk(async (open) => {
  ({ desk, dir } = open);
  await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
});

const header = ['姓名', '身份证号', '单位', '备注', '职务'];

describe('import length limits', () => {
  it('takes a name of 100 characters and refuses 101, quoting only the start of the cell', async () => {
    const file = await writeSheet(dir, '名册.xlsx', [
      header,
      ['张'.repeat(100), idNumber('1980-01-01', 1), '汨罗市司法局', '', ''],
      ['李'.repeat(101), idNumber('1980-01-01', 2), '汨罗市司法局', '', ''],
      ['王五', idNumber('1980-01-01', 3), '汨罗市司法局', '备'.repeat(2001), '主'.repeat(101)],
    ]);
    const { report } = await importRoster(desk.ctx, file, { dryRun: true });
    expect(report.created).toBe(1);
    expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, '姓名', 'VALUE_TOO_LONG'],
      [4, '备注', 'VALUE_TOO_LONG'],
      [4, '职务', 'VALUE_TOO_LONG'],
    ]);
    expect(report.errors[0]!.message).toContain('101 个字符，超过 100 个字符');
    expect(report.errors[0]!.message).not.toContain('李'.repeat(41));
  });

  it('never creates a unit whose name is longer than a unit name may be', async () => {
    const file = await writeSheet(dir, '名册.xlsx', [header, ['张三', idNumber('1980-01-01', 1), `汨罗市司法局/${'处'.repeat(101)}`, '', '']]);
    const { report } = await importRoster(desk.ctx, file, { createUnits: true });
    expect(report).toMatchObject({ applied: false, unitsCreated: 0, created: 0 });
    expect(report.errors.map((e) => e.code)).toEqual(['VALUE_TOO_LONG']);
    expect((await call(desk, 'units.list', {})).length).toBe(1);
  });
});
