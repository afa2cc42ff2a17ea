import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDesk } from '../../electron/core/desk';
import { fixedClock } from '../../electron/core/clock';
import { judgeSession, personReasons } from '../../shared/rules/eligibility';
import { preset2024 } from '../../shared/rules/yearPolicy';
import { giveCredits, person } from '../helpers/bookingFixtures';
import { tempFolders, xuefa } from '../helpers/cli';
import { unit } from '../helpers/staffFixtures';
import { call } from '../helpers/tempDesk';

// The CLI opens its desk with the clock XUEFA_NOW pins.
const savedNow = process.env.XUEFA_NOW;
beforeAll(() => {
  process.env.XUEFA_NOW = '2024-09-02T09:00:00+08:00';
});
afterAll(() => {
  if (savedNow === undefined) delete process.env.XUEFA_NOW;
  else process.env.XUEFA_NOW = savedNow;
});

const folder = tempFolders();

/** A desk file with a 分众 town: one ready, one retired, one without credits, one already booked. */
async function deskFile(): Promise<{ db: string; ids: Record<string, string> }> {
  const db = path.join(folder(), 'desk.sqlite');
  const desk = await openDesk({ mode: 'cli', databaseFile: db, clock: fixedClock('2024-09-02T09:00:00+08:00'), actor: 'tester' });
  try {
    const town = await unit(desk, '新市镇');
    const ready = await person(desk, town.id, '刘可');
    const retired = await person(desk, town.id, '刘退', { status: '退休' });
    const noCredits = await person(desk, town.id, '刘缺');
    const booked = await person(desk, town.id, '刘订');
    await giveCredits(desk, [ready, retired, booked]);
    await call(desk, 'bookings.book', { year: 2024, sessionAt: '2024-10-28T08:30', staffIds: [booked.id] });
    return { db, ids: { 刘可: ready.idNumber, 刘退: retired.idNumber, 刘缺: noCredits.idNumber, 刘订: booked.idNumber } };
  } finally {
    await desk.close();
  }
}

describe('xuefa bookings eligible', () => {
  it('prints exactly one JSON array of { idNumber, name, eligible, reasons }', async () => {
    const { db, ids } = await deskFile();
    const r = await xuefa('bookings', 'eligible', '--year', '2024', '--session', '2024-10-29T15:00', '--db', db, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { idNumber: ids['刘可'], name: '刘可', eligible: true, reasons: [] },
      { idNumber: ids['刘退'], name: '刘退', eligible: false, reasons: ['NOT_IN_SERVICE'] },
      { idNumber: ids['刘缺'], name: '刘缺', eligible: false, reasons: ['CREDITS_SHORT'] },
      { idNumber: ids['刘订'], name: '刘订', eligible: false, reasons: ['ALREADY_BOOKED'] },
    ]);
  });

  it('gives the same answer as the rule function on the same facts', async () => {
    const { db } = await deskFile();
    const r = await xuefa('bookings', 'eligible', '--year', '2024', '--session', '2024-09-18T08:30', '--db', db, '--json');
    const rows = JSON.parse(r.stdout) as { name: string; reasons: string[] }[];
    const verdict = judgeSession(preset2024, '2024-09-18T08:30', '2024-09-02T09:00');
    const expected = personReasons(preset2024, verdict, {
      status: '在职',
      rankTakesPart: true,
      exempt: false,
      passed: false,
      liveBooking: null,
      regularTaken: false,
      makeupTaken: false,
      route: 'regional',
      credits: { compulsory: 60, elective: 40, asOf: '2024-09-01' },
    });
    expect(rows.find((x) => x.name === '刘可')!.reasons).toEqual(expected);
    expect(expected).toEqual(['OUTSIDE_WINDOW']);
  });

  it('reads as a table without --json, limits to a unit, and explains usage errors', async () => {
    const { db } = await deskFile();
    const text = await xuefa('bookings', 'eligible', '--year', '2024', '--session', '2024-10-29T15:00', '--unit', '新市镇', '--db', db);
    expect(text.stdout).toContain('共 4 人，可报考 1 人');
    expect(text.stdout).toMatch(/刘退\t\d{17}[\dX]\t不在职/);
    const usage = await xuefa('bookings', 'eligible', '--year', '2024', '--db', db);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('请给出年度和场次');
    const noUnit = await xuefa('bookings', 'eligible', '--year', '2024', '--session', '2024-10-29T15:00', '--unit', '不存在', '--db', db, '--json');
    expect(noUnit.code).toBe(1);
    expect(JSON.parse(noUnit.stdout)).toMatchObject({ ok: false, error: { code: 'UNIT_NOT_FOUND' } });
    const noPolicy = await xuefa('bookings', 'eligible', '--year', '2030', '--session', '2030-10-29T15:00', '--db', db, '--json');
    expect(JSON.parse(noPolicy.stdout)).toMatchObject({ ok: false, error: { code: 'POLICY_MISSING' } });
  });
});
