import type { Page } from '@playwright/test';
import { expect, test } from './deskHost';
import type { Unit } from '../../shared/units/schemas';
import { api, openDesk, screenshotDir } from './helpers';
import { idNumber as validIdNumber } from '../helpers/idNumber';

/**
 * 到龄未退 as an admin settles it, on the e2e clock (2024-09-02): a unit of
 * its own (「到龄测试局」, IDs in area 430604) with 退龄甲 (a man born
 * 1962-03-10, statutory retirement 2022-03-10), 退龄乙 (a woman born
 * 1969-05-20, 2024-05-20) and 退龄丙 (a man born 1964-09-03, who retires the
 * day after). The home to-do opens the roster filtered; 退龄甲 is set 退休
 * and 退龄乙 gets an agreed delay to 2026-05-20, each after a confirmation.
 * The desk is this file's own, so the to-do counts exactly these two.
 */
/** This spec's people: area 430604. */
const idNumber = (birth: string, seq: number): string => validIdNumber(birth, seq, '430604');

const roster = (page: Page) => page.getByRole('table', { name: '学员列表' });
const rowOf = (page: Page, name: string) => roster(page).getByRole('row').filter({ hasText: name });

test('settle two 到龄未退 people from the roster: one 设为退休, one 弹性延迟退休', async ({ page, request }) => {
  // A long walk through three screens and two dialogs.
  test.setTimeout(90_000);
  const unit = await api<Unit>(request, 'units.create', { name: '到龄测试局', parentId: null });
  for (const [name, birth, seq] of [
    ['退龄甲', '19620310', 11],
    ['退龄乙', '19690520', 12],
    ['退龄丙', '19640903', 13],
  ] as const) {
    await api(request, 'staff.create', { input: { idNumber: idNumber(birth, seq), name, unitId: unit.id }, year: 2024 });
  }

  // The home to-do counts them and opens the roster with the 到龄未退 filter on.
  await openDesk(page, 'units');
  const panel = page.getByRole('region', { name: '待办事项' });
  const todo = panel.getByRole('alert').filter({ hasText: '到龄未退' });
  await expect(todo).toContainText('2 名学员到龄未退');
  await todo.getByRole('link', { name: '去处理' }).click();
  await expect(page).toHaveURL(/#\/staff\?overdue=1$/);
  await expect(page.getByRole('switch', { name: '到龄未退' })).toBeChecked();
  await page.getByRole('search', { name: '筛选学员' }).getByLabel('搜索').fill('退龄');
  await expect(rowOf(page, '退龄甲')).toBeVisible();
  await expect(rowOf(page, '退龄乙')).toBeVisible();
  await expect(roster(page)).not.toContainText('退龄丙');
  await page.screenshot({ path: `${screenshotDir}/retirement-roster.png`, fullPage: true });

  // 设为退休: the confirmation lists who, effective on the statutory date.
  await rowOf(page, '退龄甲').getByRole('checkbox', { name: '选择 退龄甲' }).check();
  await page.getByRole('button', { name: '设为退休' }).click();
  const retire = page.getByRole('dialog', { name: '到龄设为退休' });
  const retireList = retire.getByRole('table', { name: '将办理的学员' });
  await expect(retireList.getByRole('row').filter({ hasText: '退龄甲' })).toContainText('2022-03-10');
  await expect(retireList).not.toContainText('退龄乙');
  await page.screenshot({ path: `${screenshotDir}/retirement-retire-confirm.png`, fullPage: true });
  await retire.getByRole('button', { name: '确认设为退休（1 人）' }).click();
  await expect(retire).toBeHidden();
  await expect(page.getByText('已将 1 人设为退休（按各自的退休日期生效）')).toBeVisible();
  await expect(roster(page)).not.toContainText('退龄甲');

  // 弹性延迟退休: an agreed date more than three years later is refused, one within is recorded.
  await rowOf(page, '退龄乙').getByRole('checkbox', { name: '选择 退龄乙' }).check();
  await page.getByRole('button', { name: '弹性延迟退休' }).click();
  const delay = page.getByRole('dialog', { name: '弹性延迟退休' });
  await expect(delay).toContainText('最晚 2027-05-20');
  const date = delay.getByLabel('退龄乙的约定退休日期');
  await date.fill('2027-05-21');
  await delay.getByRole('button', { name: '确认登记（1 人）' }).click();
  await expect(delay.getByRole('alert')).toContainText('最多延迟三年');
  await date.fill('2026-05-20');
  await page.screenshot({ path: `${screenshotDir}/retirement-delay-confirm.png`, fullPage: true });
  await delay.getByRole('button', { name: '确认登记（1 人）' }).click();
  await expect(delay).toBeHidden();
  await expect(page.getByText('已登记 1 人的弹性延迟退休日期')).toBeVisible();
  // Nobody of this unit is left under the filter.
  await expect(page.getByText('没有符合条件的学员')).toBeVisible();

  // Without the filter both are still on the roster: 退龄甲 退休, 退龄乙 在职.
  await page.getByRole('switch', { name: '到龄未退' }).uncheck();
  await expect(rowOf(page, '退龄甲')).toContainText('退休');
  await expect(rowOf(page, '退龄乙')).toContainText('在职');
  await page.screenshot({ path: `${screenshotDir}/retirement-settled.png`, fullPage: true });

  // The 操作记录 holds one row for each.
  const log = await api<{ action: string; after: { retiredOn?: string; agreedRetirementDate?: string } }[]>(request, 'audit.recent', { limit: 5 });
  expect(log.filter((e) => e.action === 'staff.retire').map((e) => e.after.retiredOn)).toContain('2022-03-10');
  expect(log.filter((e) => e.action === 'staff.delayRetirement').map((e) => e.after.agreedRetirementDate)).toContain('2026-05-20');
});
