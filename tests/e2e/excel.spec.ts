import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './deskHost';
import { openDesk, screenshotDir } from './helpers';
import { idNumber } from '../helpers/idNumber';

/*
 * 导入导出 as an admin uses it: a roster from HR with a title row and two
 * broken rows, tried first, imported without the broken rows, exported, and
 * the export imported again without a single change. Everything made here
 * lives under 「导入测试局」 (and 「表头测试局」), on a desk of this file's own;
 * the tests build on each other.
 */
test.describe.configure({ mode: 'serial' });

const headers = { 'x-xuefa-token': process.env.XUEFA_E2E_TOKEN! };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ZHOU = idNumber('1977-03-04', 101, '430699');
const WU = idNumber('1978-05-06', 202, '430699');
const ZHENG = idNumber('1979-07-08', 303, '430699');
const WANG = idNumber('1980-09-10', 404, '430699');
const BROKEN = `${idNumber('1981-11-12', 505, '430699').slice(0, 17)}0`;
const CHEN = idNumber('1982-01-02', 606, '430699');

async function api<T>(request: APIRequestContext, method: string, data: unknown): Promise<T> {
  const r = await request.post(`/api/${method}`, { headers, data });
  const body = (await r.json()) as { ok: boolean; value: T; error?: { message: string } };
  expect(body.ok, body.error?.message).toBe(true);
  return body.value;
}

