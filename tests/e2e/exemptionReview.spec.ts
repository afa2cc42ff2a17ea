import type { Page } from '@playwright/test';
import { expect, test } from './deskHost';
import { pngBytes } from '../helpers/evidenceFiles';
import { api, openDesk, screenshotDir } from './helpers';
import { idNumber } from '../helpers/idNumber';

/*
 * An illness exemption approved before the HR review was entered: the admin
 * completes the review on the approved application and the check goes, in
 * the application and in the list. Everything here lives under
 * 「审核补录局」, on a desk of this file's own whose today is 2024-09-02.
 */
test.describe.configure({ mode: 'serial' });

const BUREAU = '审核补录局';
const QIAN = idNumber('1980-05-05', 333, '430697');

async function chooseUnit(page: Page) {
  await page.getByRole('combobox', { name: '单位' }).fill(BUREAU);
  await page.getByRole('option', { name: BUREAU, exact: true }).click();
}

test('an illness exemption is applied for without the HR review', async ({ request }) => {
  const unit = await api<{ id: number }>(request, 'units.create', { name: BUREAU, parentId: null });
  const staff = await api<{ id: number }>(request, 'staff.create', { input: { idNumber: QIAN, name: '钱病假', unitId: unit.id }, year: 2024 });
  await api(request, 'exemptions.create', { staffId: staff.id, year: 2024, ground: 'illness', appliedOn: '2024-08-30' });
});

test('approved first, then the HR review is entered on the approved application and the check goes', async ({ page }) => {
  await openDesk(page, 'exemptions');
  await chooseUnit(page);
  const list = page.getByRole('table', { name: '免考申请' });
  await list.getByRole('button', { name: '钱病假' }).click();
  const drawer = page.getByRole('dialog', { name: '免考申请 · 钱病假' });
  await drawer.getByLabel('选择证明材料').setInputFiles({ name: '诊断证明.png', mimeType: 'image/png', buffer: pngBytes(200, 280, 21) });
  await expect(drawer.getByRole('table', { name: '证明材料' }).getByRole('row')).toHaveCount(1);
  await drawer.getByRole('button', { name: '批准免考' }).click();
  await expect(drawer.getByText('已批准', { exact: true })).toBeVisible();
  await expect(drawer.getByText('已批准但没有登记人事部门审核（缺审核人、审核日期）')).toBeVisible();
  await expect(drawer.getByLabel('免考情形')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(list.getByRole('row', { name: '钱病假' })).toContainText('缺审核');

  await list.getByRole('button', { name: '钱病假' }).click();
  await drawer.getByLabel('人事部门审核人').fill('人事科 王科长');
  await drawer.getByLabel('审核日期').fill('2024-09-01');
  await drawer.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(drawer.getByText('已批准但没有登记人事部门审核')).toHaveCount(0);
  await expect(drawer.getByText('已批准', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${screenshotDir}/exemptions-review-after-approval.png` });
  await page.keyboard.press('Escape');
  const row = list.getByRole('row', { name: '钱病假' });
  await expect(row).toContainText('人事科 王科长');
  await expect(row).not.toContainText('缺审核');
});
