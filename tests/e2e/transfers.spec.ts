import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test } from './deskHost';
import { maskIdNumber } from '../../shared/rules/idNumber';
import type { Staff } from '../../shared/staff/schemas';
import type { Unit } from '../../shared/units/schemas';
import { api, openDesk, screenshotDir } from './helpers';
import { idNumber as validIdNumber } from '../helpers/idNumber';

/**
 * 人员异动 and 操作记录 as an admin uses them, on a desk of this file's own:
 * two units (异动派出局, 异动接收局) and people (area 430602) made before the
 * tests, which build on each other.
 */
test.describe.configure({ mode: 'serial' });

const SENDER = '异动派出局';
const RECEIVER = '异动接收局';
const units: Record<string, Unit> = {};

/** This spec's people: area 430602. */
const idNumber = (birth: string, seq: number): string => validIdNumber(birth, seq, '430602');

const zhou = { name: '周调动', id: idNumber('19770811', 531) };
const outsider = { name: '钱外来', id: idNumber('19820304', 642), origin: '平江县财政局' };
const sun = { name: '孙待收', id: idNumber('19790101', 753) };

test.beforeAll(async ({ request }) => {
  units[SENDER] = await api<Unit>(request, 'units.create', { name: SENDER, parentId: null });
  units['甲股'] = await api<Unit>(request, 'units.create', { name: '甲股', parentId: units[SENDER].id });
  units[RECEIVER] = await api<Unit>(request, 'units.create', { name: RECEIVER, parentId: null });
  await api(request, 'units.update', { id: units[SENDER].id, patch: { examRoute: 'category', counterpart: '省司法厅' } });
  for (const p of [zhou, sun]) {
    await api<Staff>(request, 'staff.create', { input: { idNumber: p.id, name: p.name, unitId: units['甲股'].id }, year: 2024 });
  }
});

/** Picks a unit in a UnitSelect by typing its name. */
async function pickUnit(page: Page, label: string, name: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label }).first();
  await box.click();
  await box.fill(name);
  await page.getByRole('option', { name, exact: true }).click();
}

async function openReceive(page: Page): Promise<void> {
  await openDesk(page, 'transfers');
  await expect(page.getByRole('heading', { name: '人员异动' })).toBeVisible();
  await pickUnit(page, '本单位', RECEIVER);
}

test('receive a person from another unit in the desk', async ({ page }) => {
  await openReceive(page);
  await page.getByLabel('身份证号或姓名').fill(zhou.name);
  await page.getByRole('button', { name: '查找', exact: true }).click();
  await expect(page.getByText(`现在所在：${SENDER}/甲股`).first()).toBeVisible();
  await expect(page.getByText('组考方式将改变')).toBeVisible();
  // A date in next year is refused before anything is sent.
  await page.getByLabel('生效日期').fill('2025-01-02');
  await expect(page.getByText('晚于今年年底（2024-12-31）')).toBeVisible();
  await expect(page.getByRole('button', { name: '确认调入…' })).toBeDisabled();
  await page.getByLabel('生效日期').fill('2024-09-01');
  await page.getByLabel('调动原因').fill('交流任职');
  await page.getByRole('button', { name: '确认调入…' }).click();
  const dialog = page.getByRole('dialog', { name: '确认调入' });
  await expect(dialog).toContainText(`将 ${zhou.name} 从 ${SENDER}/甲股 调入 ${RECEIVER}，生效日期 2024-09-01，原因：交流任职`);
  await page.screenshot({ path: `${screenshotDir}/transfers-confirm.png` });
  await dialog.getByRole('button', { name: '确认调入' }).click();
  await expect(page.getByText(`已将 ${zhou.name} 从 ${SENDER}/甲股 调入 ${RECEIVER}`)).toBeVisible();

  // Receiving the same person again into the same unit is refused on the form.
  await page.getByLabel('身份证号或姓名').fill(zhou.id);
  await page.getByRole('button', { name: '查找', exact: true }).click();
  await expect(page.getByText('已在调入单位')).toBeVisible();
  await expect(page.getByRole('button', { name: '确认调入…' })).toBeDisabled();
});

