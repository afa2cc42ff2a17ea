import crypto from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import type { WebHost } from '../../electron/web/server';
import { contract, methodNames } from '../../shared/contract';
import { errorMessages } from '../../shared/errors';
import { rawRequest } from '../helpers/http';
import { tablesDigest } from '../helpers/tablesDigest';
import { call } from '../helpers/tempDesk';
import { startTempHost, type TempHost } from '../helpers/webHost';
import { hostile } from './fuzzArgs';
import { idNumber } from '../helpers/idNumber';

/**
 * Every contract method (read from shared/contract.ts, so later methods are
 * covered too) is called through the browser-mode host with seeded hostile
 * arguments (fast-check arbitraries walked from each method's zod schema, a
 * fixed seed and a bounded number of runs, so a run is repeatable; a failure
 * is shrunk to a small case). No call may crash the host, answer 5xx or
 * INTERNAL, or echo a huge argument back; a refused call must leave every
 * table as it was.
 */
const CALLS_PER_METHOD = Number(process.env.XUEFA_FUZZ_CALLS ?? 200);
const SEED = Number(process.env.XUEFA_FUZZ_SEED ?? 20241124);

let desk: Desk;
let host: WebHost;
let served: TempHost | undefined;

beforeAll(async () => {
  served = await startTempHost();
  ({ desk, host } = served);
  // A desk with a unit and a person: demo.generate stays refused (not empty) and deletes have something to refuse.
  const unit = await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
  await call(desk, 'staff.create', { input: { idNumber: idNumber('1980-01-01', 1), name: '张三', unitId: unit.id }, year: 2024 });
});
afterAll(() => served?.close());


const knownCodes = new Set(Object.keys(errorMessages));

describe('contract fuzzing through the browser-mode host', () => {
  it('covers every method of the contract', () => {
    expect(methodNames.length).toBeGreaterThan(20);
    expect(methodNames).toEqual(Object.keys(contract));
  });

  it.each(methodNames)('%s: hostile arguments are refused clearly and change nothing', async (method) => {
    let digest = await tablesDigest(desk.ctx.db);
    const refusedCodes = new Map<string, number>();
    let calls = 0;
    await fc.assert(
      fc.asyncProperty(hostile(contract[method].args), async (args) => {
        calls++;
        const body = JSON.stringify(args);
        const r = await rawRequest(host.origin, {
          method: 'POST',
          path: `/api/${method}`,
          headers: { 'content-type': 'application/json', 'x-xuefa-token': host.token },
          body,
        });
        const what = `${method} ${body.slice(0, 300)}`;
        expect(r.status, what).toBeLessThan(500);
        const answer = r.json();
        expect(typeof answer.ok, what).toBe('boolean');
        if (answer.ok) {
          digest = await tablesDigest(desk.ctx.db);
          return;
        }
        const { code, message } = answer.error!;
        expect(code, `${what} → ${message}`).not.toBe('INTERNAL');
        expect(knownCodes.has(code), `${what} → unknown code ${code}`).toBe(true);
        expect(message, what).toMatch(/[\u4e00-\u9fff]/);
        expect(message.length, `${what} → a message of ${message.length} characters`).toBeLessThan(1000);
        expect(await tablesDigest(desk.ctx.db), `${what} was refused (${code}) but changed the database`).toBe(digest);
        refusedCodes.set(code, (refusedCodes.get(code) ?? 0) + 1);
      }),
      { seed: SEED ^ crypto.createHash('md5').update(method).digest().readInt32LE(0), numRuns: CALLS_PER_METHOD },
    );
    // The fuzzer must mostly be refused, or it is not testing the boundary.
    const refused = [...refusedCodes.values()].reduce((a, b) => a + b, 0);
    expect(calls).toBe(CALLS_PER_METHOD);
    expect(refused).toBeGreaterThan(CALLS_PER_METHOD * 0.6);
  });

  it('still answers and the database is intact afterwards', async () => {
    expect((await desk.call('desk.info', {})).ok).toBe(true);
    expect(await desk.ctx.db.raw('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });
});
