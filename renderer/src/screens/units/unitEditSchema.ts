import { z } from 'zod';
import { errorMessages } from '../../../../shared/errors';
import { phoneProblem } from '../../../../shared/rules/phone';
import { unitNameProblem } from '../../../../shared/rules/unitName';
import { examRouteSchema, unitPatchSchema, type Unit, type UnitPatch } from '../../../../shared/units/schemas';
import { maxLengthOf } from '../../../../shared/common/schemas';

export type RouteChoice = 'inherit' | z.infer<typeof examRouteSchema>;
export type UnitTextField = 'name' | 'code' | 'attribute' | 'adminName' | 'adminPhone' | 'adminAccount' | 'counterpart';
/** What the unit details form holds: every text as typed, the route as the SegmentedControl's value. */
export type UnitDraft = Record<UnitTextField, string> & { route: RouteChoice };

export function draftOf(u: Unit): UnitDraft {
  return {
    name: u.name,
    code: u.code ?? '',
    attribute: u.attribute ?? '',
    adminName: u.adminName ?? '',
    adminPhone: u.adminPhone ?? '',
    adminAccount: u.adminAccount ?? '',
    counterpart: u.counterpart ?? '',
    route: u.examRoute ?? 'inherit',
  };
}

/** Only what changed, with empty text as null. */
export function patchOf(unit: Unit, d: UnitDraft): UnitPatch {
  const before = draftOf(unit);
  const patch: UnitPatch = {};
  const text = (v: string) => (v.trim() === '' ? null : v.trim());
  if (d.name !== before.name) patch.name = d.name;
  for (const f of ['code', 'attribute', 'adminName', 'adminPhone', 'adminAccount'] as const) {
    if (d[f] !== before[f]) patch[f] = text(d[f]);
  }
  if (d.route !== before.route) patch.examRoute = d.route === 'inherit' ? null : d.route;
  const counterpart = d.route === 'category' ? text(d.counterpart) : null;
  if (counterpart !== unit.counterpart) patch.counterpart = counterpart;
  return patch;
}

/** Free text no longer than units.update takes, trimmed as it will be saved. */
function text(field: 'code' | 'attribute' | 'adminName' | 'adminAccount' | 'counterpart', label: string) {
  const max = maxLengthOf(unitPatchSchema.shape[field]);
  return z.string().refine((s) => s.trim().length <= max, `${label}不能超过 ${max} 个字`);
}

const draftSchema = z
  .object({
    name: z.string().check((ctx) => {
      const problem = unitNameProblem(ctx.value);
      if (problem) ctx.issues.push({ code: 'custom', message: errorMessages[problem], input: ctx.value });
    }),
    code: text('code', '平台单位代码'),
    attribute: text('attribute', '单位属性'),
    adminName: text('adminName', '管理员姓名'),
    adminPhone: z.string().check((ctx) => {
      const problem = phoneProblem(ctx.value);
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
    }),
    adminAccount: text('adminAccount', '管理员平台账号'),
    counterpart: text('counterpart', '对应省直部门'),
    route: z.enum(['inherit', ...examRouteSchema.options]),
  })
  .refine((d) => d.route !== 'category' || d.counterpart.trim() !== '', {
    message: errorMessages.UNIT_COUNTERPART_MISSING,
    path: ['counterpart'],
    // Said together with the other fields' problems, not only once they are fixed.
    when: () => true,
  });

/**
 * The unit details form of one unit, checked with the core's rules (each
 * problem in the admin's words under its field), then turned into the patch
 * of what changed and checked against units.update's schema for it.
 */
export function unitEditSchema(unit: Unit) {
  return draftSchema.transform((d) => patchOf(unit, d)).pipe(unitPatchSchema);
}
