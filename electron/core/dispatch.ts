import type { z } from 'zod';
import { contract, isMethodName } from '../../shared/contract';
import { type DeskError, deskError, errorMessages, isDeskError } from '../../shared/errors';
import { findInvalidText } from '../../shared/rules/textHygiene';
import type { ApiResult } from '../../shared/result';
import type { CoreContext } from './context';
import { deskBusy, isBusy } from './db/busy';
import { diskFull, isDiskFull } from './db/diskFull';
import { exclusive, shared } from './deskLock';
import { exclusiveMethods, handlers } from './handlers';
import { jobLabel } from './jobLabels';

/**
 * The single entry to the core for every transport: checks the method name,
 * parses the arguments with the contract's schema, runs the handler, and turns
 * any failure into `{ ok: false, error }`. Nothing reaches a service unparsed.
 */
export async function dispatch(ctx: CoreContext, method: unknown, rawArgs: unknown): Promise<ApiResult<unknown>> {
  if (!isMethodName(method)) {
    return fail(deskError('UNKNOWN_METHOD.named', { method: String(method) }));
  }
  const parsed = contract[method].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    return fail(deskError('BAD_ARGUMENTS.issues', { issues: describeIssues(parsed.error) }));
  }
  // No text with characters an export cannot hold (NUL, U+FFFE, half a character…) gets into the desk.
  const badText = findInvalidText(parsed.data);
  if (badText) return fail(deskError('TEXT_INVALID.found', { found: badText }));
  try {
    const handler = handlers[method] as (c: CoreContext, a: unknown) => Promise<unknown>;
    const run = () => handler(ctx, parsed.data);
    const job = jobLabel(method);
    return { ok: true, value: await (exclusiveMethods.has(method) ? exclusive(ctx, run, job) : shared(ctx, run, job)) };
  } catch (e) {
    if (isDeskError(e)) return fail(e);
    if (isDiskFull(e)) return fail(diskFull());
    if (isBusy(e)) return fail(deskBusy());
    console.error(`[xuefa] ${method} failed:`, e);
    return { ok: false, error: { code: 'INTERNAL', message: errorMessages.INTERNAL } };
  }
}

/** Runs a core function outside the contract table (the file channels) with the same error handling. */
export async function settle<T>(what: string, run: () => Promise<T>): Promise<ApiResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (e) {
    if (isDeskError(e)) return fail(e);
    if (isDiskFull(e)) return fail(diskFull());
    if (isBusy(e)) return fail(deskBusy());
    console.error(`[xuefa] ${what} failed:`, e);
    return { ok: false, error: { code: 'INTERNAL', message: errorMessages.INTERNAL } };
  }
}

function fail(e: DeskError): ApiResult<never> {
  return { ok: false, error: { code: e.code, message: e.message } };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '参数'}：${i.message}`)
    .join('；');
}
