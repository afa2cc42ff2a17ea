import type { Locator, Page } from '@playwright/test';
import { expect, test } from './deskHost';
import { openDesk, screenshotDir } from './helpers';

/*
 * 单位层级 as an admin uses it, from an empty desk of this file's own (every
 * unit made here is named 「测试甲…」). The tests build on each other and run
 * in order.
 */
test.describe.configure({ mode: 'serial' });

const tree = (page: Page) => page.getByRole('list', { name: '单位列表' });
const details = (page: Page) => page.getByRole('region', { name: '单位详情' });
/** A unit's row button: its name followed by the level badge. */
const rowButton = (scope: Page | Locator, name: string) =>
  scope.getByRole('button', { name: new RegExp(`^${name}\\s*[一二三四五六七八九十]+级`) });
const row = (page: Page, name: string) => rowButton(tree(page), name);
const dialog = (page: Page) => page.getByRole('dialog');

async function select(page: Page, name: string): Promise<Locator> {
  await row(page, name).click();
  await expect(details(page).getByRole('heading', { name, exact: true })).toBeVisible();
  return details(page);
}

/** Names of a unit's direct sub-units in tree order. */
async function childNames(page: Page, parent: string): Promise<string[]> {
  const item = tree(page).getByRole('listitem').filter({ has: rowButton(page, parent) }).last();
  const names = await item.locator(':scope > ul > li > div button[data-unit-id]').allInnerTexts();
  return names.map((n) => n.split(/\s/)[0]!);
}

async function createChild(page: Page, parent: string, name: string) {
  await select(page, parent);
  await details(page).getByRole('button', { name: '新建下级单位' }).click();
  await expect(dialog(page).getByRole('combobox', { name: '上级单位' })).toHaveValue(new RegExp(`${parent}$`));
  await expect(dialog(page).getByLabel('单位名称')).toBeFocused();
  await dialog(page).getByLabel('单位名称').fill(name);
  await dialog(page).getByLabel('单位名称').press('Enter');
  await expect(dialog(page)).toBeHidden();
  await expect(details(page).getByRole('heading', { name, exact: true })).toBeVisible();
}

async function chooseRoute(page: Page, label: '继承上级' | '分众组考' | '分类组考') {
  await details(page).getByText(label, { exact: true }).click();
}

test('build a three-level tree and see 分类组考 set on the top unit inherited two levels down', async ({ page }) => {
  await openDesk(page);
  // The desk starts empty: the first unit comes from the welcome page.
  await expect(page.getByRole('heading', { name: '欢迎使用学法考法管理台' })).toBeVisible();
  await page.getByLabel('单位名称').fill('测试甲临时单位');
  await page.getByLabel('单位名称').press('Enter');
  await expect(page.getByRole('heading', { name: '单位层级' })).toBeVisible();

  await page.getByRole('button', { name: '新建一级单位' }).click();
  await expect(dialog(page).getByLabel('单位名称')).toBeFocused();
  await dialog(page).getByLabel('单位名称').fill('测试甲市司法局');
  await dialog(page).getByLabel('单位名称').press('Enter');
  await expect(details(page).getByRole('heading', { name: '测试甲市司法局' })).toBeVisible();
  await expect(row(page, '测试甲市司法局')).toContainText('一级');

  await createChild(page, '测试甲市司法局', '测试甲公证处');
  await createChild(page, '测试甲公证处', '测试甲业务科');
  await expect(row(page, '测试甲公证处')).toContainText('二级');
  await expect(row(page, '测试甲业务科')).toContainText('三级');
  await expect(row(page, '测试甲业务科')).toContainText('本级 0 / 含下级 0');
  await expect(details(page)).toContainText('测试甲市司法局/测试甲公证处/测试甲业务科');

  // Nothing set anywhere yet: the default applies.
  await expect(details(page)).toContainText('当前适用：默认分众组考');

  const top = await select(page, '测试甲市司法局');
  await chooseRoute(page, '分类组考');
  // 分类 without its counterpart department is refused on the spot.
  await top.getByRole('button', { name: '保存' }).click();
  await expect(top.getByText('分类组考须填写对应的省直部门')).toBeVisible();
  await top.getByLabel('对应省直部门').fill('湖南省司法厅');
  await expect(top).toContainText('保存后适用：分类组考（对应 湖南省司法厅），本单位设置');
  // A wrong administrator phone is caught under its field.
  await top.getByLabel('管理员手机').fill('1380000');
  await top.getByLabel('管理员手机').press('Enter');
  await expect(top.getByText('手机号码应为 11 位数字')).toBeVisible();
  await top.getByLabel('管理员姓名').fill('李测试');
  await top.getByLabel('管理员手机').fill('13800000000');
  await top.getByLabel('管理员平台账号').fill('13800000000');
  await top.getByRole('combobox', { name: '单位属性' }).click();
  await page.getByRole('option', { name: '政府机关', exact: true }).click();
  await top.getByLabel('管理员手机').press('Enter');
  await expect(page.getByText('已保存“测试甲市司法局”')).toBeVisible();
  await expect(top).toContainText('当前适用：分类组考（对应 湖南省司法厅），本单位设置');

  const third = await select(page, '测试甲业务科');
  await expect(third).toContainText('当前适用：分类组考（对应 湖南省司法厅），继承自 测试甲市司法局');

  // The settings survive a reload.
  await page.reload();
  const again = await select(page, '测试甲市司法局');
  await expect(again.getByLabel('对应省直部门')).toHaveValue('湖南省司法厅');
  await expect(again.getByLabel('管理员姓名')).toHaveValue('李测试');
  await expect(again.getByRole('combobox', { name: '单位属性' })).toHaveValue('政府机关');
  await select(page, '测试甲业务科');
  await page.screenshot({ path: `${screenshotDir}/units-tree.png`, fullPage: true });
});