test('receive a person from outside the desk: the record is created', async ({ page }) => {
  await openReceive(page);
  // A mistyped ID number says what is wrong.
  await page.getByLabel('身份证号或姓名').fill(`${outsider.id.slice(0, 17)}${outsider.id.endsWith('1') ? '2' : '1'}`);
  await page.getByLabel('身份证号或姓名').press('Enter');
  await expect(page.getByText('身份证号校验位不正确')).toBeVisible();

  await page.getByLabel('身份证号或姓名').fill(outsider.id);
  await page.getByLabel('身份证号或姓名').press('Enter');
  await expect(page.getByText('名册中没有此身份证号')).toBeVisible();
  await page.getByRole('button', { name: '从外单位调入（新建学员记录）' }).click();
  await page.getByLabel('原单位').fill(outsider.origin);
  await page.getByRole('textbox', { name: '姓名', exact: true }).fill(outsider.name);
  await expect(page.getByRole('textbox', { name: '性别' })).toHaveValue('女');
  await page.getByLabel('生效日期').fill('2024-08-15');
  await page.getByRole('button', { name: '确认调入…' }).click();
  const dialog = page.getByRole('dialog', { name: '确认调入' });
  await expect(dialog).toContainText(`将 ${outsider.name} 从 ${outsider.origin}（外单位） 调入 ${RECEIVER}`);
  await expect(dialog).toContainText('将在学员名册中新建此人的记录');
  await page.keyboard.press('Enter');
  await expect(page.getByText(`已将 ${outsider.name} 从 ${outsider.origin} 调入 ${RECEIVER}`)).toBeVisible();
});

test('both arrivals in the history, seen from the receiving and the sending unit', async ({ page }) => {
  await openReceive(page);
  await page.getByRole('tab', { name: '异动记录' }).click();
  const table = page.getByRole('table', { name: '异动记录' });
  const zhouRow = table.getByRole('row').filter({ hasText: zhou.name });
  const outsiderRow = table.getByRole('row').filter({ hasText: outsider.name });
  await expect(zhouRow).toContainText('调入');
  await expect(zhouRow).toContainText(`${SENDER}/甲股`);
  await expect(zhouRow).toContainText('交流任职');
  await expect(zhouRow).toContainText(maskIdNumber(zhou.id));
  await expect(outsiderRow).toContainText(`${outsider.origin}（外单位）`);
  await expect(outsiderRow).toContainText('2024-08-15');
  await page.screenshot({ path: `${screenshotDir}/transfers-history.png`, fullPage: true });

  // The sending unit sees 调出: to whom, when; and the roster's 调出人员 filter lists the person where they are now.
  await pickUnit(page, '本单位', SENDER);
  await expect(zhouRow).toContainText('调出');
  await expect(zhouRow).toContainText(RECEIVER);
  await expect(zhouRow).toContainText('2024-09-01');
  await expect(outsiderRow).toHaveCount(0);

  await openDesk(page, 'staff');
  const bar = page.getByRole('search', { name: '筛选学员' });
  await bar.getByRole('combobox', { name: '单位' }).click();
  await page.getByRole('option', { name: SENDER, exact: true }).click();
  await bar.getByRole('switch', { name: '调出人员' }).check({ force: true });
  await expect(page.getByText('共 1 人')).toBeVisible();
  await expect(page.getByRole('table', { name: '学员列表' }).getByRole('row').filter({ hasText: zhou.name })).toContainText(RECEIVER);
});

