import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChild } from '../helpers/childProcess';
import { tempDir } from '../helpers/tempDesk';
import { hostileFiles } from './xlsxCorpus';

/**
 * Every hostile workbook goes through the desk's real import (a dry run into
 * an empty desk) in its own process: answered after bounded work (bytes
 * inflated from the zip), with a clear
 * Chinese reason or row errors, nothing planned for the database, and the
 * process's peak memory barely above the desk's own.
 */
interface Answer {
  outcome: 'read' | 'refused' | 'crashed';
  code?: string;
  message?: string;
  rows?: number;
  created?: number;
  errorCodes?: string[];
  longestMessage?: number;
  stoppedAtRow?: number | null;
  /** For the record only (the timing figures are the bench's). */
  ms: number;
  /** Bytes the desk inflated from the zip: the work the file made it do. */
  inflatedBytes: number;
  rssGrowthMb: number;
}

type Expected = { refused: string; says: string } | { read: (a: Answer) => void };

const expected: Record<string, Expected> = {
  'not-a-zip.xlsx': { refused: 'FILE_UNREADABLE', says: '不是 Excel 工作簿' },
  'truncated.xlsx': { refused: 'FILE_UNREADABLE', says: '不完整' },
  'zip-bomb.xlsx': { refused: 'FILE_TOO_LARGE', says: '压缩比异常' },
  'lying-bomb.xlsx': { refused: 'FILE_TOO_LARGE', says: '实际内容比声明的大' },
  'deep-nesting.xlsx': { read: (a) => expect(a).toMatchObject({ rows: 0, created: 0 }) },
  'billion-laughs.xlsx': { refused: 'FILE_UNREADABLE', says: '无法解析' },
  'external-entity.xlsx': { refused: 'FILE_UNREADABLE', says: '无法解析' },
  'million-styled-rows.xlsx': { read: (a) => expect(a).toMatchObject({ rows: 1, stoppedAtRow: 10_003 }) },
  'broken-shared-strings.xlsx': { refused: 'HEADER_MISSING', says: '找不到表头' },
  'shared-string-out-of-range.xlsx': { read: (a) => expect(a).toMatchObject({ rows: 1, created: 0, errorCodes: ['NAME_MISSING', 'UNIT_MISSING'] }) },
  'huge-cells.xlsx': {
    read: (a) => {
      expect(a).toMatchObject({ rows: 1, created: 0 });
      expect(a.errorCodes).toContain('VALUE_TOO_LONG');
      expect(a.longestMessage).toBeLessThan(300);
    },
  },
  'too-many-rows.xlsx': { refused: 'FILE_TOO_LARGE', says: '超过 1,000 行' },
};

/** The row limit given to the child for a file (the real one is 300,000). */
const rowLimits: Record<string, number> = { 'too-many-rows.xlsx': 1000 };

async function readInChild(file: string): Promise<Answer> {
  const args = [file];
  const limit = rowLimits[path.basename(file)];
  if (limit) args.push(String(limit));
  const run = await runChild('tests/hostile/readChild.ts', args, { guardMs: 60_000 });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as Answer;
  } catch {
    throw new Error(`child exited ${run.code} without an answer: ${run.stderr.slice(0, 500)}`);
  }
}

let dir: string;
let cleanup: () => void;
const answers = new Map<string, Answer>();

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('xuefa-hostile-'));
  const files: string[] = [];
  for (const h of hostileFiles) files.push(await h.build(dir));
  // Two at a time: the machines running this share their cores.
  const queue = [...files];
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) answers.set(path.basename(f), await readInChild(f));
  };
  await Promise.all([worker(), worker()]);
}, 180_000);
afterAll(() => cleanup());

describe('hostile workbooks', () => {
  it('has an expectation for every file in the corpus', () => {
    expect(hostileFiles.map((h) => h.name).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(hostileFiles.map((h) => [h.name, h.what]))('%s (%s): a clear answer after bounded work and with bounded memory', (name) => {
    const a = answers.get(name)!;
    expect(a.outcome, JSON.stringify(a)).not.toBe('crashed');
    const want = expected[name]!;
    if ('refused' in want) {
      expect(a).toMatchObject({ outcome: 'refused', code: want.refused });
      expect(a.message).toContain(want.says);
      expect(a.message).toContain(name);
      expect(a.message!.length).toBeLessThan(400);
    } else {
      expect(a.outcome).toBe('read');
      want.read(a);
    }
    // Never more than 16 MB inflated, whatever the zip declares (the largest honest part here, huge-cells, is 12 MB);
    // a bomb is refused from its declared shape or as soon as a part outgrows what it declares.
    expect(a.inflatedBytes, JSON.stringify(a)).toBeLessThan(16 * 1024 * 1024);
    if (name.includes('bomb')) expect(a.inflatedBytes, JSON.stringify(a)).toBeLessThan(256 * 1024);
    expect(a.rssGrowthMb).toBeLessThan(250);
  });

  it('never lets an external entity read a local file into a message', () => {
    expect(answers.get('external-entity.xlsx')!.message).not.toMatch(/root:|\/bin\/(ba)?sh/);
  });
});
