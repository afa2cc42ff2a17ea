import { z } from 'zod';
import { auditEntrySchema, deskInfoSchema, unitSchema } from './schemas';
import { UNIT_NAME_MAX } from './rules/unitName';

/**
 * The one table of everything the UI can ask of the core.
 *
 * The preload, the main-process IPC registration, the browser-mode HTTP host,
 * the CLI and the renderer client are all derived from this table. Adding a
 * method is one entry here plus one handler in electron/core/handlers.ts
 * (the compiler refuses a missing handler).
 *
 * Arguments are parsed with `args` at every boundary; `result` documents and
 * types what comes back.
 */
export const contract = {
  'desk.info': {
    args: z.object({}).strict(),
    result: deskInfoSchema,
  },
  'units.list': {
    args: z.object({ includeArchived: z.boolean().optional() }).strict(),
    result: z.array(unitSchema),
  },
  'units.create': {
    args: z
      .object({
        name: z.string().max(UNIT_NAME_MAX * 4),
        parentId: z.number().int().positive().nullable(),
      })
      .strict(),
    result: unitSchema,
  },
  'audit.recent': {
    args: z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict(),
    result: z.array(auditEntrySchema),
  },
} as const satisfies Record<string, { args: z.ZodType; result: z.ZodType }>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type ArgsOf<M extends MethodName> = z.input<Contract[M]['args']>;
export type ParsedArgsOf<M extends MethodName> = z.output<Contract[M]['args']>;
export type ResultOf<M extends MethodName> = z.output<Contract[M]['result']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** The IPC channel every contract call travels on in the desktop app. */
export const IPC_CHANNEL = 'xuefa:call';

/** The header carrying the per-launch token in browser mode. */
export const TOKEN_HEADER = 'x-xuefa-token';
