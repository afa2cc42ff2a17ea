import { describe, expect, it } from 'vitest';
import { draftOf, unitEditSchema } from '../../renderer/src/screens/units/unitEditSchema';
import { errorMessages } from '../../shared/errors';
import type { Unit } from '../../shared/units/schemas';

const unit = {
  id: 4,
  parentId: null,
  name: '汨罗市司法局',
  code: null,
  attribute: null,
  adminName: null,
  adminPhone: null,
  adminAccount: null,
  examRoute: null,
  counterpart: null,
} as Unit;

function problems(overrides: Partial<ReturnType<typeof draftOf>>) {
  const result = unitEditSchema(unit).safeParse({ ...draftOf(unit), ...overrides });
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('unitEditSchema', () => {
  it('turns the form into the patch of what changed', () => {
    expect(unitEditSchema(unit).parse({ ...draftOf(unit), adminName: ' 李四 ', route: 'category', counterpart: '湖南省司法厅' })).toEqual({
      adminName: '李四',
      examRoute: 'category',
      counterpart: '湖南省司法厅',
    });
    expect(unitEditSchema(unit).parse(draftOf(unit))).toEqual({});
  });

  it('says every problem at once, under its field, in the words of the core', () => {
    expect(problems({ name: ' ', adminPhone: '1390730000', route: 'category', counterpart: ' ' })).toEqual({
      name: errorMessages.UNIT_NAME_EMPTY,
      adminPhone: '手机号码应为 11 位数字，以 1 开头（当前为 10 位）',
      counterpart: errorMessages.UNIT_COUNTERPART_MISSING,
    });
    expect(problems({ code: 'x'.repeat(101) })).toEqual({ code: '平台单位代码不能超过 100 个字' });
  });
});
