import { describe, expect, it } from 'vitest';
import { listAddSchema } from '../../renderer/src/screens/settings/listAddSchema';

describe('listAddSchema', () => {
  const schema = listAddSchema('职级', ['一级科员', '二级科员']);
  const problem = (name: string) => schema.safeParse({ name }).error?.issues.map((i) => [i.path.join('.'), i.message]);

  it('adds the name as it will be listed', () => {
    expect(schema.parse({ name: '\u3000三级科员 ' })).toEqual({ name: '三级科员' });
  });

  it('says under the field what is wrong, naming the list', () => {
    expect(problem(' \u3000')).toEqual([['name', '请填写职级名称']]);
    expect(problem(' 一级科员')).toEqual([['name', '列表中已有“一级科员”']]);
  });
});
