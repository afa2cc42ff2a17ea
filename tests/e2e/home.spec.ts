import { expect, test } from './deskHost';
import type { Staff } from '../../shared/staff/schemas';
import type { Unit } from '../../shared/units/schemas';
import { api, openDesk, screenshotDir } from './helpers';
import { idNumber as validIdNumber } from '../helpers/idNumber';

/**
 * The home screen's 待办事项, on a desk of this file's own: two units and two
 * people (area 430603), one of them expected at the other unit.
 */
const idNumber = (seq: number): string => validIdNumber('19850101', seq, '430603');

test('待办事项 on the home screen: unchecked records and an expected arrival, each opening its screen', async ({ page, request }) => {
  const from = await api<Unit>(request, 'units.create', { name: '待办派出局', parentId: null });
  const to = await api<Unit>(request, 'units.create', { name: '待办接收局', parentId: null });
  const people: Staff[] = [];
  for (const [i, name] of ['待办甲', '待办乙'].entries()) {
    people.push(await api<Staff>(request, 'staff.create', { input: { idNumber: idNumber(11 + 2 * i), name, unitId: from.id }, year: 2024 }));
  }
  await api(request, 'transfers.expect', { staffId: people[0]!.id, toUnitId: to.id });

  await openDesk(page, 'units');
  const panel = page.getByRole('region', { name: '待办事项' });
  await expect(panel.getByText('待办事项（2024 年度）')).toBeVisible();
  const unchecked = panel.getByText(/\d+ 名在职学员本年度尚未核对/);
  await expect(unchecked).toBeVisible();
  const before = Number((await unchecked.textContent())!.match(/\d+/)![0]);
  expect(before).toBe(2);
  await expect(panel.getByText(/\d+ 人待接收（调入）/)).toBeVisible();
  await page.screenshot({ path: `${screenshotDir}/home-todos.png`, fullPage: true });

  // Checking one of them takes it off the count.
  await api(request, 'staff.check', { ids: [people[1]!.id], year: 2024, checked: true });
  await page.reload();
  await expect(panel.getByText(`${before - 1} 名在职学员本年度尚未核对`)).toBeVisible();

  await panel.getByRole('alert').filter({ hasText: '待接收' }).getByRole('link', { name: '去处理' }).click();
  await expect(page).toHaveURL(/#\/transfers$/);
  await expect(page.getByRole('heading', { name: '人员异动' })).toBeVisible();
});
