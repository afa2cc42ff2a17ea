import { z } from 'zod';
import type { MethodTable } from '../methodTable';
import { statsFigureKeys } from '../rules/statsFigures';

const year = z.number().int().min(2000).max(2100);
const unitId = z.number().int().positive().nullable();

/** One unit's (or the whole desk's) funnel for a year; see shared/rules/statsFigures.ts. */
export const funnelSchema = z.object({
  takingPart: z.number().int(),
  exempt: z.number().int(),
  expected: z.number().int(),
  /** Null when the year has no policy to say what complete means. */
  creditsComplete: z.number().int().nullable(),
  booked: z.number().int(),
  notBooked: z.number().int(),
  sat: z.number().int(),
  passed: z.number().int(),
  failed: z.number().int(),
  absent: z.number().int(),
  makeupRegistered: z.number().int(),
  makeupPassed: z.number().int(),
  passedFinal: z.number().int(),
  notPassed: z.number().int(),
  sitRate: z.number().nullable(),
  passRate: z.number().nullable(),
});
export type Funnel = z.infer<typeof funnelSchema>;

export const statsSummarySchema = z.object({
  year,
  /** The chosen unit, or null for every unit of the desk. */
  unit: z.object({ id: z.number().int(), name: z.string(), path: z.string() }).nullable(),
  creditsRequired: z.object({ compulsory: z.number(), elective: z.number() }).nullable(),
  total: funnelSchema,
  /** One row per sub-unit (with its own sub-units), and `own` for people placed in the chosen unit itself. */
  rows: z.array(z.object({ unitId: z.number().int(), name: z.string(), own: z.boolean(), funnel: funnelSchema })),
});
export type StatsSummary = z.infer<typeof statsSummarySchema>;

export const statsFigureSchema = z.enum(statsFigureKeys);

/** Whose figure: a unit with its sub-units (null: everyone), or with `ownOnly` the people placed in that unit itself. */
const scopeArgs = { year, unitId, ownOnly: z.boolean().optional(), figure: statsFigureSchema };

export const statsPersonSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  idNumber: z.string(),
  unitPath: z.string(),
  rank: z.string().nullable(),
  /** The year's situation in a few words: exemption, credits, booking and results. */
  detail: z.string(),
});
export type StatsPerson = z.infer<typeof statsPersonSchema>;

/** The contract's 统计 methods: the year's funnel, the people behind a figure, both as Excel files; merged into the one table in shared/contract.ts. */
export const statsMethods = {
  /** The year's funnel for a unit with its sub-units (or everyone), with one row per sub-unit. */
  'stats.summary': {
    args: z.object({ year, unitId }).strict(),
    result: statsSummarySchema,
  },
  /** The people behind one figure, a page at a time. */
  'stats.people': {
    args: z.object({ ...scopeArgs, offset: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(500).optional() }).strict(),
    result: z.object({ total: z.number().int(), rows: z.array(statsPersonSchema) }),
  },
  /** The summary table (and its sub-unit rows) as an Excel file to download. */
  'stats.exportSummary': {
    args: z.object({ year, unitId }).strict(),
    result: z.object({ fileId: z.string(), name: z.string() }),
  },
  /** The people behind one figure as an Excel file to download. */
  'stats.exportPeople': {
    args: z.object(scopeArgs).strict(),
    result: z.object({ fileId: z.string(), name: z.string(), rows: z.number().int() }),
  },
} as const satisfies MethodTable;
