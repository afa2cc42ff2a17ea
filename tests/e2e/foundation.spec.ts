import { expect, test } from './deskHost';
import { openDesk, screenshotDir } from './helpers';

test.describe.configure({ mode: 'serial' });

test('without the token the desk refuses to show data and says how to open it', async ({ page }) => {
  await page.goto('/#/units');
  await expect(page.getByText('无法读取单位层级')).toBeVisible();
  await expect(page.getByText('请使用启动时显示的完整地址打开')).toBeVisible();
});

test('first start: welcome, create the top unit, add a sub-unit, and see both after a reload', async ({ page }) => {
  await openDesk(page);
  await expect(page.getByRole('heading', { name: '欢迎使用学法考法管理台' })).toBeVisible();
  await expect(page).not.toHaveURL(/code=|token=/);

  // An empty name is refused on the spot.
  await page.getByRole('button', { name: '建立单位' }).click();
  await expect(page.getByText('单位名称不能为空')).toBeVisible();

  await page.getByLabel('单位名称').fill('汨罗市司法局');
  await page.getByLabel('单位名称').press('Enter');
  await expect(page.getByRole('heading', { name: '单位层级' })).toBeVisible();
  const list = page.getByRole('list', { name: '单位列表' });
  await expect(list.getByText('汨罗市司法局')).toBeVisible();
  await expect(list.getByText('一级')).toBeVisible();

  await page.getByLabel('单位名称').fill('公证处');
  await page.getByRole('combobox', { name: '上级单位' }).click();
  await page.getByRole('option', { name: '汨罗市司法局' }).click();
  await page.getByRole('button', { name: '新建单位' }).click();
  await expect(list.getByText('公证处')).toBeVisible();
  await expect(list.getByText('二级')).toBeVisible();

  // The parent stays chosen for the next sub-unit; the same name again is refused with the core's message.
  await expect(page.getByRole('combobox', { name: '上级单位' })).toHaveValue('汨罗市司法局');
  await page.getByLabel('单位名称').fill('公证处');
  await page.getByRole('button', { name: '新建单位' }).click();
  await expect(page.getByText('同一上级单位下已有名为“公证处”的单位，请换一个名称。')).toBeVisible();

  await page.reload();
  await expect(list.getByText('汨罗市司法局')).toBeVisible();
  await expect(list.getByText('公证处')).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await page.screenshot({ path: `${screenshotDir}/app-frame-units.png`, fullPage: true });
});

test('every screen is in the navigation and opens at its own address', async ({ page }) => {
  await openDesk(page);
  const nav = page.getByRole('navigation', { name: '主导航' });
  const screens: [string, string][] = [
    ['单位层级', 'units'],
    ['学员名册', 'staff'],
    ['人员异动', 'transfers'],
    ['免考管理', 'exemptions'],
    ['报考', 'bookings'],
    ['导入导出', 'excel'],
    ['统计', 'stats'],
    ['操作记录', 'audit'],
    ['设置', 'settings'],
  ];
  for (const [label, key] of screens) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/${key}$`));
    await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute('data-active', 'true');
    await expect(page.getByText('此功能正在建设中')).toHaveCount(0);
  }
  await nav.getByRole('link', { name: '统计', exact: true }).click();
  await page.screenshot({ path: `${screenshotDir}/app-frame-stats.png` });
});
