import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Hostile arguments for a contract method as fast-check arbitraries, derived
 * by walking the method's zod schema, so methods added to the contract later
 * are covered without touching this file. Each case starts from a plausible
 * argument object and breaks it in one way (a wrong type, a huge string,
 * control characters, an extra key, deep nesting, a missing key, an absurd
 * number, junk), or is junk outright; fast-check shrinks a failing case to a
 * small one.
 */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The parts of a zod v4 schema's definition the walk reads. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: Json[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  in?: z.ZodType;
  left?: z.ZodType;
  getter?: () => z.ZodType;
  checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number; format?: string; pattern?: RegExp } } }[];
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (s: z.ZodType) => (defOf(s).checks ?? []).map((c) => c._zod.def);
const lengthBound = (s: z.ZodType, check: 'min_length' | 'max_length') => checksOf(s).find((c) => c.check === check)?.[check === 'min_length' ? 'minimum' : 'maximum'];

/** Words an admin might type, and some an attacker would. */
const WORDS = ['汨罗市司法局', '张三', '公证处', '一级科员', '在职', '13812345678', '11010519491231002X', '2024-09-01', '', ' ', 'null', '0', '../x', "'; DROP TABLE staff;--", '=cmd|/c calc', '\u202e', '𠮷'];
/** Characters no workbook can hold, and look-alikes that can mislead. */
const CONTROL = ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\ud800', '\ufffe', '\u202e', '\u200b', '\r', '\t'];

/** A value the schema probably accepts: small numbers, short strings, the optional keys sometimes. */
export function plausible(s: z.ZodType, depth = 0): fc.Arbitrary<Json> {
  const def = defOf(s);
  if (depth > 8) return fc.constant(null);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const keys = Object.keys(shape);
      const required = keys.filter((k) => !['optional', 'default'].includes(defOf(shape[k]!).type));
      return fc.record(Object.fromEntries(keys.map((k) => [k, plausible(shape[k]!, depth + 1)])), { requiredKeys: required }) as fc.Arbitrary<Json>;
    }
    case 'optional':
    case 'default':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
    case 'prefault':
      return plausible(def.innerType!, depth);
    case 'nullable':
      return fc.oneof(plausible(def.innerType!, depth), fc.constant(null));
    case 'array': {
      const min = lengthBound(s, 'min_length') ?? 0;
      const max = Math.max(min, Math.min(lengthBound(s, 'max_length') ?? 3, min + 3));
      return fc.array(plausible(def.element!, depth + 1), { minLength: min, maxLength: max });
    }
    case 'record':
      return fc.dictionary(fc.constantFrom('姓名', '身份证号', '单位', 'name'), plausible(def.valueType!, depth + 1), { maxKeys: 3 }) as fc.Arbitrary<Json>;
    case 'union':
      return fc.oneof(...def.options!.map((o) => plausible(o, depth)));
    case 'intersection':
      return plausible(def.left!, depth);
    case 'pipe':
      return plausible(def.in!, depth);
    case 'lazy':
      return plausible(def.getter!(), depth + 1);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries!));
    case 'literal':
      return fc.constantFrom(...def.values!);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'number': {
      const n = s as z.ZodNumber;
      const lo = Math.max(n.minValue ?? 1, Math.min(1, n.maxValue ?? 1));
      const hi = Math.min(n.maxValue ?? lo + 50, lo + 50);
      return fc.integer({ min: Math.ceil(lo), max: Math.max(Math.ceil(lo), Math.floor(hi)) });
    }
    case 'string': {
      const regex = checksOf(s).find((c) => c.check === 'string_format' && c.pattern)?.pattern;
      if (regex) return fc.stringMatching(regex);
      const str = s as z.ZodString;
      return fc.constantFrom(...WORDS).map((w) => w.slice(0, str.maxLength ?? 100) || 'x'.repeat(str.minLength ?? 0));
    }
    default:
      return junk(2);
  }
}

/** Any JSON value at all, nested up to `depth`. */
export function junk(depth: number): fc.Arbitrary<Json> {
  const leaves: fc.Arbitrary<Json>[] = [
    fc.constant(null),
    fc.boolean(),
    fc.constantFrom(0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 2, 2100, 1999, 4294967296),
    fc.constantFrom(...WORDS),
    fc.integer({ min: 1000, max: 5000 }).map((n) => 'x'.repeat(n)),
    fc.nat(1e6).map(String),
    controlText(),
  ];
  if (depth <= 0) return fc.oneof(...leaves);
  return fc.oneof(
    ...leaves,
    fc.array(junk(depth - 1), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'id', 'name', '__proto__', 'constructor', 'toString', '$where'), junk(depth - 1), { maxKeys: 3 }) as fc.Arbitrary<Json>,
  );
}

/** Short text with control characters or lone surrogates in it. */
function controlText(): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...CONTROL), fc.nat(8)).map(([w, c, at]) => w.slice(0, at) + c + w.slice(at));
}

function hugeString(): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom('张', 'A', '\u0000', '𠮷', '=', ' '), fc.integer({ min: 100_000, max: 600_000 })).map(([unit, n]) => unit.repeat(n));
}

