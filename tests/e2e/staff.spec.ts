import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from './deskHost';
import { idCheckChar, maskIdNumber } from '../../shared/rules/idNumber';
import type { StaffInput } from '../../shared/staff/schemas';
import type { Unit } from '../../shared/units/schemas';
import { api, openDesk, screenshotDir } from './helpers';
import { idNumber } from '../helpers/idNumber';

/**
 * 学员名册 as an admin uses it, on a desk of this file's own: everything
 * here lives under the top unit 「名册测试局」 (made before the tests), every
 * count is taken with that unit chosen, and the tests build on each other.
 */
test.describe.configure({ mode: 'serial' });

const TOP = '名册测试局';
const units: Record<string, Unit> = {};

/** The same number with a wrong check character. */
function withWrongCheck(id: string): string {
  const wrong = id.endsWith('1') ? '2' : '1';
  return id.slice(0, 17) + wrong;
}

async function makeUnit(request: APIRequestContext, name: string, parent: string | null): Promise<Unit> {
  const unit = await api<Unit>(request, 'units.create', { name, parentId: parent === null ? null : units[parent]!.id });
  units[name] = unit;
  return unit;
}

const roster = (page: Page) => page.getByRole('table', { name: '学员列表' });
const rowOf = (page: Page, name: string) => roster(page).getByRole('row').filter({ hasText: name });
const count = (page: Page, n: number) => expect(page.getByText(`共 ${n.toLocaleString('zh-CN')} 人`)).toBeVisible();

async function chooseOption(page: Page, field: Locator, option: string): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function filterUnit(page: Page, path: string): Promise<void> {
  await chooseOption(page, page.getByRole('search', { name: '筛选学员' }).getByRole('combobox', { name: '单位' }), path);
}

test.beforeAll(async ({ request }) => {
  await makeUnit(request, TOP, null);
  await makeUnit(request, '法制股', TOP);
  await makeUnit(request, '批量科', TOP);
});

const zhou = { name: '周名册', id: idNumber('19780315', 351), phone: '13907300001' };
const wu = { name: '吴名册', id: idNumber('19790620', 462), phone: '13907300002' };

