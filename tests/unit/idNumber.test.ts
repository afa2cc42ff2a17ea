import { describe, expect, it } from 'vitest';
import {
  convert15to18,
  idCheckChar,
  maskIdNumber,
  normalizeIdNumber,
  parseIdNumber,
  type ParsedIdNumber,
} from '../../shared/rules/idNumber';

function okOf(r: ParsedIdNumber): Extract<ParsedIdNumber, { ok: true }> {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r;
}

function failOf(r: ParsedIdNumber): Extract<ParsedIdNumber, { ok: false }> {
  if (r.ok) throw new Error(`expected a failure, got ${r.idNumber}`);
  return r;
}

describe('normalizeIdNumber', () => {
  it('trims and drops inner spaces, tabs and ideographic spaces', () => {
    expect(normalizeIdNumber('  430681 1990\u30000101 1230\t')).toBe('430681199001011230');
  });

  it('turns full-width digits and Ｘ/ｘ/x into half-width digits and X', () => {
    expect(normalizeIdNumber('１１０１０５１９４９１２３１００２Ｘ')).toBe('11010519491231002X');
    expect(normalizeIdNumber('11010519491231002ｘ')).toBe('11010519491231002X');
    expect(normalizeIdNumber('11010519491231002x')).toBe('11010519491231002X');
  });
});

describe('idCheckChar', () => {
  it('matches the public examples', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(idCheckChar('44052418800101001')).toBe('4');
  });

  it('agrees with a sum worked by hand', () => {
    // 4·7 + 3·9 + 0·10 + 6·5 + 8·8 + 1·4 + 1·2 + 9·1 + 9·6 + 0·3 + 0·7 + 1·9 + 0·10 + 1·5 + 1·8 + 2·4 + 3·2
    // = 254; 254 mod 11 = 1 → '0'
    expect(idCheckChar('43068119900101123')).toBe('0');
    // a sum with remainder 0 maps to '1'; remainder 2 maps to 'X'
    expect(idCheckChar('00000000000000000')).toBe('1');
    expect(idCheckChar('00000000000000001')).toBe('X'); // S = 2
    expect(idCheckChar('00000000000000010')).toBe('8'); // S = 4
  });

  it('refuses input that is not 17 digits', () => {
    expect(() => idCheckChar('1234')).toThrow(RangeError);
    expect(() => idCheckChar('1101051949123100X')).toThrow(RangeError);
  });
});

describe('convert15to18', () => {
  it('inserts 19 after the area code and appends the check character', () => {
    expect(convert15to18('110105491231002')).toBe('11010519491231002X');
  });

  it('refuses input that is not 15 digits', () => {
    expect(() => convert15to18('11010549123100')).toThrow(RangeError);
  });
});

