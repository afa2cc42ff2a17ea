import type { FieldChange } from '../audit/schemas';
import { actionLabels, fieldLabels, scopedFieldLabels, valueLabels } from './auditLabels';

/**
 * The 操作记录 in the admins' words: what each kind of action is called, and
 * what an audit row's before/after snapshots changed, field by field, with
 * Chinese labels (old → new). Pure, so the screen and the Excel export say
 * the same thing.
 */

export { actionLabels, fieldLabels, type AuditAction } from './auditLabels';

/** The action's name; a booking for a make-up session is a 补考报名. Unknown codes (older logs) show as they are. */
export function actionLabel(action: string, after?: unknown): string {
  if ((action === 'booking.create' || action === 'booking.spread') && isFields(after) && after.kind === 'makeup') return '补考报名';
  return (actionLabels as Record<string, string>)[action] ?? action;
}

/** Snapshot keys that say nothing to an admin (ids, timestamps, derived counts). */
const hidden = new Set([
  'id',
  'unitId',
  'unitName',
  'parentId',
  'level',
  'sortOrder',
  'createdAt',
  'updatedAt',
  'staffCount',
  'staffCountTotal',
  'effectiveRoute',
  'ids',
  'subunitIds',
  'staffId',
  'fromUnitId',
  'toUnitId',
  'checkedAt',
]);

type Fields = Record<string, unknown>;

function isFields(v: unknown): v is Fields {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function byteSize(n: number): string {
  if (n < 1024) return `${n} 字节`;
  return n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A value as text; null for nothing. `key` is the field's name (its last part when nested). */
export function valueText(key: string, v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'boolean') return v ? '是' : '否';
  const coded = valueLabels[key];
  if (coded && typeof v === 'string') return coded[v] ?? v;
  if (key === 'retirementAge' && typeof v === 'number') return `${v} 岁`;
  if (key === 'size' && typeof v === 'number') return byteSize(v);
  if (key === 'sessionAt' && typeof v === 'string') return v.replace('T', ' ');
  if (Array.isArray(v)) return v.map((x) => (isFields(x) && typeof x.name === 'string' ? x.name : (valueText(key, x) ?? ''))).join('、');
  if (isFields(v)) return null;
  return String(v);
}

/** The label of a field (a dotted path when nested): for the action, the entity, then by the path or its last parts. */
function labelOf(path: string, entity: string, action: string): string {
  const parts = path.split('.');
  const scoped = scopedFieldLabels[action]?.[path] ?? scopedFieldLabels[entity]?.[path];
  if (scoped) return scoped;
  if (path === 'name') return entity === 'unit' ? '单位名称' : '姓名';
  for (let i = 0; i < parts.length; i++) {
    const label = fieldLabels[parts.slice(i).join('.')];
    if (label) return label;
  }
  return path;
}

/** Nested objects (a year's rules, a backup's counts) as dotted paths to their plain values. */
function flatten(v: Fields, prefix = ''): Fields {
  const out: Fields = {};
  for (const [k, x] of Object.entries(v)) {
    if (hidden.has(k)) continue;
    if (isFields(x)) Object.assign(out, flatten(x, `${prefix}${k}.`));
    else out[`${prefix}${k}`] = x;
  }
  return out;
}

/**
 * What an audit row changed. An update lists the fields whose values differ
 * (a field only on the after side, such as the import's source file, is
 * listed with no old value); a creation lists what was set; a deletion what
 * was removed. Lists (the rank list) are shown whole; nested objects field by
 * field. `action` picks labels that differ by action (a file's name, a date).
 */
export function describeChanges(entity: string, before: unknown, after: unknown, action = ''): FieldChange[] {
  if (Array.isArray(before) || Array.isArray(after)) {
    const o = valueText('list', before);
    const n = valueText('list', after);
    return o === n ? [] : [{ label: '列表', old: o, new: n }];
  }
  const b = isFields(before) ? flatten(before) : null;
  const a = isFields(after) ? flatten(after) : null;
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const out: FieldChange[] = [];
  for (const k of keys) {
    const last = k.split('.').at(-1)!;
    const o = b ? valueText(last, b[k]) : null;
    const n = a ? valueText(last, a[k]) : null;
    if (o === n) continue;
    out.push({ label: labelOf(k, entity, action), old: o, new: n });
  }
  return out;
}

/** One change as a line: 「单位：A → B」, 「姓名：张三」 for a value set, 「备注：旧值 → （空）」. */
export function changeLine(c: FieldChange): string {
  if (c.old === null && c.new !== null) return `${c.label}：${c.new}`;
  return `${c.label}：${c.old ?? '（空）'} → ${c.new ?? '（空）'}`;
}
