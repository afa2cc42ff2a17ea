import type { EvidenceKind } from '../../../shared/exemptions/schemas';

/**
 * What a file is, by its first bytes (never by its name): PDF (`%PDF-`),
 * JPEG (FF D8 FF) or PNG (the 8-byte signature). Anything else is null.
 */
export function sniffKind(head: Uint8Array): EvidenceKind | null {
  const starts = (sig: number[]) => sig.every((b, i) => head[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  return null;
}

/** A word for what a refused file seems to be, to help the admin (null: no idea). */
export function lookalike(head: Uint8Array): string | null {
  const starts = (sig: number[]) => sig.every((b, i) => head[i] === b);
  if (starts([0x50, 0x4b, 0x03, 0x04])) return 'Word/Excel 文档或压缩包';
  if (starts([0xd0, 0xcf, 0x11, 0xe0])) return '旧版 Word/Excel 文档';
  if (starts([0x47, 0x49, 0x46, 0x38])) return 'GIF 图片';
  if (starts([0x49, 0x49, 0x2a, 0x00]) || starts([0x4d, 0x4d, 0x00, 0x2a])) return 'TIFF 图片';
  if (starts([0x42, 0x4d])) return 'BMP 图片';
  if (starts([0x4d, 0x5a])) return '程序文件';
  return null;
}
