import { describe, expect, it } from 'vitest';
import { formatCount } from '../../renderer/src/text/count';

describe('formatCount', () => {
  it('writes counts exactly as zh-CN number formatting does', () => {
    for (const n of [0, 7, 999, 1000, 4096, 10_000, 100_000, 1_234_567, 300_000_000, -1234, 12.5, 1234.25]) {
      expect(formatCount(n), String(n)).toBe(n.toLocaleString('zh-CN', { maximumFractionDigits: 20 }));
    }
    expect(formatCount(100_000)).toBe('100,000');
  });
});
