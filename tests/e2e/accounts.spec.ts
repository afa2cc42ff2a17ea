import { expect, test } from './deskHost';
import type { Staff } from '../../shared/staff/schemas';
import type { Unit } from '../../shared/units/schemas';
import { api, openDesk, screenshotDir } from './helpers';
import { idNumber } from '../helpers/idNumber';

/*
 * 补填登录账号 on the 导入导出 screen: the people of 「账号测试局」 without a
 * login account get their mobile number, after a preview and a confirmation.
 * The unit and its people are made before the test, on this file's own desk.
 */
test.describe.configure({ mode: 'serial' });

const TOP = '账号测试局';
const people: Record<string, Staff> = {};

test.beforeAll(async ({ request }) => {
  const top = await api<Unit>(request, 'units.create', { name: TOP, parentId: null });
  const rows: [string, Record<string, unknown>][] = [
    ['账号甲', { phone: '13700000001' }],
    ['账号乙', { phone: '13700000002' }],
    ['账号丙', { phone: '13700000003', account: 'bing-own' }],
    ['账号丁', {}],
  ];
  for (const [i, [name, extra]] of rows.entries()) {
    people[name] = await api<Staff>(request, 'staff.create', { input: { idNumber: idNumber('1984-02-03', 501 + i * 2, '430698'), name, unitId: top.id, ...extra }, year: 2024 });
  }
});

test('fill empty login accounts of one unit from the mobile numbers, after a preview listing who gets what', async ({ page }) => {
  await openDesk(page, 'excel');
  await expect(page.getByRole('heading', { name: '补填登录账号' })).toBeVisible();
  const section = page;
  await section.getByRole('combobox', { name: '补填范围' }).click();
  await page.getByRole('option', { name: TOP, exact: true }).click();
  await section.getByRole('button', { name: '预览补填' }).click();
  const preview = section.getByLabel('补填预览');
  await expect(preview).toContainText('登录账号为空 3 人：可补填 2 人，1 人在名册中没有手机号码。');
  const table = section.getByRole('table', { name: '补填名单' });
  await expect(table.getByRole('row', { name: /账号甲/ })).toContainText('13700000001');
  await expect(table.getByRole('row', { name: /账号乙/ })).toContainText('13700000002');
  await expect(table.getByRole('row')).toHaveCount(3);
  await page.screenshot({ path: `${screenshotDir}/accounts-fill-preview.png`, fullPage: true });
  await section.getByRole('button', { name: '补填 2 人的登录账号' }).click();
  const dialog = page.getByRole('dialog', { name: '补填登录账号' });
  await expect(dialog).toContainText('将为 账号甲、账号乙补填登录账号');
  await dialog.getByRole('button', { name: '补填这 2 人' }).click();
  await expect(page.getByText('已为 2 人补填登录账号')).toBeVisible();

  const after = await api<{ account: string | null }>(page.request, 'staff.get', { id: people['账号甲']!.id, year: 2024 });
  expect(after.account).toBe('13700000001');
  const own = await api<{ account: string | null }>(page.request, 'staff.get', { id: people['账号丙']!.id, year: 2024 });
  expect(own.account).toBe('bing-own');
});
