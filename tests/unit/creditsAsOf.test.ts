import { describe, expect, it } from 'vitest';
import { asOfFromTitles } from '../../shared/rules/creditsAsOf';

describe('the 截至 date in a credits file’s title rows', () => {
  it('reads the wordings the platform and admins use', () => {
    expect(asOfFromTitles(['数据截至 2024-08-31'])).toBe('2024-08-31');
    expect(asOfFromTitles(['如法网学分统计', '统计截止日期：2024年9月10日'])).toBe('2024-09-10');
    expect(asOfFromTitles(['学分统计（截至2024/9/5）'])).toBe('2024-09-05');
    expect(asOfFromTitles(['截止时间: 2024.10.01 18:00'])).toBe('2024-10-01');
    expect(asOfFromTitles(['数据截止到 2024年 8 月 1 日'])).toBe('2024-08-01');
  });

  it('takes no other date, and no impossible one', () => {
    expect(asOfFromTitles(['如法网学分统计（导出于 2024-09-01）'])).toBeNull();
    expect(asOfFromTitles(['数据截至 2024-02-30'])).toBeNull();
    expect(asOfFromTitles([])).toBeNull();
  });
});
