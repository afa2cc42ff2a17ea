import { z } from 'zod';
import type { ArgsOf } from '../../../shared/contract';
import { errorMessages } from '../../../shared/errors';
import { unitMethods } from '../../../shared/units/methods';
import { normalizeUnitName, unitNameProblem } from '../../../shared/rules/unitName';

/** What the new-unit form holds: the name as typed and the parent as the Select's value. */
export interface UnitFormValues {
  name: string;
  parentId: string | null;
}

/**
 * The new-unit form checked with the core's rule for a unit name (the
 * message under 单位名称), then turned into units.create's arguments and
 * checked against the contract's schema for them.
 */
export const unitFormSchema = z
  .object({
    name: z.string().check((ctx) => {
      const problem = unitNameProblem(ctx.value);
      if (problem) ctx.issues.push({ code: 'custom', message: errorMessages[problem], input: ctx.value });
    }),
    parentId: z.string().nullable(),
  })
  .transform((values): ArgsOf<'units.create'> => ({ name: normalizeUnitName(values.name), parentId: values.parentId === null ? null : Number(values.parentId) }))
  .pipe(unitMethods['units.create'].args);