describe('parseIdNumber', () => {
  it('accepts 11010519491231002X as a woman born 1949-12-31', () => {
    expect(parseIdNumber('11010519491231002X')).toEqual({
      ok: true,
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: '女',
      converted: false,
    });
  });

  it('reads 440524188001010014 as checksum-valid but refuses its 1880 birth year (years before 1900 are refused)', () => {
    expect(idCheckChar('44052418800101001')).toBe('4');
    const r = failOf(parseIdNumber('440524188001010014'));
    expect(r.code).toBe('ID_FORMAT');
    expect(r.message).toContain('1880-01-01');
    expect(r.message).toContain('1900');
  });

  it('derives sex from the 17th digit: odd is 男, even is 女', () => {
    const man = okOf(parseIdNumber('430681199001011230'));
    expect(man.sex).toBe('男');
    expect(man.birthDate).toBe('1990-01-01');
    const woman = okOf(parseIdNumber('430681198506150020'));
    expect(woman.sex).toBe('女');
    expect(woman.birthDate).toBe('1985-06-15');
  });

  it('accepts other computed valid numbers, including a leap day', () => {
    expect(okOf(parseIdNumber('430102197211304515')).birthDate).toBe('1972-11-30');
    const leap = okOf(parseIdNumber('430602198402290074'));
    expect(leap.birthDate).toBe('1984-02-29');
    expect(leap.sex).toBe('男');
  });

  it('accepts a lowercase x check character and returns it as X', () => {
    const r = okOf(parseIdNumber('11010519491231002x'));
    expect(r.idNumber).toBe('11010519491231002X');
  });

  it('normalises full-width input with spaces', () => {
    const r = okOf(parseIdNumber(' １１０１０５　１９４９１２３１　００２Ｘ '));
    expect(r.idNumber).toBe('11010519491231002X');
    expect(r.converted).toBe(false);
  });

  it('converts a 15-digit number and says so', () => {
    expect(parseIdNumber('110105491231002')).toEqual({
      ok: true,
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: '女',
      converted: true,
    });
  });

  it('reports a wrong check character with the expected one', () => {
    const r = failOf(parseIdNumber('110105194912310021'));
    expect(r.code).toBe('ID_CHECKSUM');
    expect(r.message).toBe('身份证号校验位不正确：应为 X，请核对原件');
    const r2 = failOf(parseIdNumber('430681199001011231'));
    expect(r2.code).toBe('ID_CHECKSUM');
    expect(r2.message).toContain('应为 0');
  });

  it('refuses an impossible birth date as a format problem', () => {
    const r = failOf(parseIdNumber(`43068119900230123${'0'}`));
    expect(r.code).toBe('ID_FORMAT');
    expect(r.message).toContain('1990-02-30');
    // a check character that matches the digits does not rescue it
    expect(failOf(parseIdNumber(`43068119900230123${idCheckChar('43068119900230123')}`)).code).toBe('ID_FORMAT');
    expect(failOf(parseIdNumber('430681199013011230')).code).toBe('ID_FORMAT'); // month 13
    expect(failOf(parseIdNumber('430681199000011230')).code).toBe('ID_FORMAT'); // month 00
    expect(failOf(parseIdNumber('430681190002291230')).code).toBe('ID_FORMAT'); // 1900 is not a leap year
    expect(failOf(parseIdNumber('110105490230002')).code).toBe('ID_FORMAT'); // 15-digit, 1949-02-30
  });

  it('refuses wrong lengths and stray characters as ID_FORMAT', () => {
    const short = failOf(parseIdNumber('43068119900101123'));
    expect(short.code).toBe('ID_FORMAT');
    expect(short.message).toContain('当前为 17 位');
    expect(failOf(parseIdNumber('4306811990010112301')).code).toBe('ID_FORMAT');
    expect(failOf(parseIdNumber('4306811990X1011230')).code).toBe('ID_FORMAT');
    expect(failOf(parseIdNumber('11010549123100X')).code).toBe('ID_FORMAT');
  });

  it('refuses a number Excel turned into scientific notation, never repairing it', () => {
    const r = failOf(parseIdNumber('1.10101E+17'));
    expect(r.code).toBe('ID_FORMAT');
    expect(r.message).toContain('Excel');
    expect(r.message).toContain('无法恢复');
  });

  it('reports an empty or blank value as ID_MISSING', () => {
    expect(failOf(parseIdNumber('')).code).toBe('ID_MISSING');
    const blank = failOf(parseIdNumber(' \u3000 '));
    expect(blank.code).toBe('ID_MISSING');
    expect(blank.message).toBe('身份证号不能为空');
  });
});

describe('maskIdNumber', () => {
  it('shows the first 6 and last 4 characters of an 18-character number', () => {
    expect(maskIdNumber('430681199001011234')).toBe('430681********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });

  it('masks a 15-digit number the same way and hides very short values entirely', () => {
    expect(maskIdNumber('110105491231002')).toBe('110105*****1002');
    expect(maskIdNumber('12345')).toBe('*****');
  });
});
