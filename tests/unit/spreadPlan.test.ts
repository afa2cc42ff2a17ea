import { describe, expect, it } from 'vitest';
import { evenShares, planSpread, type SpreadPerson } from '../../shared/rules/spreadPlan';

const people = (sizes: number[]): SpreadPerson[] => {
  let id = 0;
  return sizes.flatMap((n, group) => Array.from({ length: n }, () => ({ id: ++id, group, open: ['a', 'b', 'c'] })));
};

describe('even shares of a group over sessions', () => {
  it('41 over five rooms of 40 is 9/8/8/8/8, the first sessions taking the odd ones', () => {
    expect(evenShares(41, [40, 40, 40, 40, 40])).toEqual([9, 8, 8, 8, 8]);
    expect(evenShares(40, [40, 40, 40, 40, 40])).toEqual([8, 8, 8, 8, 8]);
    expect(evenShares(3, [40, 40, 40, 40, 40])).toEqual([1, 1, 1, 0, 0]);
  });

  it('a small or unlimited room: the small one full, the rest even', () => {
    expect(evenShares(20, [2, 40, 40])).toEqual([2, 9, 9]);
    expect(evenShares(7, [null, null])).toEqual([4, 3]);
    expect(evenShares(50, [10, 20])).toEqual([10, 20]);
  });
});

describe('planning a spread', () => {
  const rooms = [
    { at: 'a', free: 10 },
    { at: 'b', free: 10 },
    { at: 'c', free: 10 },
  ];

  it('seats each unit whole where it fits in a session’s share', () => {
    const r = planSpread(rooms, people([6, 6, 6]));
    expect([...r.placed.values()]).toEqual([
      [1, 2, 3, 4, 5, 6],
      [7, 8, 9, 10, 11, 12],
      [13, 14, 15, 16, 17, 18],
    ]);
  });

  it('splits a unit too big for one share over the fewest sessions, and lists who has no seat', () => {
    const r = planSpread(rooms, people([14, 4]));
    expect([...r.placed.values()].map((ids) => ids.length)).toEqual([6, 6, 6]);
    expect(r.noRoom).toEqual([]);
    const over = planSpread(rooms, people([20, 12]));
    expect([...over.placed.values()].map((ids) => ids.length)).toEqual([10, 10, 10]);
    expect(over.noRoom).toHaveLength(2);
  });

  it('keeps each person to the sessions open to them', () => {
    const r = planSpread(rooms, [
      { id: 1, group: 0, open: ['c'] },
      { id: 2, group: 0, open: ['a', 'b', 'c'] },
      { id: 3, group: 0, open: ['a', 'b', 'c'] },
    ]);
    expect(r.placed.get('c')).toContain(1);
    expect([...r.placed.values()].flat().sort()).toEqual([1, 2, 3]);
  });

  it("'fill' fills the sessions in time order", () => {
    const r = planSpread(rooms, people([12]), 'fill');
    expect([...r.placed.values()].map((ids) => ids.length)).toEqual([10, 2, 0]);
  });
});