/** Values of another type than `v`'s. */
function wrongTypes(v: Json | undefined): Json[] {
  if (typeof v === 'number') return [String(v), [v], { value: v }, null, true];
  if (typeof v === 'string') return [v.length, [v], { text: v }, null, false];
  if (typeof v === 'boolean') return ['true', 1, 0, null, [v]];
  if (Array.isArray(v)) return [{ 0: v[0] ?? null }, 'a,b', v.length, null];
  return ['x', 1, [], true];
}

type Path = (string | number)[];

/** One way of breaking a plausible argument object at one place in it. */
type Mutation =
  | { kind: 'wrongType'; pick: number }
  | { kind: 'huge'; value: string }
  | { kind: 'control'; value: string }
  | { kind: 'extraKey'; key: string; value: Json }
  | { kind: 'deepNest'; depth: number; arrays: boolean }
  | { kind: 'remove' }
  | { kind: 'badNumber'; value: number }
  | { kind: 'junk'; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat(4).map((pick) => ({ kind: 'wrongType' as const, pick })),
  hugeString().map((value) => ({ kind: 'huge' as const, value })),
  controlText().map((value) => ({ kind: 'control' as const, value })),
  fc
    .tuple(fc.oneof(fc.constantFrom('extra', '__proto__', 'constructor'), fc.integer({ min: 1, max: 300 }).map((n) => 'x'.repeat(n))), junk(2))
    .map(([key, value]) => ({ kind: 'extraKey' as const, key, value })),
  fc.tuple(fc.integer({ min: 50, max: 2000 }), fc.boolean()).map(([depth, arrays]) => ({ kind: 'deepNest' as const, depth, arrays })),
  fc.constant({ kind: 'remove' as const }),
  fc.constantFrom(-1, 0, 1.5, 1e308, 2 ** 53 + 2, -2147483649, Number.MAX_SAFE_INTEGER + 2).map((value) => ({ kind: 'badNumber' as const, value })),
  junk(3).map((value) => ({ kind: 'junk' as const, value })),
);

const topLevelJunk: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, 42, 'units', [], [1, 2], true, { '': null }),
  hugeString(),
  fc.constant(deepNest(1000, true)),
);

/** A hostile argument for the method whose argument schema is `s`: a plausible one broken in one way, or junk. */
export function hostile(s: z.ZodType): fc.Arbitrary<Json> {
  const broken = fc.tuple(plausible(s), fc.nat(), mutation).map(([base, at, m]) => {
    if (typeof base !== 'object' || base === null) return base;
    return mutate(base, at, m);
  });
  return fc.oneof({ arbitrary: topLevelJunk, weight: 1 }, { arbitrary: broken, weight: 7 });
}

function mutate(base: Json, at: number, m: Mutation): Json {
  const leaves = leafPaths(base);
  const leaf = leaves[at % leaves.length]!;
  switch (m.kind) {
    case 'wrongType': {
      const others = wrongTypes(getAt(base, leaf));
      return setAt(base, leaf, others[m.pick % others.length]!);
    }
    case 'huge':
    case 'control':
    case 'badNumber':
    case 'junk':
      return setAt(base, leaf, m.value);
    case 'extraKey': {
      const objects = objectPaths(base);
      return setAt(base, [...(objects[at % Math.max(1, objects.length)] ?? []), m.key], m.value);
    }
    case 'deepNest':
      return setAt(base, leaf, deepNest(m.depth, m.arrays));
    case 'remove':
      return removeAt(base, leaf);
  }
}

function leafPaths(v: Json, prefix: Path = []): Path[] {
  if (v !== null && typeof v === 'object') {
    const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v);
    const inner = entries.flatMap(([k, x]) => leafPaths(x, [...prefix, k]));
    return inner.length ? inner : [prefix];
  }
  return [prefix];
}

function objectPaths(v: Json, prefix: Path = []): Path[] {
  if (v === null || typeof v !== 'object') return [];
  const here = Array.isArray(v) ? [] : [prefix];
  const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v);
  return [...here, ...entries.flatMap(([k, x]) => objectPaths(x, [...prefix, k]))];
}

function getAt(v: Json, p: Path): Json | undefined {
  let cur: Json | undefined = v;
  for (const k of p) cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, Json>)[k as string] : undefined;
  return cur;
}

/** A copy of `v` with the value at `p` replaced (own properties only, never the prototype). */
function setAt(v: Json, p: Path, value: Json): Json {
  if (p.length === 0) return value;
  const copy = structuredClone(v) as Record<string | number, Json>;
  let cur = copy;
  for (const k of p.slice(0, -1)) cur = cur[k] as Record<string | number, Json>;
  Object.defineProperty(cur, p[p.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
  return copy as Json;
}

function removeAt(v: Json, p: Path): Json {
  if (p.length === 0) return {};
  const copy = structuredClone(v) as Record<string | number, Json>;
  let cur = copy;
  for (const k of p.slice(0, -1)) cur = cur[k] as Record<string | number, Json>;
  delete cur[p[p.length - 1]!];
  return copy as Json;
}

function deepNest(depth: number, arrays: boolean): Json {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
  return v;
}
