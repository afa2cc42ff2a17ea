import ExcelJS from 'exceljs';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './deskHost';
import type { Staff } from '../../shared/staff/schemas';
import type { Unit } from '../../shared/units/schemas';
import { api, openDesk, screenshotDir } from './helpers';
import { idNumber } from '../helpers/idNumber';

/*
 * 报考 as an admin runs the exam season: import credits, spread a group of
 * 报考测试局 over two sessions with a room capacity (seeing why one person
 * cannot be booked), record the results, and register the make-up, on a
 * desk of this file's own (「报考测试局」 and its people, made before the
 * tests). The tests build on each other and move the planning date on.
 */
test.describe.configure({ mode: 'serial' });

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TOP = '报考测试局';
const NAMES = ['报考甲', '报考乙', '报考丙', '报考丁', '报考戊'];
const SHORT = '报考学分缺';
const people: Record<string, Staff> = {};

async function workbook(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function planAsOf(request: APIRequestContext, asOf: string | null) {
  await api(request, 'planning.set', { asOf });
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name }).click();

test.beforeAll(async ({ request }) => {
  const top = await api<Unit>(request, 'units.create', { name: TOP, parentId: null });
  const office = await api<Unit>(request, 'units.create', { name: '报考一科', parentId: top.id });
  const all = [...NAMES, SHORT];
  for (const [i, name] of all.entries()) {
    people[name] = await api<Staff>(request, 'staff.create', {
      input: { idNumber: idNumber('1985-06-07', 301 + i * 2, '430698'), name, unitId: i < 3 ? office.id : top.id },
      year: 2024,
    });
  }
});

test('import the credits: a dry run first, then each person’s progress and how old the figures are', async ({ page }) => {
  await openDesk(page, 'bookings');
  await expect(page.getByRole('heading', { name: '报考' })).toBeVisible();
  await tab(page, '学分');
  await page.getByLabel('学分统计截至').fill('2024-09-01');
  const file = await workbook([
    ['如法网学分统计'],
    ['身份证号', '姓名', '公共必修学分', '选修学分'],
    ...NAMES.map((n) => [people[n]!.idNumber, n, 60, 40]),
    [people[SHORT]!.idNumber, SHORT, 30, 12],
  ]);
  await page.getByLabel('选择学分文件').setInputFiles({ name: '学分统计.xlsx', mimeType: XLSX, buffer: file });
  const result = page.getByLabel('学分导入结果');
  await expect(result).toContainText('对应到名册 6 人');
  await expect(result).toContainText('尚未导入');
  await result.getByRole('button', { name: '导入 6 人的学分' }).click();
  await expect(result).toContainText('已导入');

  await page.getByRole('textbox', { name: '姓名、身份证号或登录账号' }).fill('报考');
  const progress = page.getByRole('table', { name: '学分进度' });
  await expect(progress.getByRole('row').filter({ hasText: SHORT })).toContainText('未修满');
  await expect(progress.getByRole('row').filter({ hasText: '报考甲' })).toContainText('2024-09-01（1 天前）');
  await page.screenshot({ path: `${screenshotDir}/bookings-credits.png`, fullPage: true });
});

test('spread the group over two sessions of 3 seats; the person short of credits is shown with the reason', async ({ page }) => {
  await openDesk(page, 'bookings');
  await page.getByText('按容量分配到多个场次').click();
  await expect(page.getByRole('radio', { name: '按容量分配到多个场次' })).toBeChecked();
  await page.getByRole('combobox', { name: '考试日期' }).click();
  await page.getByRole('option', { name: /^10月28日 周一/ }).click();
  const sessions = page.getByRole('group', { name: /考试场次/ });
  await sessions.getByRole('button', { name: /^08:30/ }).click();
  await sessions.getByRole('button', { name: /^09:00/ }).click();
  await page.getByRole('combobox', { name: '单位（含下级单位）' }).click();
  await page.getByRole('option', { name: TOP, exact: true }).click();

  const table = page.getByRole('table', { name: '报考资格' });
  await expect(table.getByRole('row', { name: SHORT })).toContainText('考试前一天学分未修满');
  await expect(table.getByRole('row', { name: '报考甲' })).toContainText('可报考');
  await expect(page.getByText('共 6 人，可报考 5 人')).toBeVisible();
  await page.getByRole('button', { name: '全选可报考' }).click();
  await expect(table.getByRole('checkbox', { name: `选择${SHORT}` })).toBeDisabled();
  await page.getByLabel('每场容量（人）').fill('3');
  await page.getByRole('button', { name: /预览分配（选中 5 人，2 个场次）/ }).click();
  const plan = page.getByLabel('分配预览');
  await expect(plan).toContainText('2024-10-28 08:30：安排 3 人（原有 0 人，容量 3 人）');
  await expect(plan).toContainText('2024-10-28 09:00：安排 2 人（原有 0 人，容量 3 人）');
  // Each unit sits together: 报考一科 in the first session, the people placed in 报考测试局 itself in the second.
  await expect(page.getByLabel('2024-10-28 08:30 安排名单')).toContainText('报考测试局/报考一科（3 人）：报考甲、报考乙、报考丙');
  await expect(page.getByLabel('2024-10-28 09:00 安排名单')).toContainText('报考测试局（2 人）：报考丁、报考戊');
  await page.screenshot({ path: `${screenshotDir}/bookings-spread.png`, fullPage: true });
  await page.getByRole('button', { name: '确认分配' }).click();
  await expect(page.getByText('已分配')).toBeVisible();
  await expect(sessions.getByRole('button', { name: '08:30 已报 3/3 人' })).toBeVisible();
  await expect(sessions.getByRole('button', { name: '09:00 已报 2/3 人' })).toBeVisible();
  await expect(table.getByRole('row', { name: '报考甲' })).toContainText('已有未考的报考（2024-10-28 08:30）');

  await tab(page, '报考名单');
  await page.getByRole('combobox', { name: '单位（含下级单位）' }).click();
  await page.getByRole('option', { name: TOP, exact: true }).click();
  const list = page.getByRole('table', { name: '报考名单' });
  await expect(list.getByRole('row')).toHaveCount(6);
  await page.screenshot({ path: `${screenshotDir}/bookings-list.png`, fullPage: true });
});

