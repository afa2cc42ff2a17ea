import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './deskHost';
import { api, openDesk, screenshotDir } from './helpers';

/*
 * A roster as HR sends it, saved by LibreOffice Calc (tests/fixtures/hr/make.sh):
 * a title, names padded or wrapped in their cells, a look-alike name dot, and
 * 合计 / 填表人 / a note below the data. The dry run shows the four people,
 * the footer lines as not imported, and each tidied name. Then a 干部花名册
 * whose header takes two rows.
 */
const FIXTURE = path.resolve('tests/fixtures/hr/footer-names.libreoffice.xlsx');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test.beforeAll(async ({ request }) => {
  await api(request, 'units.create', { name: '汨罗市司法局', parentId: null });
});

test('the dry run of an HR roster lists its footer as not imported and the names it tidied', async ({ page }) => {
  await openDesk(page, 'excel');
  await page.getByLabel('选择 Excel 文件').setInputFiles({ name: '司法局花名册.xlsx', mimeType: XLSX, buffer: fs.readFileSync(FIXTURE) });
  await expect(page.getByRole('table', { name: '表头各列' })).toBeVisible();
  await page.getByRole('button', { name: '下一步：查看试运行结果' }).click();

  await expect(page.getByRole('list', { name: '试运行统计' }).getByRole('listitem', { name: '新增 4 人' })).toBeVisible();
  await page.getByRole('tab', { name: /表尾，未导入/ }).click();
  const footer = page.getByRole('table', { name: '表尾，未导入' });
  await expect(footer.getByRole('row')).toHaveCount(4);
  await expect(footer.getByRole('row').nth(1)).toContainText('8合计 4人');
  await expect(footer.getByRole('row').nth(2)).toContainText('填表人：李四');
  await expect(footer.getByRole('row').nth(3)).toContainText('注：本表由人事科');

  await page.getByRole('tab', { name: /姓名已规范/ }).click();
  const names = page.getByRole('table', { name: '姓名已规范' });
  await expect(names.getByRole('row')).toHaveCount(4);
  await expect(names.getByRole('row').nth(1)).toContainText('王伟');
  await expect(names.getByRole('row').nth(2)).toContainText('“欧阳⏎明”欧阳明');
  await expect(names.getByRole('row').nth(3)).toContainText('买买提·艾力');
  await page.screenshot({ path: `${screenshotDir}/excel-hr-footer-names.png`, fullPage: true });
});

test('a 干部花名册 with a two-row header is read by itself, and the screen names both header rows', async ({ page }) => {
  await openDesk(page, 'excel');
  const file = fs.readFileSync(path.resolve('tests/fixtures/hr/two-row-header.libreoffice.xlsx'));
  await page.getByLabel('选择 Excel 文件').setInputFiles({ name: '干部花名册.xlsx', mimeType: XLSX, buffer: file });
  await expect(page.getByText('工作表“干部花名册”的表头在第 2–3 行，下面有 2 行数据')).toBeVisible();
  await expect(page.getByRole('combobox', { name: '“姓名”列导入为' })).toHaveValue('姓名（必填）');
  await expect(page.getByRole('combobox', { name: '“身份证号”列导入为' })).toHaveValue('身份证号（必填）');
  await page.screenshot({ path: `${screenshotDir}/excel-two-row-header.png`, fullPage: true });
});
