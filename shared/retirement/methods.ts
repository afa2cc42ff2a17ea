import { z } from 'zod';
import { daySchema } from '../common/schemas';
import type { MethodTable } from '../methodTable';

/**
 * 到龄未退: people still 在职 on or after the day they retire (the agreed
 * date of a 弹性延迟退休 when one is recorded, else the statutory date), as
 * of the planning date, and the two ways the admin settles them.
 */


export const retirementPersonSchema = z.object({
  staffId: z.number().int(),
  idNumber: z.string(),
  name: z.string(),
  unitId: z.number().int(),
  unitPath: z.string(),
  status: z.string(),
  /** Statutory retirement date under the 2025 reform; null when the stored birth date cannot be read. */
  statutoryDate: z.string().nullable(),
  /** The agreed retirement date of a 弹性延迟退休, when one is recorded. */
  agreedDate: z.string().nullable(),
  /** The day a 设为退休 took effect, when one was recorded. */
  retiredOn: z.string().nullable(),
  /** The latest agreed date a delay may record: the statutory date + 3 years. */
  latestAgreedDate: z.string().nullable(),
  /** 在职 on or after the retirement date as of the planning date. */
  overdue: z.boolean(),
  /** In 参加人数: 在职 and in a rank that takes part. */
  takingPart: z.boolean(),
});
export type RetirementPerson = z.infer<typeof retirementPersonSchema>;

const ids = z.array(z.number().int().positive()).min(1).max(5000);

export const retirementMethods = {
  /** Who is 到龄未退 as of the planning date: everyone, or a unit with its sub-units; `takingPartOnly`: those in 参加人数. */
  'retirement.overdue': {
    args: z
      .object({ unitId: z.number().int().positive().nullable().optional(), takingPartOnly: z.boolean().optional() })
      .strict(),
    result: z.object({ today: z.string(), people: z.array(retirementPersonSchema) }),
  },
  /** The retirement facts of the people a bulk action is about to settle, for its confirmation. */
  'retirement.describe': {
    args: z.object({ ids }).strict(),
    result: z.object({ today: z.string(), people: z.array(retirementPersonSchema) }),
  },
  /** 设为退休: each person (all 到龄未退) becomes 退休, effective on their own retirement date; all or none. */
  'retirement.retire': {
    args: z.object({ ids }).strict(),
    result: z.object({ retired: z.number().int() }),
  },
  /** 弹性延迟退休: records each person's agreed retirement date (statutory date … +3 years); they stay 在职. All or none. */
  'retirement.delay': {
    args: z
      .object({ entries: z.array(z.object({ id: z.number().int().positive(), agreedDate: daySchema }).strict()).min(1).max(5000) })
      .strict(),
    result: z.object({ delayed: z.number().int() }),
  },
} as const satisfies MethodTable;
