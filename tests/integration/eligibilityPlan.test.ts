import { afterEach, beforeEach, expect, it } from 'vitest';
import { eligibilityFor } from '../../electron/core/services/bookings/eligibilityService';
import { openBookingDesk, person, type BookingDesk } from '../helpers/bookingFixtures';

/**
 * Eligibility reads a whole selection's people in one query; its exemption
 * check must seek the exemptions_live index by person (a scan of the year's
 * approved exemptions per person made 10,000 people take 300 ms instead of 60).
 */
let d: BookingDesk;
beforeEach(async () => {
  d = await openBookingDesk();
});
afterEach(async () => {
  await d.cleanup();
});

it('the people query looks exemptions up by person through exemptions_live', async () => {
  await person(d.desk, d.town.id, '张三');
  const statements: { sql: string; bindings: unknown[] }[] = [];
  const listen = (q: { sql: string; bindings?: unknown[] }) => statements.push({ sql: q.sql, bindings: q.bindings ?? [] });
  d.desk.ctx.db.on('query', listen);
  try {
    await eligibilityFor(d.desk.ctx, { year: 2024, sessionAt: '2024-10-29T08:30' });
  } finally {
    d.desk.ctx.db.off('query', listen);
  }
  const people = statements.find((s) => /from [`"]staff[`"] as [`"]s[`"]/i.test(s.sql) && s.sql.includes('exemptions e'));
  expect(people, 'the people query ran').toBeDefined();
  const plan = (await d.desk.ctx.db.raw(`EXPLAIN QUERY PLAN ${people!.sql}`, people!.bindings as never[])) as { detail: string }[];
  const exemptionStep = plan.map((p) => p.detail).filter((detail) => / e /.test(` ${detail} `));
  expect(exemptionStep).toEqual([expect.stringMatching(/SEARCH e USING INDEX exemptions_live \(staff_id=\? AND year=\?\)/)]);
});
