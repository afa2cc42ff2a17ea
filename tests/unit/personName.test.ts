import { describe, expect, it } from 'vitest';
import { NAME_DOT, normalizePersonName } from '../../shared/rules/personName';

describe('a name as the desk stores it', () => {
  it('drops the spaces and line breaks inside a name in Chinese characters', () => {
    expect(normalizePersonName('王　伟')).toBe('王伟');
    expect(normalizePersonName('王 伟')).toBe('王伟');
    expect(normalizePersonName('欧阳\n明')).toBe('欧阳明');
    expect(normalizePersonName('欧阳\r\n明')).toBe('欧阳明');
    expect(normalizePersonName(' 李\u00a0 \u3000娜 ')).toBe('李娜');
  });

  it('makes every look-alike of the middle dot one dot, with no space around it', () => {
    for (const dot of ['·', '・', '•', '‧', '･', '∙', '⋅']) expect(normalizePersonName(`买买提${dot}艾力`)).toBe(`买买提${NAME_DOT}艾力`);
    expect(normalizePersonName('买买提 · 艾力')).toBe('买买提·艾力');
    expect(NAME_DOT).toBe('\u00b7');
  });

  it('keeps single spaces between the words of a name in another script', () => {
    expect(normalizePersonName('  John   Smith ')).toBe('John Smith');
    expect(normalizePersonName('Anna\nMaria  Li')).toBe('Anna Maria Li');
    expect(normalizePersonName('Ali • Khan')).toBe(`Ali${NAME_DOT}Khan`);
  });

  it('leaves a clean name and an empty cell as they are', () => {
    expect(normalizePersonName('张三')).toBe('张三');
    expect(normalizePersonName('阿依古丽·买买提')).toBe('阿依古丽·买买提');
    expect(normalizePersonName('  ')).toBe('');
  });
});
