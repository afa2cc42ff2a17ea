import { describe, expect, it } from 'vitest';
import { unitFormSchema } from '../../renderer/src/components/unitFormSchema';
import { errorMessages } from '../../shared/errors';

describe('unitFormSchema', () => {
  it('turns the form into units.create arguments, the name trimmed', () => {
    expect(unitFormSchema.parse({ name: '\u3000汨罗市司法局 ', parentId: null })).toEqual({ name: '汨罗市司法局', parentId: null });
    expect(unitFormSchema.parse({ name: '办公室', parentId: '3' })).toEqual({ name: '办公室', parentId: 3 });
  });

  it('says what is wrong with the name in the words of the core, under 单位名称', () => {
    const issues = (name: string) => unitFormSchema.safeParse({ name, parentId: null }).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues('  ')).toEqual([['name', errorMessages.UNIT_NAME_EMPTY]]);
    expect(issues('局'.repeat(101))).toEqual([['name', errorMessages.UNIT_NAME_TOO_LONG]]);
    expect(issues(` ${'局'.repeat(100)}${' '.repeat(400)}`)).toBeUndefined();
  });
});
