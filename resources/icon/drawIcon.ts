import zlib from 'node:zlib';

/**
 * The desk's application icon, drawn in code so it can be rebuilt exactly:
 * an open book (学法) on a deep red rounded square, with a gold tick (考法
 * passed). `npx tsx resources/icon/makeIcon.ts` writes resources/icon.png and
 * resources/icon.ico; tests/unit/appIcon.test.ts checks the committed files
 * are what this draws.
 */
export const ICON_SIZE = 256;

type Rgba = [number, number, number, number];

const RED: Rgba = [178, 34, 34, 255];
const PAGE: Rgba = [255, 250, 240, 255];
const GOLD: Rgba = [245, 190, 40, 255];
const SHADE: Rgba = [120, 20, 20, 255];

/** Signed distance to a rounded rectangle centred at (cx, cy). */
function roundedRect(x: number, y: number, cx: number, cy: number, hw: number, hh: number, r: number): number {
  const dx = Math.abs(x - cx) - (hw - r);
  const dy = Math.abs(y - cy) - (hh - r);
  return Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0) - r;
}

/** Signed distance to a convex polygon (negative inside). */
function polygon(x: number, y: number, pts: [number, number][]): number {
  let inside = true;
  let best = Infinity;
  for (let i = 0; i < pts.length; i++) {
    const [ax, ay] = pts[i]!;
    const [bx, by] = pts[(i + 1) % pts.length]!;
    const ex = bx - ax;
    const ey = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * ex + (y - ay) * ey) / (ex * ex + ey * ey)));
    best = Math.min(best, Math.hypot(x - ax - t * ex, y - ay - t * ey));
    if ((x - ax) * ey - (y - ay) * ex > 0) inside = false;
  }
  return inside ? -best : best;
}

/** Distance to a thick line segment (a stroke of half-width w). */
function stroke(x: number, y: number, ax: number, ay: number, bx: number, by: number, w: number): number {
  const ex = bx - ax;
  const ey = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * ex + (y - ay) * ey) / (ex * ex + ey * ey)));
  return Math.hypot(x - ax - t * ex, y - ay - t * ey) - w;
}

/** The colour at one point, layers painted back to front. */
function paint(x: number, y: number): Rgba {
  let colour: Rgba = [0, 0, 0, 0];
  const layer = (d: number, c: Rgba) => {
    if (d < 0) colour = c;
  };
  layer(roundedRect(x, y, 128, 128, 120, 120, 44), RED);
  layer(polygon(x, y, [[36, 92], [124, 108], [124, 204], [36, 188]]), PAGE);
  layer(polygon(x, y, [[132, 108], [220, 92], [220, 188], [132, 204]]), PAGE);
  layer(stroke(x, y, 128, 106, 128, 206, 3), SHADE);
  for (const row of [124, 144, 164]) {
    layer(stroke(x, y, 50, row - 2, 110, row + 8, 2.5), SHADE);
  }
  layer(stroke(x, y, 150, 150, 172, 174, 9), GOLD);
  layer(stroke(x, y, 172, 174, 212, 112, 9), GOLD);
  return colour;
}

/** RGBA pixels of the icon, 4×4 supersampled for smooth edges. */
export function drawIcon(size = ICON_SIZE): Buffer {
  const px = Buffer.alloc(size * size * 4);
  const scale = ICON_SIZE / size;
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = paint((x + (sx + 0.5) / n) * scale, (y + (sy + 0.5) / n) * scale);
          const a = c[3] / 255;
          sum[0]! += c[0] * a;
          sum[1]! += c[1] * a;
          sum[2]! += c[2] * a;
          sum[3]! += c[3];
        }
      }
      const alpha = sum[3]! / (n * n);
      const o = (y * size + x) * 4;
      const cover = sum[3]! / 255 || 1;
      px[o] = Math.round(sum[0]! / cover);
      px[o + 1] = Math.round(sum[1]! / cover);
      px[o + 2] = Math.round(sum[2]! / cover);
      px[o + 3] = Math.round(alpha);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A PNG (8-bit RGBA, no interlace) of square RGBA pixels. */
export function encodePng(rgba: Buffer, size: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An .ico holding PNG images (Windows Vista and later read PNG entries; 256 is written as 0). */
export function encodeIco(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const e = Buffer.alloc(16);
    e[0] = size >= 256 ? 0 : size;
    e[1] = size >= 256 ? 0 : size;
    e.writeUInt16LE(1, 4);
    e.writeUInt16LE(32, 6);
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** The icon files: a 256×256 PNG and an .ico with 256, 48, 32 and 16 pixel images. */
export function iconFiles(): { png: Buffer; ico: Buffer } {
  const png = encodePng(drawIcon(ICON_SIZE), ICON_SIZE);
  const small = [48, 32, 16].map((size) => ({ size, png: encodePng(drawIcon(size), size) }));
  return { png, ico: encodeIco([{ size: ICON_SIZE, png }, ...small]) };
}