test('cancelling asks first; then the results are imported after the exam day', async ({ page, request }) => {
  await openDesk(page, 'bookings');
  await tab(page, '报考名单');
  await page.getByRole('combobox', { name: '单位（含下级单位）' }).click();
  await page.getByRole('option', { name: TOP, exact: true }).click();
  await page.getByRole('checkbox', { name: '选择报考戊的报考' }).check();
  await page.getByRole('button', { name: '取消报考（1）' }).click();
  const confirm = page.getByRole('dialog', { name: '取消报考' });
  await expect(confirm).toContainText('报考戊（2024-10-28 09:00）');
  await confirm.getByRole('button', { name: '取消', exact: true }).click();
  await expect(page.getByRole('table', { name: '报考名单' }).getByRole('row', { name: '报考戊' })).toContainText('待考');

  await planAsOf(request, '2024-10-29T09:00');
  await page.reload();
  await expect(page.getByText('报考条件按计划日期 2024-10-29 09:00 判断')).toBeVisible();
  await tab(page, '考试结果');
  const scores: [string, string, number | string][] = [
    ['报考甲', '参考', 88],
    ['报考乙', '参考', 60],
    ['报考丙', '参考', 75],
    ['报考丁', '参考', 52],
    ['报考戊', '缺考', ''],
  ];
  const file = await workbook([['身份证号', '姓名', '考试状态', '成绩'], ...scores.map(([n, s, x]) => [people[n]!.idNumber, n, s, x])]);
  await page.getByLabel('选择考试结果文件').setInputFiles({ name: '考试结果.xlsx', mimeType: XLSX, buffer: file });
  const result = page.getByLabel('考试结果导入');
  await expect(result).toContainText('合格 3 人，不合格 1 人，缺考 1 人');
  await result.getByRole('button', { name: '登记 5 人的考试结果' }).click();
  await expect(result).toContainText('已登记');
  await page.screenshot({ path: `${screenshotDir}/bookings-results.png`, fullPage: true });
});

test('register the make-up for the failed and the absent during make-up registration', async ({ page, request }) => {
  await planAsOf(request, '2024-11-25T10:00');
  await openDesk(page, 'bookings');
  await tab(page, '补考');
  await page.getByRole('combobox', { name: '考试日期' }).click();
  await page.getByRole('option', { name: /^11月26日 周二/ }).click();
  await page.getByRole('group', { name: '补考场次' }).getByRole('button', { name: /^08:30/ }).click();
  const table = page.getByRole('table', { name: '补考名单' });
  await expect(table.getByRole('row', { name: '报考丁' })).toContainText('不合格 52 分');
  await expect(table.getByRole('row', { name: '报考戊' })).toContainText('缺考');
  await expect(table.getByRole('row', { name: SHORT })).toContainText('考试前一天学分未修满');
  await expect(table.getByRole('row', { name: '报考甲' })).toHaveCount(0);
  await table.getByRole('checkbox', { name: '选择报考丁' }).check();
  await table.getByRole('checkbox', { name: '选择报考戊' }).check();
  await page.getByRole('button', { name: '为选中的 2 人报名补考' }).click();
  await expect(page.getByText('2 人已报名 2024-11-26 08:30 场补考')).toBeVisible();
  await expect(table.getByRole('row', { name: '报考丁' })).toContainText('2024-11-26 08:30');
  await expect(table.getByRole('row', { name: '报考戊' })).toContainText('已报名补考');
  await page.screenshot({ path: `${screenshotDir}/bookings-makeup.png`, fullPage: true });
});

test('设置 → 年度规则 shows the 2024 preset and refuses an inverted window before saving', async ({ page }) => {
  await openDesk(page, 'settings');
  const section = page.getByRole('region', { name: '年度规则' });
  await expect(section.getByLabel('分众组考开始')).toHaveValue('2024-10-28');
  await section.getByLabel('分众组考结束').fill('2024-10-01');
  await expect(section.getByText('分众组考考试时间开始（2024-10-28）晚于结束（2024-10-01）').first()).toBeVisible();
  await expect(section.getByRole('button', { name: '保存 2024 年度规则' })).toBeDisabled();
  await page.screenshot({ path: `${screenshotDir}/bookings-year-policy.png`, fullPage: true });
});
