import fs from 'node:fs';
import path from 'node:path';
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

/** Every check, in full, before the caller goes on (see guardXlsx for reading while the contents are checked). */
export async function inspectXlsx(file: string, limits: XlsxLimits = defaultXlsxLimits): Promise<XlsxSummary> {
  return (await guardXlsx(file, limits)).verified;
}

/**
 * A file whose declared shape passed, with the check of its actual contents
 * still running.
 */
export interface XlsxGuard {
  /**
   * Resolves once every part has been inflated and found no larger than it
   * says; rejects with the SpreadsheetFileError that refuses the file.
   */
  verified: Promise<XlsxSummary>;
  /** Set as soon as `verified` has rejected: a reader stops at its next row. */
  refused: SpreadsheetFileError | null;
}

/**
 * Checks what the file declares (type, size, entries, sizes and ratios) and
 * refuses it before any parser touches it; then inflates every part once, in
 * the background, to catch a part that is larger than it declares. A reader
 * may parse meanwhile: the declared limits bound what it can be given, it
 * stops at `refused`, and it must await `verified` before anything it read
 * is used.
 */
export async function guardXlsx(file: string, limits: XlsxLimits = defaultXlsxLimits): Promise<XlsxGuard> {
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new SpreadsheetFileError('FILE_UNREADABLE', file, `找不到文件 ${name}，请确认路径是否正确。`);
  }
  if (stat.size > limits.maxFileBytes) {
    throw new SpreadsheetFileError('FILE_TOO_LARGE', file, `${name} 有 ${mb(stat.size)}，超过 ${mb(limits.maxFileBytes)} 的上限。请删除多余的工作表或拆分后再导入。`);
  }
  const head = readHead(file);
  if (head.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new SpreadsheetFileError('FILE_UNREADABLE', file, `${name} 是旧版 Excel 97-2003（.xls）文件或加了密码的文件。请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）并取消密码后再导入。`);
  }
  if (head[0] !== 0x50 || head[1] !== 0x4b) {
    const looksText = head.length > 0 && [...head].every((b) => b === 9 || b === 10 || b === 13 || b >= 32);
    throw new SpreadsheetFileError(
      'FILE_UNREADABLE',
      file,
      looksText
        ? `${name} 是文本或 CSV 文件，不是 Excel 工作簿。请在 Excel 或 WPS 中打开后“另存为”.xlsx 再导入。`
        : `${name} 不是 Excel 工作簿（.xlsx），无法读取。`,
    );
  }

  const zip = await openZip(file, name);
  let entries: yauzl.Entry[];
  try {
    entries = await declaredEntries(zip, file, name, limits);
  } catch (e) {
    zip.close();
    throw e;
  }
  const declared = { entries: entries.length, uncompressedBytes: entries.reduce((n, e) => n + e.uncompressedSize, 0) };
  const guard: XlsxGuard = {
    refused: null,
    verified: drainAll(zip, entries, file, name)
      .then(() => declared)
      .catch((e: unknown) => {
        guard.refused = e as SpreadsheetFileError;
        throw e;
      })
      .finally(() => zip.close()),
  };
  // Handled by whoever awaits it; never an unhandled rejection meanwhile.
  guard.verified.catch(() => undefined);
  return guard;
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
        reject(new SpreadsheetFileError('FILE_UNREADABLE', file, `${name} 已损坏或不完整（可能没有下载或复制完），无法读取。请重新获取文件后再导入。`));
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
      reject(new SpreadsheetFileError('FILE_UNREADABLE', file, `${name} 已损坏或不完整，无法读取。请重新获取文件后再导入。`)),
    );
    zip.on('end', () => {
      if (!names.has('xl/workbook.xml')) {
        const what = names.has('word/document.xml') ? '是 Word 文档' : names.has('ppt/presentation.xml') ? '是 PowerPoint 演示文稿' : '不是 Excel 工作簿';
        return reject(new SpreadsheetFileError('FILE_UNREADABLE', file, `${name} ${what}，不是 Excel 表格（.xlsx）。请选择名册的 Excel 文件。`));
      }
      resolve(entries);
    });
    zip.readEntry();
  });
}

/**
 * The sizes checked above are only what the file declares. Inflates each part
 * once, counting: a part that grows past its declared size is a lie told to
 * get past those checks, and inflating stops right there.
 */
async function drainAll(zip: yauzl.ZipFile, entries: yauzl.Entry[], file: string, name: string): Promise<void> {
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    try {
      await drain(zip, entry);
    } catch (e) {
      throw e instanceof SizeLie
        ? suspectZip(file, name, `中的 ${entry.fileName} 实际内容比声明的大`)
        : new SpreadsheetFileError('FILE_UNREADABLE', file, `${name} 已损坏或不完整，无法读取。请重新获取文件后再导入。`);
    }
  }
}

/** A zip whose sizes no honest workbook has: refused, saying what to do about a file that is merely damaged. */
function suspectZip(file: string, name: string, why: string): SpreadsheetFileError {
  return new SpreadsheetFileError(
    'FILE_TOO_LARGE',
    file,
    `${name} ${why}，可能是恶意构造或已损坏的压缩文件，已拒绝读取。如确是本单位的名册，请用 Excel 或 WPS 打开后另存为新的 .xlsx 再导入。`,
  );
}

class SizeLie extends Error {}

/** Reads one entry to its end; yauzl (validateEntrySizes) fails the stream at the first byte past the declared size. */
function drain(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('no stream'));
      stream.on('data', () => undefined);
      stream.on('end', () => resolve());
      stream.on('error', (e: Error) => reject(/too many bytes|too few bytes/.test(e.message) ? new SizeLie(e.message) : e));
    });
  });
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