test('add a person through the form: the ID number is checked as typed and a bad one saves nothing', async ({ page }) => {
  await openDesk(page, 'staff');
  await expect(page.getByRole('heading', { name: '学员名册' })).toBeVisible();
  await page.getByRole('button', { name: '新增学员' }).first().click();
  const drawer = page.getByRole('dialog', { name: '新增学员' });
  const idField = drawer.getByRole('textbox', { name: '身份证号' });
  await expect(idField).toBeFocused();

  // A wrong check character: the message under the field, and nothing can be saved.
  await idField.fill(withWrongCheck(zhou.id));
  await expect(drawer.getByText(`身份证号校验位不正确：应为 ${zhou.id.slice(-1)}`)).toBeVisible();
  await drawer.getByLabel('姓名').fill(zhou.name);
  await chooseOption(page, drawer.getByRole('combobox', { name: '单位' }), TOP);
  await expect(drawer.getByRole('button', { name: '保存', exact: true })).toBeDisabled();
  await drawer.getByLabel('姓名').press('Enter');
  await expect(drawer).toBeVisible();

  // A 15-digit old number is converted, with a note.
  const old15 = `${zhou.id.slice(0, 6)}${zhou.id.slice(8, 17)}`;
  await idField.fill(old15);
  await expect(drawer.getByText(`15 位旧号码已转换为 18 位：${convert(old15)}`)).toBeVisible();

  // The right number: sex and birth date come from it.
  await idField.fill(zhou.id);
  await expect(drawer.getByText('身份证号校验位不正确')).toHaveCount(0);
  await expect(drawer.getByRole('textbox', { name: '性别' })).toHaveValue('男');
  await expect(drawer.getByRole('textbox', { name: '出生日期' })).toHaveValue('1978-03-15');
  await expect(drawer.getByText('60 岁（男）')).toBeVisible();
  await drawer.getByLabel('手机号码').fill('1390730000');
  await drawer.getByLabel('手机号码').blur();
  await expect(drawer.getByText('手机号码应为 11 位数字')).toBeVisible();
  await drawer.getByLabel('手机号码').fill(zhou.phone);
  await drawer.getByRole('button', { name: '同手机号' }).click();
  await expect(drawer.getByRole('textbox', { name: '登录账号' })).toHaveValue(zhou.phone);
  await chooseOption(page, drawer.getByRole('combobox', { name: '职级' }), '一级主任科员');
  await drawer.getByLabel('职务').fill('科员');
  await page.screenshot({ path: `${screenshotDir}/staff-form.png` });
  await drawer.getByLabel('职务').press('Enter');

  await expect(page.getByText(`已新增学员“${zhou.name}”`)).toBeVisible();
  await expect(drawer).toBeHidden();
  await filterUnit(page, TOP);
  await count(page, 1);
  const row = rowOf(page, zhou.name);
  await expect(row).toContainText(maskIdNumber(zhou.id));
  await expect(row).not.toContainText(zhou.id);
  await expect(row).toContainText(`${TOP}`);
  await expect(row).toContainText('未核对');

  // The same ID number again: the core names who holds it, under the field; still one person.
  await page.getByRole('button', { name: '新增学员' }).first().click();
  await drawer.getByRole('textbox', { name: '身份证号' }).fill(zhou.id);
  await drawer.getByLabel('姓名').fill('重复录入');
  await drawer.getByRole('button', { name: '保存', exact: true }).click();
  await expect(drawer.getByText(`已属于 ${zhou.name}（${TOP}）`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await count(page, 1);
});

function convert(id15: string): string {
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + idCheckChar(first17);
}

test('a person in a sub-unit: the unit filter counts with and without 含下级单位, and search finds by name', async ({ page }) => {
  await openDesk(page, 'staff');
  await page.getByRole('button', { name: '新增学员' }).first().click();
  const drawer = page.getByRole('dialog', { name: '新增学员' });
  await drawer.getByRole('textbox', { name: '身份证号' }).fill(wu.id);
  await expect(drawer.getByRole('textbox', { name: '性别' })).toHaveValue('女');
  await drawer.getByText('50 岁（女职工）').click();
  await expect(drawer.getByRole('radio', { name: '50 岁（女职工）' })).toBeChecked();
  await drawer.getByLabel('姓名').fill(wu.name);
  await drawer.getByLabel('手机号码').fill(wu.phone);
  await chooseOption(page, drawer.getByRole('combobox', { name: '单位' }), `${TOP}/法制股`);
  await drawer.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText(`已新增学员“${wu.name}”（${TOP}/法制股）`)).toBeVisible();

  await filterUnit(page, TOP);
  await count(page, 2);
  await expect(rowOf(page, wu.name)).toContainText(`${TOP}/法制股`);
  await page.getByRole('switch', { name: '含下级单位' }).uncheck({ force: true });
  await count(page, 1);
  await expect(rowOf(page, wu.name)).toHaveCount(0);
  await page.getByRole('switch', { name: '含下级单位' }).check({ force: true });
  await count(page, 2);

  await page.getByLabel('搜索').fill('吴名');
  await count(page, 1);
  await expect(rowOf(page, wu.name)).toBeVisible();
  await expect(rowOf(page, zhou.name)).toHaveCount(0);
  // By phone as well.
  await page.getByLabel('搜索').fill(zhou.phone);
  await count(page, 1);
  await expect(rowOf(page, zhou.name)).toBeVisible();
});

test('the yearly check: mark people checked, see 已核对, and 未核对 shows who is left', async ({ page }) => {
  await openDesk(page, 'staff');
  await filterUnit(page, TOP);
  await count(page, 2);

  await rowOf(page, zhou.name).getByRole('checkbox', { name: `选择 ${zhou.name}` }).check();
  await expect(page.getByText('已选 1 人')).toBeVisible();
  await page.getByRole('button', { name: '标记为已核对' }).click();
  await expect(page.getByText('已将 1 人标记为 2024 年度已核对')).toBeVisible();
  await expect(rowOf(page, zhou.name)).toContainText('已核对');

  await chooseOption(page, page.getByRole('combobox', { name: '核对', exact: true }), '未核对');
  await count(page, 1);
  await expect(rowOf(page, zhou.name)).toHaveCount(0);

  // Keyboard: the row takes focus, Enter opens the person.
  await rowOf(page, wu.name).focus();
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog', { name: /学员信息/ });
  await expect(drawer.getByRole('textbox', { name: '身份证号' })).toHaveValue(wu.id);
  const report = drawer.getByRole('region', { name: '年度核对' });
  for (const label of ['单位变更', '单位属性选择', '在职状态变化', '免考情形变动', '登录账号变更', '人员新增']) {
    await expect(report.getByRole('cell', { name: label, exact: true })).toBeVisible();
  }
  await expect(report.getByRole('row', { name: /人员新增/ })).toContainText('有变动');
  await expect(report.getByRole('row', { name: /登录账号变更/ })).toContainText('无变动');

  // Changing the login account shows up as 登录账号变更 next time.
  await drawer.getByRole('button', { name: '同手机号' }).click();
  await drawer.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText(`已保存“${wu.name}”的信息`)).toBeVisible();
  await rowOf(page, wu.name).click();
  await expect(report.getByRole('row', { name: /登录账号变更/ })).toContainText(`（空） → ${wu.phone}`);
  const mark = report.getByRole('switch', { name: '标记为已核对' });
  await expect(mark).toBeEnabled();
  await expect(mark).not.toBeChecked();
  // An unforced check waits for the drawer to stop sliding in (a forced click
  // could land beside the switch) and verifies the switch turned on.
  await mark.check();
  await expect(mark).toBeChecked();
  await expect(page.getByText(`已将 ${wu.name} 标记为 2024 年度已核对`)).toBeVisible();
  await expect(report.getByText(/^已核对 · 2024-09-02/)).toBeVisible();
  await report.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${screenshotDir}/staff-check.png` });
  await page.keyboard.press('Escape');
  // Escape closes the drawer; its form (with a 单位 field of its own) stays in the page until it has slid out.
  await expect(drawer).toBeHidden();

  await expect(page.getByText('没有符合条件的学员')).toBeVisible();
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.getByRole('combobox', { name: '单位' })).toHaveValue('');
});

const SURNAMES = '王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰志红建国文辉鹏斌俊峰宇浩然亮晨欣怡婷雪梅琳';
const RANKS = ['一级主任科员', '二级主任科员', '三级主任科员', '四级主任科员', '一级科员', '二级科员', '乡科级正职', '乡科级副职', '县处级副职'];
const POSTS = ['科员', '副股长', '股长', '副主任', '主任', '办事员', '副局长'];

/** Person n of the bulk unit: a plausible name, a valid ID number, a phone that doubles as the account. */
function bulkPerson(n: number, unitId: number): StaffInput {
  const year = 1965 + (n % 35);
  const month = String((n % 12) + 1).padStart(2, '0');
  const day = String((n % 28) + 1).padStart(2, '0');
  const phone = `139${String(10_000_000 + n).slice(-8)}`;
  return {
    idNumber: idNumber(`${year}${month}${day}`, 500 + (n % 400)),
    name: SURNAMES[n % SURNAMES.length]! + GIVEN[(n * 7) % GIVEN.length]! + (n % 3 === 0 ? '' : GIVEN[(n * 13) % GIVEN.length]!),
    phone,
    account: phone,
    unitId,
    rank: RANKS[n % RANKS.length]!,
    post: POSTS[n % POSTS.length]!,
  };
}

test('2,000 people: only the rows in view are in the page, and scrolling loads the rest', async ({ page, request }) => {
  test.setTimeout(180_000);
  const bulk = units['批量科']!;
  const people = Array.from({ length: 2000 }, (_, n) => bulkPerson(n + 1, bulk.id));
  for (let i = 0; i < people.length; i += 50) {
    await Promise.all(people.slice(i, i + 50).map((input) => api(request, 'staff.create', { input, year: 2024 })));
  }

  await openDesk(page, 'staff');
  await filterUnit(page, `${TOP}/批量科`);
  await count(page, 2000);
  const table = roster(page);
  const rendered = () => table.getByRole('row').count();
  await expect(table.getByRole('row').nth(1)).not.toContainText('载入中');
  expect(await rendered()).toBeLessThan(60);
  await page.screenshot({ path: `${screenshotDir}/staff-roster.png` });

  // Middle, then the very end: rows there arrive (fetched in windows) and the DOM stays small.
  await table.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
  await expect(table.locator('[aria-rowindex="1001"]')).toBeVisible();
  await expect(table.locator('[aria-rowindex="1001"]')).not.toContainText('载入中');
  expect(await rendered()).toBeLessThan(60);
  await table.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const last = table.locator('[aria-rowindex="2001"]');
  await expect(last).toBeVisible();
  await expect(last).toContainText(`${TOP}/批量科`);
  expect(await rendered()).toBeLessThan(60);

  // Keyboard from the top: Home, then ↓ moves the focus row by row.
  await table.evaluate((el) => el.scrollTo({ top: 0 }));
  await table.locator('[aria-rowindex="2"]').focus();
  await page.keyboard.press('ArrowDown');
  await expect(table.locator('[aria-rowindex="3"]')).toBeFocused();
  await page.keyboard.press('End');
  await expect(last).toBeFocused();
});
