import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Desk } from '../../electron/core/desk';
import { storeUpload } from '../../electron/core/files/inbox';
import type { StoredFile } from '../../shared/common/schemas';

/** Real evidence files for tests: PNGs drawn here, PDFs made with pdf-lib, a JPEG scan from tests/fixtures. */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An RGB PNG with a pattern that depends on `seed` (so different seeds give different files). */
export function pngBytes(width: number, height: number, seed = 1): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const i = row + 1 + x * 3;
      raw[i] = (x * 2 + seed * 37) & 0xff;
      raw[i + 1] = (y * 2 + seed * 11) & 0xff;
      raw[i + 2] = ((x ^ y) + seed) & 0xff;
    }
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A PDF with one page per given (ASCII) text. */
export async function pdfBytes(pages: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of pages) doc.addPage([400, 500]).drawText(text, { x: 40, y: 400, size: 18, font });
  return Buffer.from(await doc.save());
}

const SCAN = path.resolve(import.meta.dirname, '../fixtures/scan.jpg');

/** A real JPEG scan (620×877); with `tag`, a comment segment makes its bytes (not its picture) unique. */
export function jpegBytes(tag?: string): Buffer {
  const scan = fs.readFileSync(SCAN);
  if (tag === undefined) return scan;
  const text = Buffer.from(tag, 'utf8');
  const head = Buffer.from([0xff, 0xfe, (text.length + 2) >> 8, (text.length + 2) & 0xff]);
  return Buffer.concat([scan.subarray(0, 2), head, text, scan.subarray(2)]);
}

/** Puts bytes into the desk's inbox as an upload would, under `name`. */
export function upload(desk: Desk, name: string, bytes: Uint8Array): Promise<StoredFile> {
  return storeUpload(desk.ctx.paths.dataDir, name, bytes);
}
