import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../electron/core/files/fileStore';
import { evidenceName } from '../../shared/rules/evidenceName';
import { findInvalidText, invalidCharacterAt, withoutInvalidCharacters } from '../../shared/rules/textHygiene';

describe('characters no text of the desk may hold', () => {
  it('finds controls, noncharacters of every plane and lone surrogates, counting characters as the admin sees them', () => {
    for (const bad of ['\u0000', '\u0008', '\u000b', '\u000c', '\u000e', '\u001f', '\ufdd0', '\ufdef', '\ufffe', '\uffff', '\u{1fffe}', '\u{2ffff}', '\u{10fffe}', '\u{10ffff}', '\ud800', '\udbff', '\udc00', '\udfff']) {
      expect(invalidCharacterAt(`𠮷a${bad}`), JSON.stringify(bad)).toBe(3);
    }
    for (const good of ['张三', '\t', '\n', '\r\n', '𠮷', '😀', '\u007f', '\u0085', '\ufdcf', '\ufdf0', '\ufffd', '\u{1fffd}', '\u{20000}']) {
      expect(invalidCharacterAt(good), JSON.stringify(good)).toBeNull();
    }
    expect(withoutInvalidCharacters('a\ufffeb\ud800c𠮷', '\ufffd')).toBe('a\ufffdb\ufffdc𠮷');
  });

  it('says where in the arguments it is, in Chinese', () => {
    expect(findInvalidText({ id: 1, input: { name: '张三', notes: '备\u0000注' } })).toBe('备注的第 2 个字符是无法保存的字符（不可见的控制字符或无效字符，常见于从其他系统复制来的文字）');
    expect(findInvalidText({ items: [{ name: 'a' }, { name: '\uffff' }] })).toMatch(/^第 2 项的名称的第 1 个字符/);
    expect(findInvalidText({ overrides: { '表\ufffe头': 'name' } })).toMatch(/^列的选择（名称）的第 2 个字符/);
    expect(findInvalidText({ somethingNew: 'x\ud800' })).toMatch(/^填写的文字的第 2 个字符/);
    expect(findInvalidText({ name: '𠮷田', list: ['a', 'b'], n: 3, none: null })).toBeNull();
  });

  it('file names the desk only shows lose such characters instead of being refused', () => {
    expect(safeFileName('名\ufffe册\ud800.xlsx', '名册.xlsx')).toBe('名册.xlsx');
    expect(evidenceName('扫描\uffff件\udc00.pdf', 'pdf')).toBe('扫描件.pdf');
  });
});