test('rename a unit, move a sub-unit under another parent and see its level change, reorder siblings', async ({ page }) => {
  await openDesk(page);
  const unit = await select(page, '测试甲业务科');
  await unit.getByLabel('单位名称').fill('测试甲业务一科');
  await unit.getByLabel('单位名称').press('Enter');
  await expect(row(page, '测试甲业务一科')).toBeVisible();
  await expect(row(page, '测试甲业务科')).toHaveCount(0);

  await page.getByRole('button', { name: '新建一级单位' }).click();
  await dialog(page).getByLabel('单位名称').fill('测试甲县司法局');
  await dialog(page).getByRole('button', { name: '新建' }).click();
  await expect(row(page, '测试甲县司法局')).toContainText('一级');

  // 测试甲业务一科 (三级) goes under the other top unit and becomes 二级; the route is now the default there.
  await select(page, '测试甲业务一科');
  await details(page).getByRole('button', { name: '移动到…' }).click();
  await dialog(page).getByRole('combobox', { name: '移动到' }).fill('测试甲县');
  await page.getByRole('option', { name: '测试甲县司法局' }).click();
  await expect(dialog(page)).toContainText('移动后：测试甲县司法局/测试甲业务一科（二级）');
  await dialog(page).getByRole('button', { name: '移动', exact: true }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(row(page, '测试甲业务一科')).toContainText('二级');
  await expect(details(page)).toContainText('测试甲县司法局/测试甲业务一科');
  await expect(details(page)).toContainText('当前适用：默认分众组考');
  await expect.poll(() => childNames(page, '测试甲县司法局')).toEqual(['测试甲业务一科']);

  // Reorder: 公证处, 甲科, 乙科 → 乙科 up → 公证处 down.
  await createChild(page, '测试甲市司法局', '测试甲甲科');
  await createChild(page, '测试甲市司法局', '测试甲乙科');
  await expect.poll(() => childNames(page, '测试甲市司法局')).toEqual(['测试甲公证处', '测试甲甲科', '测试甲乙科']);
  await expect(details(page).getByRole('button', { name: '下移' })).toBeDisabled();
  await details(page).getByRole('button', { name: '上移' }).click();
  await expect.poll(() => childNames(page, '测试甲市司法局')).toEqual(['测试甲公证处', '测试甲乙科', '测试甲甲科']);
  await select(page, '测试甲公证处');
  await expect(details(page).getByRole('button', { name: '上移' })).toBeDisabled();
  await details(page).getByRole('button', { name: '下移' }).click();
  await expect.poll(() => childNames(page, '测试甲市司法局')).toEqual(['测试甲乙科', '测试甲公证处', '测试甲甲科']);
  await page.reload();
  await expect(row(page, '测试甲乙科')).toBeVisible();
  await expect.poll(() => childNames(page, '测试甲市司法局')).toEqual(['测试甲乙科', '测试甲公证处', '测试甲甲科']);
});

test('search the tree by name, and walk it with the arrow keys', async ({ page }) => {
  await openDesk(page);
  await page.getByLabel('按名称查找单位').fill('甲科');
  await expect(page.getByText('找到 1 个单位')).toBeVisible();
  await expect(row(page, '测试甲甲科')).toBeVisible();
  await expect(row(page, '测试甲市司法局')).toBeVisible(); // its parent, to show where it sits
  await expect(row(page, '测试甲乙科')).toHaveCount(0);
  await page.getByLabel('按名称查找单位').fill('没有这个单位');
  await expect(page.getByText('没有名称包含“没有这个单位”的单位')).toBeVisible();
  await page.getByLabel('按名称查找单位').press('Escape');
  await expect(row(page, '测试甲乙科')).toBeVisible();

  await row(page, '测试甲市司法局').focus();
  await page.keyboard.press('ArrowDown');
  await expect(row(page, '测试甲乙科')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(row(page, '测试甲市司法局')).toBeFocused();
  await page.keyboard.press('ArrowLeft'); // closes it
  await expect(row(page, '测试甲乙科')).toHaveCount(0);
  await page.keyboard.press('ArrowRight'); // opens it again
  await expect(row(page, '测试甲乙科')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { name: '测试甲市司法局' })).toBeVisible();
});

test('archive a unit with its sub-units and restore it; delete only an empty unit', async ({ page }) => {
  await openDesk(page);
  const top = await select(page, '测试甲市司法局');
  await expect(top.getByRole('button', { name: '删除' })).toBeDisabled();
  await top.getByRole('button', { name: '归档' }).click();
  await expect(dialog(page)).toContainText('其下级单位（3 个）也一并归档');
  await expect(dialog(page)).toContainText('学员仍保留在原单位');
  await expect(dialog(page).getByRole('button', { name: '归档' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('已归档“测试甲市司法局”')).toBeVisible();
  await expect(row(page, '测试甲市司法局')).toHaveCount(0);
  await expect(row(page, '测试甲公证处')).toHaveCount(0);

  await page.getByLabel(/显示已归档/).check();
  await expect(row(page, '测试甲市司法局')).toContainText('已归档');
  await expect(row(page, '测试甲公证处')).toContainText('已归档');
  const archived = await select(page, '测试甲市司法局');
  await expect(archived.getByLabel('单位名称')).toBeDisabled();
  await archived.getByRole('button', { name: '恢复' }).click();
  await dialog(page).getByRole('button', { name: '恢复' }).click();
  await expect(page.getByText('已恢复“测试甲市司法局”')).toBeVisible();
  await expect(row(page, '测试甲市司法局')).not.toContainText('已归档');
  await expect(row(page, '测试甲公证处')).not.toContainText('已归档');
  await page.getByLabel(/显示已归档/).uncheck();
  await expect(row(page, '测试甲公证处')).toBeVisible();

  const empty = await select(page, '测试甲甲科');
  await empty.getByRole('button', { name: '删除' }).click();
  await expect(dialog(page)).toContainText('删除后不能撤销');
  await dialog(page).getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('已删除“测试甲甲科”')).toBeVisible();
  await expect(row(page, '测试甲甲科')).toHaveCount(0);
  await page.reload();
  await expect(row(page, '测试甲乙科')).toBeVisible();
  await expect(row(page, '测试甲甲科')).toHaveCount(0);
});

test('a unit cannot be moved under its own sub-unit', async ({ page, context }) => {
  await openDesk(page);
  await select(page, '测试甲市司法局');
  await details(page).getByRole('button', { name: '移动到…' }).click();
  await dialog(page).getByRole('combobox', { name: '移动到' }).click();
  // Its own sub-units are listed but cannot be chosen, and say why.
  const own = page.getByRole('option', { name: /测试甲公证处/ });
  await expect(own).toContainText('本单位的下级，不能选');
  await expect(own).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  // Meanwhile, in another window, 测试甲市司法局 goes under 测试甲县司法局. This window has not
  // seen it yet and offers 测试甲市司法局 as a parent for 测试甲县司法局: the desk refuses the cycle.
  const other = await context.newPage();
  await openDesk(other);
  await select(other, '测试甲市司法局');
  await details(other).getByRole('button', { name: '移动到…' }).click();
  await dialog(other).getByRole('combobox', { name: '移动到' }).fill('测试甲县');
  await other.getByRole('option', { name: '测试甲县司法局' }).click();
  await dialog(other).getByRole('button', { name: '移动', exact: true }).click();
  await expect(row(other, '测试甲市司法局')).toContainText('二级');
  await other.close();

  await select(page, '测试甲县司法局');
  await details(page).getByRole('button', { name: '移动到…' }).click();
  await dialog(page).getByRole('combobox', { name: '移动到' }).fill('测试甲市');
  await page.getByRole('option', { name: '测试甲市司法局' }).click();
  await dialog(page).getByRole('button', { name: '移动', exact: true }).click();
  await expect(dialog(page).getByText('不能移动')).toBeVisible();
  await expect(dialog(page)).toContainText('是“测试甲县司法局”的下级单位');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(row(page, '测试甲县司法局')).toContainText('一级');
  await expect(row(page, '测试甲市司法局')).toContainText('二级');
});
