import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { saveYearPolicy } from '../../electron/core/db/repositories/yearPolicies';
import type { Desk } from '../../electron/core/desk';
import { preset2024 } from '../../shared/rules/yearPolicy';
import { apply, person } from '../helpers/exemptionFixtures';
import { unit } from '../helpers/staffFixtures';
import { call } from '../helpers/tempDesk';
import { useTempDesk } from '../helpers/deskFixture';

let desk: Desk;
useTempDesk((open) => {
  ({ desk } = open);
}, { at: '2024-09-02T09:00:00+08:00' });

/** One of each edge around the 2024 window (retirement on or before 2026-12-31). */
async function seed() {
  const bureau = await unit(desk, '候选测试局');
  const office = await unit(desk, '办公室', bureau.id);
  const p = {
    // men (60): born 1966-01-15 retire 2026-05-15 (in); 1966-09-01 → 2027-04-01 (out)
    inMan: await person(desk, office.id, '甲男', '19660115', 11),
    outMan: await person(desk, bureau.id, '乙男', '19660901', 13),
    // men: born 1966-07-31 → delay 5 → 2026-12-31, the last day in; 1966-08-01 → 2027-01-01, the first day out
    edgeMan: await person(desk, bureau.id, '丙男', '19660731', 15),
    pastEdge: await person(desk, bureau.id, '丁男', '19660801', 17),
    // women (55): born 1971-04-15 → 2026-08-15 (in); 1971-09-01 → delay 6 → 2027-03-01 (out)
    inWoman: await person(desk, bureau.id, '戊女', '19710415', 22),
    outWoman: await person(desk, bureau.id, '己女', '19710901', 24),
    // women workers (50): born 1976-03-10 → delay 8 → 2026-11-10 (in); as 55 she would be out
    worker: await person(desk, bureau.id, '庚女', '19760310', 26, { retirementAge: 50 }),
    // retired already, or in a rank that does not take part: never candidates
    retired: await person(desk, bureau.id, '辛男', '19640101', 19, { status: '退休' }),
    director: await person(desk, bureau.id, '壬男', '19650301', 21, { rank: '厅局级正职' }),
  };
  return { bureau, office, p };
}

describe('exemption candidates (within two years of retirement)', () => {
  it('lists the people whose statutory retirement date fits the 2024 window, by ID number', async () => {
    const { p } = await seed();
    const r = await call(desk, 'exemptions.candidates', { year: 2024 });
    expect(r).toMatchObject({ cutoff: '2024-12-31', limitDate: '2026-12-31', policyAssumed: false });
    const names = r.candidates.map((c) => c.name);
    expect(names.sort()).toEqual(['丙男', '庚女', '戊女', '甲男'].sort());
    expect(r.candidates.map((c) => c.idNumber)).toEqual([...r.candidates.map((c) => c.idNumber)].sort());
    const byName = new Map(r.candidates.map((c) => [c.name, c]));
    expect(byName.get('甲男')).toMatchObject({ retirementDate: '2026-05-15', unit: '候选测试局/办公室', staffId: p.inMan.id, exemption: null });
    expect(byName.get('丙男')!.retirementDate).toBe('2026-12-31');
    expect(byName.get('戊女')!.retirementDate).toBe('2026-08-15');
    expect(byName.get('庚女')!.retirementDate).toBe('2026-11-10');
  });

  it('shows a live application, narrows to a unit, and follows a stored 12-30 cutoff', async () => {
    const { office, p } = await seed();
    const draft = await apply(desk, p.inMan.id, 'retirement');
    const inOffice = await call(desk, 'exemptions.candidates', { year: 2024, unitId: office.id });
    expect(inOffice.candidates.map((c) => c.name)).toEqual(['甲男']);
    expect(inOffice.candidates[0]!.exemption).toEqual({ id: draft.id, status: 'draft' });

    // Some years' notices say 12-30: 丙男, retiring 2026-12-31, is then one day too late.
    await saveYearPolicy(desk.ctx.db, { ...preset2024, exemptionCutoff: '2024-12-30' }, '2024-09-01T00:00:00Z');
    const r = await call(desk, 'exemptions.candidates', { year: 2024 });
    expect(r.limitDate).toBe('2026-12-30');
    expect(r.candidates.map((c) => c.name)).toEqual(expect.arrayContaining(['甲男', '戊女', '庚女']));
    expect(r.candidates.map((c) => c.name)).not.toContain('丙男');
  });

  it('assumes the 12-31 rule for a year without a policy, and says so', async () => {
    await seed();
    const r = await call(desk, 'exemptions.candidates', { year: 2025 });
    expect(r).toMatchObject({ cutoff: '2025-12-31', limitDate: '2027-12-31', policyAssumed: true });
    expect(r.candidates.map((c) => c.name)).toEqual(expect.arrayContaining(['乙男', '丁男', '己女']));
  });

  it('xuefa exemptions candidates --json prints exactly the four fields, sorted by ID number', async () => {
    await seed();
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['exemptions', 'candidates', '--year', '2024', '--db', desk.ctx.paths.databaseFile, '--json'], { out: (t) => out.push(t), err: (t) => err.push(t) });
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const rows = JSON.parse(out[0]!) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['idNumber', 'name', 'retirementDate', 'unit']);
    expect(rows.map((r) => r.idNumber)).toEqual(rows.map((r) => r.idNumber).sort());
    expect(rows.find((r) => r.name === '甲男')).toEqual({ idNumber: expect.stringMatching(/^43068119660115011\d$/), name: '甲男', unit: '候选测试局/办公室', retirementDate: '2026-05-15' });

    const unitOnly = await runCli(['exemptions', 'candidates', '--year', '2024', '--unit', '候选测试局/办公室', '--db', desk.ctx.paths.databaseFile, '--json'], { out: (t) => out.push(t), err: () => {} });
    expect(unitOnly).toBe(0);
    expect((JSON.parse(out[1]!) as { name: string }[]).map((r) => r.name)).toEqual(['甲男']);
    expect(await runCli(['exemptions', 'candidates', '--db', desk.ctx.paths.databaseFile], { out: () => {}, err: (t) => err.push(t) })).toBe(2);
    expect(err.join('')).toContain('--year');
  });
});
