import type { CliIo } from './io';

/** With --json, stdout holds exactly one JSON value; otherwise readable text. */
export function print(io: CliIo, json: boolean | undefined, value: unknown, text: string) {
  io.out(json ? JSON.stringify(value) : text);
}
