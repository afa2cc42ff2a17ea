import { describe, expect, it } from 'vitest';
import { lookalike, sniffKind } from '../../electron/core/evidence/sniff';
import { evidenceName } from '../../shared/rules/evidenceName';

describe('evidenceName', () => {
  it('keeps an ordinary Chinese name as it is', () => {
    expect(evidenceName('诊断证明书（市人民医院）.pdf', 'pdf')).toBe('诊断证明书（市人民医院）.pdf');
    expect(evidenceName('产假审批表.JPEG', 'jpeg')).toBe('产假审批表.JPEG');
  });

  it('drops folders, forbidden characters and leading dots', () => {
    expect(evidenceName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(evidenceName('C:\\Users\\admin\\扫描.png', 'png')).toBe('扫描.png');
    expect(evidenceName('a<b>c:d"e|f?g*h.pdf', 'pdf')).toBe('a_b_c_d_e_f_g_h.pdf');
    expect(evidenceName('...hidden.png', 'png')).toBe('hidden.png');
    expect(evidenceName('trailing.pdf. . ', 'pdf')).toBe('trailing.pdf');
  });

  it('defuses reserved Windows device names, with or without an extension', () => {
    expect(evidenceName('CON', 'pdf')).toBe('_CON.pdf');
    expect(evidenceName('com1.pdf', 'pdf')).toBe('_com1.pdf');
    expect(evidenceName('LPT9.scan.png', 'png')).toBe('_LPT9.scan.png');
    expect(evidenceName('CONSOLE.pdf', 'pdf')).toBe('CONSOLE.pdf');
  });

  it('removes direction overrides, invisible and control characters', () => {
    expect(evidenceName('invoice\u202Efdp.exe', 'pdf')).toBe('invoicefdp.exe.pdf');
    expect(evidenceName('a\u200Bb\u2066c\u0007d.png', 'png')).toBe('abcd.png');
  });

  it('gives the extension of the real content, a fallback for an empty name, and a length limit', () => {
    expect(evidenceName('photo.pdf', 'png')).toBe('photo.pdf.png');
    expect(evidenceName('', 'jpeg')).toBe('证明材料.jpg');
    expect(evidenceName('../..', 'pdf')).toBe('证明材料.pdf');
    const long = evidenceName(`${'很'.repeat(300)}.pdf`, 'pdf');
    expect(long.length).toBe(120);
    expect(long.endsWith('很.pdf')).toBe(true);
  });
});

describe('sniffKind', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  it('knows PDF, JPEG and PNG by their first bytes only', () => {
    expect(sniffKind(new TextEncoder().encode('%PDF-1.4'))).toBe('pdf');
    expect(sniffKind(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(sniffKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('png');
    expect(sniffKind(new TextEncoder().encode(' %PDF-1.4'))).toBeNull();
    expect(sniffKind(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull();
    expect(sniffKind(bytes())).toBeNull();
  });

  it('names common look-alikes to help the admin', () => {
    expect(lookalike(bytes(0x50, 0x4b, 0x03, 0x04))).toContain('Word');
    expect(lookalike(bytes(0x47, 0x49, 0x46, 0x38))).toBe('GIF 图片');
    expect(lookalike(bytes(1, 2, 3))).toBeNull();
  });
});
