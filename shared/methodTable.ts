import type { z } from 'zod';

/** The shape of a slice of the contract: method name → its argument and result schemas. */
export type MethodTable = Record<string, { args: z.ZodType; result: z.ZodType }>;

type Table = Record<string, unknown>;

/** The names two or more of the tables declare (never when all are distinct). */
export type RepeatedNames<T extends readonly Table[], Seen extends PropertyKey = never> = T extends readonly [
  infer Head extends Table,
  ...infer Rest extends readonly Table[],
]
  ? (keyof Head & Seen) | RepeatedNames<Rest, Seen | keyof Head>
  : never;

/** The tables laid into one object type. */
export type Merged<T extends readonly Table[]> = T extends readonly [infer Head extends Table, ...infer Rest extends readonly Table[]]
  ? Head & Merged<Rest>
  : unknown;

type Flat<T> = { [K in keyof T]: T[K] };

/**
 * The tables (contract slices, or their handler tables) merged into one.
 * A name declared by two tables is refused: at compile time the call does not
 * type-check (the argument list asks for the repeated name), and at run time
 * it throws, naming it. Object spread would silently keep the later one.
 */
export function mergeTables<const T extends readonly Table[]>(
  ...tables: [RepeatedNames<T>] extends [never] ? T : readonly [{ repeatedMethodName: RepeatedNames<T> }]
): Flat<Merged<T>> {
  const merged: Table = {};
  for (const table of tables as readonly Table[]) {
    for (const name of Object.keys(table)) {
      if (Object.prototype.hasOwnProperty.call(merged, name)) throw new Error(`method ${name} is declared twice`);
      merged[name] = table[name];
    }
  }
  return merged as Flat<Merged<T>>;
}