async function workbook(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  ws.addRow(['导入测试局 2024 年学法考法人员名册']);
  ws.addRow(['姓名', '身份证号', '单位', '手机号码', '职级', '在职状态']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const card = (page: Page, list: string, text: string) => page.getByRole('list', { name: list }).getByRole('listitem', { name: text });

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('选择 Excel 文件').setInputFiles({ name, mimeType: XLSX, buffer });
  await expect(page.getByRole('table', { name: '表头各列' })).toBeVisible();
}

test('an earlier import puts 周一 and 吴二 in 一科', async ({ request }) => {
  const top = await api<{ id: number }>(request, 'units.create', { name: '导入测试局', parentId: null });
  await api(request, 'units.create', { name: '一科', parentId: top.id });
  await api(request, 'units.create', { name: '二科', parentId: top.id });
  const body = await workbook([
    ['周一', ZHOU, '导入测试局/一科', '13800000001', '一级科员', '在职'],
    ['吴二', WU, '导入测试局/一科', '13800000002', '', '在职'],
  ]);
  const up = await request.post(`/upload?name=${encodeURIComponent('上次的名册.xlsx')}`, {
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    data: body,
  });
  const file = ((await up.json()) as { value: { fileId: string } }).value;
  const done = await api<{ applied: boolean; created: number }>(request, 'import.apply', { fileId: file.fileId });
  expect(done).toMatchObject({ applied: true, created: 2 });
});

test('dry run of a file with a title row and two broken rows, then import without them', async ({ page }) => {
  await openDesk(page, 'excel');
  await expect(page.getByRole('heading', { name: '导入导出' })).toBeVisible();
  await expect(page.getByRole('button', { name: '下载导入模板' }).first()).toBeVisible();

  // Not an .xlsx: refused before anything is uploaded.
  await page.getByLabel('选择 Excel 文件').setInputFiles({ name: '名册.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('x') });
  await expect(page.getByText('“名册.xls”是旧版表格文件')).toBeVisible();

  const file = await workbook([
    ['周一', ZHOU, '导入测试局/二科', '13800000001', '一级科员', '在职'],
    ['吴二', WU, '导入测试局/一科', '13800000002', '', '在职'],
    ['郑三', ZHENG, '导入测试局/一科', '13800000003', '二级科员', '在职'],
    ['王四', WANG, '导入测试局/二科', '', '', ''],
    ['冯五', BROKEN, '导入测试局/二科', '', '', ''],
    ['陈六', CHEN, '导入测试局/二科', '12345', '', ''],
  ]);
  await chooseFile(page, '九月名册.xlsx', file);

  // ② the header row (row 2, under the title) and what each column is read as.
  await expect(page.getByText('工作表“名册”的表头在第 2 行，下面有 6 行数据')).toBeVisible();
  await expect(page.getByRole('combobox', { name: '“身份证号”列导入为' })).toHaveValue('身份证号（必填）');
  await expect(page.getByRole('combobox', { name: '“在职状态”列导入为' })).toHaveValue('在职状态');
  await page.getByRole('button', { name: '下一步：查看试运行结果' }).click();

  // ③ the dry run: counts and the two errors with their rows and columns.
  const counts = (text: string) => card(page, '试运行统计', text);
  await expect(counts('新增 2 人')).toBeVisible();
  await expect(counts('变更 1 人')).toBeVisible();
  await expect(counts('单位调动 1 人')).toBeVisible();
  await expect(counts('无变化 1 人')).toBeVisible();
  await expect(counts('错误 2 处')).toBeVisible();
  const errors = page.getByRole('table', { name: '错误列表' });
  await expect(errors.getByRole('row')).toHaveCount(3);
  await expect(errors.getByRole('row').nth(1)).toContainText('7身份证号身份证号校验位不正确');
  await expect(errors.getByRole('row').nth(2)).toContainText('8手机号码');
  await page.screenshot({ path: `${screenshotDir}/excel-dry-run.png`, fullPage: true });

  await page.getByRole('tab', { name: /变更/ }).click();
  const changes = page.getByRole('table', { name: '变更列表' });
  await expect(changes).toContainText('周一');
  await expect(changes).toContainText('单位：导入测试局/一科 → 导入测试局/二科');
  await expect(changes).toContainText(`${ZHOU.slice(0, 6)}********${ZHOU.slice(-4)}`);
  await expect(changes).not.toContainText(ZHOU);

  // ④ blocked while the errors stand; allowed once they are skipped.
  await page.getByRole('button', { name: '下一步：导入' }).click();
  await expect(page.getByText('有 2 处错误，不能导入')).toBeVisible();
  await expect(page.getByRole('button', { name: '开始导入' })).toBeDisabled();
  await page.getByRole('button', { name: '上一步' }).click();
  await page.getByLabel('跳过有错误的行').check();
  await page.getByRole('button', { name: '下一步：导入' }).click();
  await page.getByRole('button', { name: '开始导入' }).click();
  const confirm = page.getByRole('dialog', { name: '确认导入' });
  await expect(confirm).toContainText('导入前会先自动备份数据库');
  await confirm.getByRole('button', { name: '确认导入' }).click();

  await expect(page.getByText('导入完成')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('已新增 2 人，变更 1 人（其中单位调动 1 人）')).toBeVisible();
  await expect(page.getByText(/导入前已备份到：.*before-import/)).toBeVisible();
  await expect(page.getByRole('link', { name: '查看学员名册' })).toBeVisible();
  await page.screenshot({ path: `${screenshotDir}/excel-done.png`, fullPage: true });
});

test('export the unit’s roster, and importing it back changes nothing', async ({ page }, testInfo) => {
  await openDesk(page, 'excel');
  await page.getByRole('combobox', { name: '单位（含下级单位）' }).click();
  await page.getByRole('option', { name: '导入测试局', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出学员名册' }).click()]);
  expect(download.suggestedFilename()).toBe('学员名册-导入测试局-2024-09-02.xlsx');
  const saved = testInfo.outputPath('exported.xlsx');
  await download.saveAs(saved);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  const ws = wb.getWorksheet('学员名册')!;
  const people = new Map<string, string>();
  ws.eachRow((row, n) => {
    if (n > 1) people.set(String(row.getCell(2).value), String(row.getCell(5).value));
  });
  expect(people).toEqual(
    new Map([
      [ZHOU, '导入测试局/二科'],
      [WU, '导入测试局/一科'],
      [ZHENG, '导入测试局/一科'],
      [WANG, '导入测试局/二科'],
    ]),
  );

  await chooseFile(page, download.suggestedFilename(), fs.readFileSync(saved));
  await expect(page.getByRole('combobox', { name: '“性别”列导入为' })).toHaveValue('不导入');
  await page.getByRole('button', { name: '下一步：查看试运行结果' }).click();
  const counts = (text: string) => card(page, '试运行统计', text);
  await expect(counts('无变化 4 人')).toBeVisible();
  await expect(counts('新增 0 人')).toBeVisible();
  await expect(counts('变更 0 人')).toBeVisible();
  await expect(counts('错误 0 处')).toBeVisible();
  await page.getByRole('button', { name: '下一步：导入' }).click();
  await expect(page.getByText('文件与名册一致，没有需要写入的内容。')).toBeVisible();
  await expect(page.getByRole('button', { name: '开始导入' })).toBeDisabled();
});

/*
 * A file from another office whose headers the desk does not know
 * (员工名 / 证件编码 / 所属机构): the admin picks the header row among the
 * first rows, maps the three columns, imports; the next file with the same
 * headers is read by itself.
 */
const SUN = idNumber('1983-04-05', 707, '430699');
const LIU = idNumber('1984-06-07', 808, '430699');
const HE = idNumber('1985-08-09', 909, '430699');
const officeHeaders = ['序号', '员工名', '证件编码', '所属机构', '联系电话'];

async function officeBook(titleRows: string[], rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('下拉选项', { state: 'hidden' }).addRow(['在职']);
  const ws = wb.addWorksheet('人员信息');
  for (const t of titleRows) ws.addRow([t]);
  ws.addRow(officeHeaders);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('a file with unknown headers: pick the header row, map the columns, import; the next such file is matched by itself', async ({ page, request }) => {
  await api(request, 'units.create', { name: '表头测试局', parentId: null });
  await openDesk(page, 'excel');
  const first = await officeBook(['表头测试局 人员名单'], [
    [1, '孙七', SUN, '表头测试局', '13800000007'],
    [2, '刘八', LIU, '表头测试局', ''],
  ]);
  await page.getByLabel('选择 Excel 文件').setInputFiles({ name: '人事科名单.xlsx', mimeType: XLSX, buffer: first });

  // ② no header found: the sheet's first rows instead of only an error.
  await expect(page.getByRole('alert').filter({ hasText: '没有自动找到表头' })).toContainText('人事科名单.xlsx 的工作表（人员信息）前 30 行中找不到表头');
  const rows = page.getByRole('table', { name: '工作表“人员信息”的前几行' });
  await expect(rows.getByRole('row')).toHaveCount(5); // the column letters, the title, the headers, two people
  await expect(rows).toContainText(`${SUN.slice(0, 6)}********${SUN.slice(-4)}`);
  await expect(rows).not.toContainText(SUN);
  const start = page.getByRole('button', { name: /为表头，试运行/ });
  await expect(start).toBeDisabled();

  // The header row, by keyboard: the title row first, then one row down.
  await page.getByRole('radio', { name: '第 1 行是表头' }).check();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: '第 2 行是表头' })).toBeChecked();
  const mapping = page.getByRole('table', { name: '表头行各列' });
  await expect(mapping.getByRole('row')).toHaveCount(6);
  await expect(page.getByRole('combobox', { name: '“联系电话”列导入为' })).toHaveValue('手机号码');
  await expect(page.getByText('还需要为“姓名”“身份证号”“单位”各选一列（必填）。')).toBeVisible();

  const mapTo = async (header: string, field: string) => {
    await page.getByRole('combobox', { name: `“${header}”列导入为` }).click();
    await page.getByRole('option', { name: field, exact: true }).click();
    await expect(page.getByRole('combobox', { name: `“${header}”列导入为` })).toHaveValue(field);
  };
  await mapTo('员工名', '姓名（必填）');
  await mapTo('证件编码', '身份证号（必填）');
  await expect(page.getByText('还需要为“单位”各选一列（必填）。')).toBeVisible();
  await expect(start).toBeDisabled();
  await mapTo('所属机构', '单位（必填）');
  await page.screenshot({ path: `${screenshotDir}/excel-header-pick.png`, fullPage: true });
  await page.getByRole('button', { name: '以第 2 行为表头，试运行' }).click();

  // ③ the dry run as usual, then ④ the import.
  const counts = (text: string) => card(page, '试运行统计', text);
  await expect(counts('新增 2 人')).toBeVisible();
  await expect(counts('错误 0 处')).toBeVisible();
  await page.getByRole('button', { name: '下一步：导入' }).click();
  await page.getByRole('button', { name: '开始导入' }).click();
  await page.getByRole('dialog', { name: '确认导入' }).getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText('已新增 2 人，变更 0 人（其中单位调动 0 人）')).toBeVisible({ timeout: 15_000 });

  // The next file with the same headers (its header row lower down) needs no picking.
  await page.getByRole('button', { name: '导入另一个文件' }).click();
  const second = await officeBook(['表头测试局 人员名单', '制表：人事科'], [
    [1, '孙七', SUN, '表头测试局', '13800000017'],
    [2, '何九', HE, '表头测试局', ''],
  ]);
  await chooseFile(page, '十月名单.xlsx', second);
  await expect(page.getByText('工作表“人员信息”的表头在第 3 行，下面有 2 行数据')).toBeVisible();
  await expect(page.getByRole('combobox', { name: '“员工名”列导入为' })).toHaveValue('姓名（必填）');
  await expect(page.getByRole('combobox', { name: '“证件编码”列导入为' })).toHaveValue('身份证号（必填）');
  await expect(page.getByRole('combobox', { name: '“所属机构”列导入为' })).toHaveValue('单位（必填）');
  await page.getByRole('button', { name: '下一步：查看试运行结果' }).click();
  await expect(counts('新增 1 人')).toBeVisible();
  await expect(counts('变更 1 人')).toBeVisible();
  await expect(counts('错误 0 处')).toBeVisible();
});
