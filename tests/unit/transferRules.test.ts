import { describe, expect, it } from 'vitest';
import { changeLine, describeChanges } from '../../shared/rules/auditChanges';
import { effectiveDateProblem, isCalendarDay, routeChangeNote, sameExam } from '../../shared/rules/transferRules';

describe('effective date of a transfer', () => {
  it('takes real days up to the end of the desk year, not before the last transfer', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2023-02-29')).toBe(false);
    expect(isCalendarDay('2024-9-1')).toBe(false);
    expect(effectiveDateProblem('2024-12-31', '2024-09-02', null)).toBeNull();
    expect(effectiveDateProblem('2023-01-15', '2024-09-02', null)).toBeNull();
    expect(effectiveDateProblem('2025-01-01', '2024-09-02', null)).toContain('晚于今年年底（2024-12-31）');
    expect(effectiveDateProblem('2024-13-01', '2024-09-02', null)).toContain('不是有效日期');
    expect(effectiveDateProblem('2024-06-30', '2024-09-02', '2024-07-01')).toContain('早于该学员上一次调动的生效日期 2024-07-01');
    expect(effectiveDateProblem('2024-07-01', '2024-09-02', '2024-07-01')).toBeNull();
  });
});

describe('exam route of a move', () => {
  it('is the same exam only for the same route and, for 分类, the same department', () => {
    expect(sameExam({ route: 'regional', counterpart: null }, { route: 'regional', counterpart: 'x' })).toBe(true);
    expect(sameExam({ route: 'category', counterpart: '省司法厅' }, { route: 'category', counterpart: '省司法厅' })).toBe(true);
    expect(sameExam({ route: 'category', counterpart: '省司法厅' }, { route: 'category', counterpart: '省教育厅' })).toBe(false);
    expect(sameExam({ route: 'category', counterpart: '省司法厅' }, { route: 'regional', counterpart: null })).toBe(false);
    expect(routeChangeNote('2024-09-01', 'A/B', { route: 'regional', counterpart: null }, { route: 'category', counterpart: '省司法厅' })).toBe(
      '2024-09-01 调入“A/B”，组考方式由分众组考变为分类组考（省司法厅）；原报考场次可能不在新组考方式的考试时间内，请核对后改约或取消。',
    );
  });
});

describe('what an audit row changed', () => {
  it('lists changed fields with Chinese labels, hiding ids and timestamps', () => {
    const before = { id: 1, name: '张三', unitId: 2, unitPath: 'A/B', phone: null, status: '在职', updatedAt: 'x' };
    const after = { id: 1, name: '张三', unitId: 3, unitPath: 'A/C', phone: '138', status: '在职', updatedAt: 'y' };
    expect(describeChanges('staff', before, after)).toEqual([
      { label: '单位', old: 'A/B', new: 'A/C' },
      { label: '手机号码', old: null, new: '138' },
    ]);
  });

  it('names units and routes in words, and shows creations, deletions and lists', () => {
    expect(describeChanges('unit', null, { name: '公证处', examRoute: 'category', archivedAt: null })).toEqual([
      { label: '单位名称', old: null, new: '公证处' },
      { label: '组考方式', old: null, new: '分类组考' },
    ]);
    expect(describeChanges('unit', { name: '公证处' }, null)).toEqual([{ label: '单位名称', old: '公证处', new: null }]);
    expect(describeChanges('lists', [{ name: '科员' }], [{ name: '科员' }, { name: '办事员' }])).toEqual([{ label: '列表', old: '科员', new: '科员、办事员' }]);
    expect(describeChanges('lists', ['a'], ['a'])).toEqual([]);
    expect(describeChanges('x', { mystery: 1 }, { mystery: 2 })).toEqual([{ label: 'mystery', old: '1', new: '2' }]);
  });

  it('reads as one line per change', () => {
    expect(changeLine({ label: '单位', old: 'A', new: 'B' })).toBe('单位：A → B');
    expect(changeLine({ label: '原因', old: null, new: '调动' })).toBe('原因：调动');
    expect(changeLine({ label: '备注', old: 'x', new: null })).toBe('备注：x → （空）');
  });
});
