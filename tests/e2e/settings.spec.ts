import type { Page } from '@playwright/test';
import { expect, test } from './deskHost';
import { idCheckChar } from '../../shared/rules/idNumber';
import { openDesk, screenshotDir } from './helpers';

/*
 * 设置 as an admin uses it, on a desk of this file's own: entries made here
 * are named 「测试甲…」 and the tests build on each other, in order.
 */
test.describe.configure({ mode: 'serial' });

const section = (page: Page, name: string) => page.getByRole('region', { name });
const takesPart = (page: Page, rank: string) => page.getByRole('switch', { name: `“${rank}”参加学法考法` });
/** The names in a list's table, in order (as shown now: poll it while the screen loads). */
const names = (page: Page, table: string) => page.getByRole('table', { name: table }).locator('tbody tr td:nth-child(2)').allInnerTexts();

/** Setting up what the screen under test needs, through the same contract the UI uses. */
async function api(page: Page, method: string, args: unknown): Promise<{ ok: boolean; value?: { id: number } }> {
  const res = await page.request.post(`/api/${method}`, { headers: { 'x-xuefa-token': process.env.XUEFA_E2E_TOKEN ?? '' }, data: args });
  return (await res.json()) as { ok: boolean; value?: { id: number } };
}

test('add a rank, mark it as not taking part, move it, save, and find it so after a reload', async ({ page }) => {
  await openDesk(page, 'settings');
  await expect(page.getByRole('heading', { name: '设置', exact: true })).toBeVisible();
  const ranks = section(page, '职级列表');
  await expect(takesPart(page, '厅局级正职')).not.toBeChecked();
  await expect(takesPart(page, '一级科员')).toBeChecked();
  await expect(ranks.getByRole('button', { name: '保存职级列表' })).toBeDisabled();

  await ranks.getByLabel('新职级名称').fill('测试甲职级');
  await ranks.getByLabel('新职级名称').press('Enter');
  await expect(takesPart(page, '测试甲职级')).toBeChecked(); // a new rank takes part unless told otherwise
  await ranks.getByLabel('新职级名称').fill('测试甲职级');
  await ranks.getByLabel('新职级名称').press('Enter');
  await expect(ranks.getByText('列表中已有“测试甲职级”')).toBeVisible();
  await ranks.getByLabel('新职级名称').fill('');

  await takesPart(page, '测试甲职级').uncheck();
  await ranks.getByRole('button', { name: '上移“测试甲职级”' }).click();
  await expect.poll(async () => (await names(page, '职级列表')).slice(-2)).toEqual(['测试甲职级', '其他']);
  await expect(ranks.getByText('有未保存的修改')).toBeVisible();
  await ranks.getByRole('button', { name: '保存职级列表' }).click();
  await expect(page.getByText('职级列表已保存')).toBeVisible();
  await expect(ranks.getByText('有未保存的修改')).toHaveCount(0);

  await page.reload();
  await expect(takesPart(page, '测试甲职级')).not.toBeChecked();
  await expect.poll(async () => (await names(page, '职级列表')).slice(-2)).toEqual(['测试甲职级', '其他']);
});

test('a rank somebody holds cannot be removed: the desk says who still uses it', async ({ page }) => {
  await openDesk(page, 'settings');
  const unit = await api(page, 'units.create', { name: '测试甲设置单位', parentId: null });
  const first17 = '43068119800101123';
  const person = await api(page, 'staff.create', {
    input: { idNumber: first17 + idCheckChar(first17), name: '测试甲', unitId: unit.value!.id, rank: '测试甲职级' },
    year: 2024,
  });
  expect(person.ok).toBe(true);

  const ranks = section(page, '职级列表');
  await ranks.getByRole('button', { name: '删除“测试甲职级”' }).click();
  await expect(takesPart(page, '测试甲职级')).toHaveCount(0);
  await ranks.getByRole('button', { name: '保存职级列表' }).click();
  await expect(ranks.getByText('未能保存')).toBeVisible();
  await expect(ranks).toContainText('职级“测试甲职级”还有 1 名学员在用，不能删除');
  await ranks.getByRole('button', { name: '撤销修改' }).click();
  await expect(takesPart(page, '测试甲职级')).not.toBeChecked();
  await page.reload();
  await expect(takesPart(page, '测试甲职级')).toBeVisible();
});

test('unit attributes are kept the same way, and 关于 says what runs where', async ({ page }) => {
  await openDesk(page, 'settings');
  const attributes = section(page, '单位属性列表');
  await attributes.getByLabel('新单位属性名称').fill('测试甲属性');
  await attributes.getByRole('button', { name: '添加单位属性' }).click();
  await attributes.getByRole('button', { name: '上移“测试甲属性”' }).click();
  await attributes.getByRole('button', { name: '保存单位属性列表' }).click();
  await expect(page.getByText('单位属性列表已保存')).toBeVisible();
  await page.reload();
  await expect.poll(async () => (await names(page, '单位属性列表')).slice(-2)).toEqual(['测试甲属性', '其他']);

  const about = section(page, '关于');
  await expect(about).toContainText('0.1.0');
  await expect(about).toContainText('xuefa.sqlite');
  await expect(about).toContainText('2024-09-02'); // the desk's clock, set by the e2e server
  await expect(about).toContainText('浏览器模式');
  // This desk already holds units, so demo data is not offered.
  await expect(section(page, '演示数据')).toContainText('不能再生成演示数据');
  await expect(section(page, '演示数据').getByRole('button', { name: '生成演示数据' })).toHaveCount(0);
  await page.screenshot({ path: `${screenshotDir}/settings.png`, fullPage: true });
});