test('待接收: the sending side marks someone leaving, the receiving side carries out the 调入, and can undo it', async ({ page }) => {
  await openDesk(page, 'transfers');
  await pickUnit(page, '本单位', SENDER);
  await page.getByRole('tab', { name: '登记调出去向' }).click();
  const form = page.getByRole('form', { name: '登记调出去向' });
  const person = form.getByRole('combobox', { name: /调出人员/ });
  await person.click();
  await person.fill(sun.name);
  await page.getByRole('option', { name: new RegExp(sun.name) }).click();
  await pickUnit(page, '接收单位', RECEIVER);
  await form.getByLabel('备注').fill('组织部调令');
  await form.getByRole('button', { name: '登记' }).click();
  await expect(page.getByText(`已登记：${sun.name} 将调往 ${RECEIVER}`)).toBeVisible();

  await pickUnit(page, '本单位', RECEIVER);
  await expect(page.getByRole('tab', { name: /待接收/ })).toContainText('1');
  await page.getByRole('tab', { name: /待接收/ }).click();
  await page.getByRole('button', { name: `办理 ${sun.name} 调入` }).click();
  await expect(page.getByText(`${sun.name} 现在所在：${SENDER}/甲股`)).toBeVisible();
  await page.getByRole('button', { name: '确认调入…' }).click();
  await page.getByRole('dialog', { name: '确认调入' }).getByRole('button', { name: '确认调入' }).click();
  await expect(page.getByText(`已将 ${sun.name} 从 ${SENDER}/甲股 调入 ${RECEIVER}`)).toBeVisible();
  await page.getByRole('tab', { name: /待接收/ }).click();
  await expect(page.getByText('没有等待本单位接收的人员')).toBeVisible();

  await page.getByRole('tab', { name: '异动记录' }).click();
  await page.getByRole('button', { name: `撤销 ${sun.name} 的调动` }).click();
  const dialog = page.getByRole('dialog', { name: '撤销调动' });
  await dialog.getByLabel('撤销原因').fill('调令暂缓');
  await dialog.getByRole('button', { name: '撤销调动' }).click();
  await expect(page.getByText(`${sun.name} 的调动（2024-09-02 调入 ${RECEIVER}）已撤销`)).toBeVisible();
  await expect(page.getByRole('table', { name: '异动记录' }).getByRole('row').filter({ hasText: sun.name })).toContainText('已撤销');
});

test('操作记录: both arrivals with what changed, filtered by unit and kind, exported to Excel', async ({ page }) => {
  await openDesk(page, 'audit');
  await expect(page.getByRole('heading', { name: '操作记录' })).toBeVisible();
  await pickUnit(page, '单位', RECEIVER);
  const kinds = page.getByRole('search', { name: '筛选操作记录' }).getByRole('combobox', { name: '类别' });
  await kinds.click();
  await page.getByRole('option', { name: /^调入（/ }).click();
  await page.keyboard.press('Escape');
  const table = page.getByRole('table', { name: '操作记录' });
  const zhouRow = table.getByRole('row').filter({ hasText: zhou.name });
  await expect(zhouRow).toContainText('调入');
  await expect(zhouRow).toContainText(`单位：${SENDER}/甲股 → ${RECEIVER}`);
  await expect(zhouRow).toContainText('原因：交流任职');
  await expect(table.getByRole('row').filter({ hasText: outsider.name })).toContainText(`${outsider.origin}（外单位） → ${RECEIVER}`);
  await expect(table.getByRole('row').filter({ hasText: sun.name })).toHaveCount(1);
  await page.screenshot({ path: `${screenshotDir}/audit-log.png`, fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出到 Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('操作记录-2024-09-02.xlsx');
  const saved = `${screenshotDir}/../audit-export.xlsx`;
  await file.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  const ws = wb.getWorksheet('操作记录')!;
  const rows: string[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  expect(rows[1]).toEqual(['时间', '操作人', '类别', '对象', '单位', '改动内容']);
  expect(rows.slice(2).every((r) => r[2] === '调入')).toBe(true);
  expect(rows.slice(2).map((r) => r[3])).toEqual(expect.arrayContaining([expect.stringContaining(zhou.name), expect.stringContaining(outsider.name)]));
  fs.rmSync(saved, { force: true });
});
