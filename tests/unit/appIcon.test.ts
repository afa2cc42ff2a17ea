import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICON_SIZE, drawIcon } from '../../resources/icon/drawIcon';

const resources = path.resolve(import.meta.dirname, '../../resources');

/** Width, height, colour type and the decoded pixel rows of a PNG, read from its chunks. */
function readPng(png: Buffer): { width: number; height: number; colourType: number; raw: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let at = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      colourType = data[9]!;
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  return { width, height, colourType, raw: zlib.inflateSync(Buffer.concat(idat)) };
}

describe('application icon', () => {
  it('holds exactly the pixels resources/icon/drawIcon.ts draws (rebuilt with makeIcon.ts)', () => {
    const { width, raw } = readPng(fs.readFileSync(path.join(resources, 'icon.png')));
    const stride = width * 4 + 1;
    const pixels = Buffer.concat(Array.from({ length: width }, (_, y) => raw.subarray(y * stride + 1, (y + 1) * stride)));
    expect(pixels.equals(drawIcon(ICON_SIZE))).toBe(true);
  });

  it('is a 256×256 RGBA PNG with transparent corners and an opaque middle', () => {
    const { width, height, colourType, raw } = readPng(fs.readFileSync(path.join(resources, 'icon.png')));
    expect([width, height, colourType]).toEqual([ICON_SIZE, ICON_SIZE, 6]);
    const stride = width * 4 + 1;
    expect(raw.length).toBe(stride * height);
    const alpha = (x: number, y: number) => raw[y * stride + 1 + x * 4 + 3];
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(width - 1, height - 1)).toBe(0);
    expect(alpha(width / 2, 20)).toBe(255);
  });

  it('is an .ico whose directory holds a 256-pixel entry (what the Windows installer needs) pointing at a PNG', () => {
    const ico = fs.readFileSync(path.join(resources, 'icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const e = 6 + 16 * i;
      sizes.push(ico[e] === 0 ? 256 : ico[e]!);
      const offset = ico.readUInt32LE(e + 12);
      const length = ico.readUInt32LE(e + 8);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      expect(readPng(ico.subarray(offset, offset + length)).width).toBe(sizes[i]);
    }
    expect(sizes).toContain(256);
  });
});
