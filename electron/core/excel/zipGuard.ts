import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { SpreadsheetFileError } from './fileErrors';

/**
 * An .xlsx is a zip. Before any parser touches it, read its central directory
 * and refuse what no roster looks like: not a zip, a truncated zip, another
 * Office document, or declared sizes and ratios of a zip bomb.
 */
export interface XlsxLimits {
  /** The file on disk. */
  maxFileBytes: number;
  /** All entries together, uncompressed, as declared. */
  maxUncompressedBytes: number;
  /** One entry's uncompressed/compressed ratio, for entries larger than ratioFloorBytes. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxEntries: number;
}

export const defaultXlsxLimits: XlsxLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxRatio: 250,
  ratioFloorBytes: 20 * 1024 * 1024,
  maxEntries: 5000,
};

export interface XlsxSummary {
  entries: number;
  uncompressedBytes: number;
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * Every check, in full: the declared shape, then every part inflated once to
 * find one larger than it says. The readers make the same checks as they go
 * (openCheckedXlsx, then readPart for each part they read); this vets a file
 * whole without reading it.
 */
export async function inspectXlsx(file: string, limits: XlsxLimits = defaultXlsxLimits): Promise<XlsxSummary> {
  const checked = await openCheckedXlsx(file, limits);
  try {
    for (const entry of checked.entries) {
      if (entry.fileName.endsWith('/')) continue;
      for await (const chunk of await readPart(checked, entry)) void chunk;
    }
  } finally {
    checked.close();
  }
  return { entries: checked.entries.length, uncompressedBytes: checked.entries.reduce((n, e) => n + e.uncompressedSize, 0) };
}

/** A workbook's zip whose declared shape passed, open for reading its parts (readPart). */
export interface CheckedXlsx {
  file: string;
  /** The file's name, for messages. */
  name: string;
  /** Every entry of the central directory, in its order. */
  entries: yauzl.Entry[];
  /** Closes the file once no part is being read any more. */
  close(): void;
  zip: yauzl.ZipFile;
}

/**
 * Checks what the file declares (type, size, entries, sizes and ratios) and
 * refuses it before any parser touches it. Its parts are then read with
 * readPart, which holds each one to the size it declares: a part that lies
 * to get past these checks is refused at its first byte too many.
 */
export async function openCheckedXlsx(file: string, limits: XlsxLimits = defaultXlsxLimits): Promise<CheckedXlsx> {
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw SpreadsheetFileError.of(file, 'FILE_UNREADABLE.missing', { name });
  }
  if (stat.size > limits.maxFileBytes) {
    throw SpreadsheetFileError.of(file, 'FILE_TOO_LARGE.sized', { name, size: mb(stat.size), max: mb(limits.maxFileBytes) });
  }
  const head = readHead(file);
  if (head.subarray(0, 4).equals(OLE_MAGIC)) {
    throw SpreadsheetFileError.of(file, 'FILE_UNREADABLE.legacyOrLocked', { name });
  }
  if (head[0] !== 0x50 || head[1] !== 0x4b) {
    const looksText = head.length > 0 && [...head].every((b) => b === 9 || b === 10 || b === 13 || b >= 32);
    throw SpreadsheetFileError.of(file, looksText ? 'FILE_UNREADABLE.text' : 'FILE_UNREADABLE.notXlsx', { name });
  }

  const zip = await openZip(file, name);
  try {
    const entries = await declaredEntries(zip, file, name, limits);
    return { file, name, entries, zip, close: () => zip.close() };
  } catch (e) {
    zip.close();
    throw e;
  }
}

/** Inflated chunks of 64 kB: a quarter as many hand-offs to the XML parser as zlib's default 16 kB. */
const INFLATE_CHUNK = 64 * 1024;

/**
 * One part of a checked workbook, inflated, as a stream that fails with the
 * SpreadsheetFileError refusing the file as soon as the part proves larger
 * than it declares (or turns out damaged): nothing past the declared size is
 * ever handed on.
 */
export function readPart(checked: CheckedXlsx, entry: yauzl.Entry): Promise<Readable> {
  const { file, name } = checked;
  const damaged = () => damagedZip(file, name);
  return new Promise((resolve, reject) => {
    checked.zip.openReadStream(entry, { decodeFileData: false }, (err, raw) => {
      if (err || !raw) return reject(damaged());
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        raw.destroy();
        return reject(damaged());
      }
      const declared = entry.uncompressedSize;
      let seen = 0;
      const held = new Transform({
        transform(chunk: Buffer, _enc, done) {
          seen += chunk.length;
          if (seen > declared) done(suspectZip(file, name, `中的 ${entry.fileName} 实际内容比声明的大`));
          else done(null, chunk);
        },
        flush(done) {
          done(seen < declared ? damaged() : null);
        },
      });
      // The part's own stream is the last one; a failure further up becomes the refusal it stands for.
      const inflate = entry.compressionMethod === 8 ? zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK }) : null;
      const upstream: Readable[] = inflate ? [raw, inflate] : [raw];
      for (const s of upstream) s.on('error', () => held.destroy(damaged()));
      held.on('close', () => {
        for (const s of upstream) s.destroy();
      });
      if (inflate) raw.pipe(inflate).pipe(held);
      else raw.pipe(held);
      resolve(held);
    });
  });
}

function readHead(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(512);
    const n = fs.readSync(fd, buf, 0, 512, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

function openZip(file: string, name: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) {
        reject(SpreadsheetFileError.of(file, 'FILE_UNREADABLE.cutShort', { name }));
      } else resolve(zip);
    });
  });
}

/** Reads the central directory and checks what each entry declares, before anything is inflated. */
function declaredEntries(zip: yauzl.ZipFile, file: string, name: string, limits: XlsxLimits): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    let total = 0;
    const names = new Set<string>();
    const tooLarge = (why: string) => reject(suspectZip(file, name, why));
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      total += entry.uncompressedSize;
      names.add(entry.fileName);
      if (entries.length > limits.maxEntries) return tooLarge(`包含的部件超过 ${limits.maxEntries} 个`);
      if (total > limits.maxUncompressedBytes) return tooLarge(`解压后超过 ${mb(limits.maxUncompressedBytes)}`);
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
        return tooLarge(`中的 ${entry.fileName} 压缩比异常（${Math.round(ratio)} 倍）`);
      }
      zip.readEntry();
    });
    zip.on('error', () =>
      reject(damagedZip(file, name)),
    );
    zip.on('end', () => {
      if (!names.has('xl/workbook.xml')) {
        const kind = names.has('word/document.xml') ? 'word' : names.has('ppt/presentation.xml') ? 'powerpoint' : 'other';
        return reject(SpreadsheetFileError.of(file, 'FILE_UNREADABLE.otherOffice', { name, kind }));
      }
      resolve(entries);
    });
    zip.readEntry();
  });
}

/** A zip that cannot be read as it is: broken off, or with a part that does not inflate to what it declares. */
function damagedZip(file: string, name: string): SpreadsheetFileError {
  return SpreadsheetFileError.of(file, 'FILE_UNREADABLE.damaged', { name });
}

/** A zip whose sizes no honest workbook has: refused, saying what to do about a file that is merely damaged. */
function suspectZip(file: string, name: string, why: string): SpreadsheetFileError {
  return SpreadsheetFileError.of(file, 'FILE_TOO_LARGE.suspect', { name, why });
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
