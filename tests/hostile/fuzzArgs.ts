import { z } from 'zod';

/**
 * Seeded argument fuzzing for a contract method, derived from its zod schema
 * (through JSON Schema), so methods added to the contract later are covered
 * without touching this file. Each case starts from a plausible argument
 * object and breaks it in one way, or is junk outright.
 */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: Json[];
  const?: Json;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  additionalProperties?: boolean | JsonSchema;
}

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function schemaOf(args: z.ZodType): JsonSchema {
  try {
    return z.toJSONSchema(args, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
  } catch {
    return {};
  }
}

const WORDS = ['汨罗市司法局', '张三', '公证处', '一级科员', '在职', '13812345678', '11010519491231002X', '', ' ', 'null', '0', '../x', "'; DROP TABLE staff;--", '=cmd|/c calc', '\u202e', '𠮷'];

export class Fuzzer {
  constructor(private readonly rand: () => number) {}

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(0, xs.length - 1)]!;
  }

  /** A value the schema probably accepts (small numbers and short strings). */
  plausible(s: JsonSchema, depth = 0): Json {
    if (s.const !== undefined) return s.const;
    if (s.enum) return this.pick(s.enum);
    const branches = s.anyOf ?? s.oneOf;
    if (branches) return this.plausible(this.pick(branches), depth);
    const type = Array.isArray(s.type) ? this.pick(s.type) : s.type;
    switch (type) {
      case 'object': {
        const out: Record<string, Json> = {};
        for (const [k, v] of Object.entries(s.properties ?? {})) {
          if (s.required?.includes(k) || this.rand() < 0.5) out[k] = this.plausible(v, depth + 1);
        }
        return out;
      }
      case 'array': {
        const n = Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 3, this.int(0, 3)));
        return Array.from({ length: n }, () => (depth > 6 ? null : this.plausible(s.items ?? {}, depth + 1)));
      }
      case 'integer':
      case 'number': {
        const lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
        const hi = Math.min(s.maximum ?? lo + 50, lo + 50);
        return this.int(lo, hi);
      }
      case 'string':
        if (s.pattern === '^[0-9a-f]{32}$') return Array.from({ length: 32 }, () => this.pick([...'0123456789abcdef'])).join('');
        return this.pick(WORDS).slice(0, s.maxLength ?? 100) || 'x'.repeat(s.minLength ?? 0);
      case 'boolean':
        return this.rand() < 0.5;
      case 'null':
        return null;
      default:
        return this.junk(2);
    }
  }

  /** Any JSON value at all, nested up to `depth`. */
  junk(depth: number): Json {
    const kinds = depth > 0 ? 9 : 7;
    switch (this.int(0, kinds - 1)) {
      case 0:
        return null;
      case 1:
        return this.rand() < 0.5;
      case 2:
        return this.pick([0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 2, 2100, 1999, 4294967296]);
      case 3:
        return this.pick(WORDS);
      case 4:
        return 'x'.repeat(this.int(1000, 5000));
      case 5:
        return String(this.int(0, 1e6));
      case 6:
        return '';
      case 7:
        return Array.from({ length: this.int(0, 4) }, () => this.junk(depth - 1));
      default: {
        const o: Record<string, Json> = {};
        for (let i = this.int(0, 3); i > 0; i--) o[this.pick(['a', 'id', 'name', '__proto__', 'constructor', 'toString', '$where'])] = this.junk(depth - 1);
        return o;
      }
    }
  }

  /** A hostile argument for `schema`: a plausible one broken in one way, or junk. */
  hostile(s: JsonSchema): Json {
    const base = this.plausible(s);
    const how = this.int(0, 7);
    if (how === 0 || typeof base !== 'object' || base === null) return this.topLevelJunk();
    const paths = leafPaths(base);
    const at = paths.length ? this.pick(paths) : [];
    switch (how) {
      case 1:
        return setAt(base, at, this.wrongType(getAt(base, at)));
      case 2:
        return setAt(base, at, this.hugeString());
      case 3: {
        const objects = objectPaths(base);
        const target = objects.length ? this.pick(objects) : [];
        return setAt(base, [...target, this.pick(['extra', '__proto__', 'constructor', 'x'.repeat(this.int(1, 300))])], this.junk(2));
      }
      case 4:
        return setAt(base, at, deepNest(this.int(50, 2000), this.rand() < 0.5));
      case 5:
        return removeAt(base, at);
      case 6:
        return setAt(base, at, this.pick([-1, 0, 1.5, 1e308, 2 ** 53 + 2, -2147483649, Number.MAX_SAFE_INTEGER + 2]));
      default:
        return setAt(base, at, this.junk(3));
    }
  }

  private topLevelJunk(): Json {
    return this.pick<Json>([null, 42, 'units', [], [1, 2], true, { '': null }, this.hugeString(), deepNest(1000, true)]);
  }

  private wrongType(v: Json | undefined): Json {
    if (typeof v === 'number') return this.pick<Json>([String(v), [v], { value: v }, null, true]);
    if (typeof v === 'string') return this.pick<Json>([v.length, [v], { text: v }, null, false]);
    if (typeof v === 'boolean') return this.pick<Json>(['true', 1, 0, null, [v]]);
    if (Array.isArray(v)) return this.pick<Json>([{ 0: v[0] ?? null }, 'a,b', v.length, null]);
    return this.pick<Json>(['x', 1, [], true]);
  }

  private hugeString(): string {
    const unit = this.pick(['张', 'A', '\u0000', '𠮷', '=', ' ']);
    return unit.repeat(this.int(100_000, 600_000));
  }
}

type Path = (string | number)[];

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
