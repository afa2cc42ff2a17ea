import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './deskHost';
import { openDesk, screenshotDir } from './helpers';

/*
 * 备份与恢复 as an admin uses it: back up to a file, change something,
 * restore the file (with its preview and a confirmation), then undo the
 * restore, which puts the desk back exactly as it was before the restore.
 */
test.describe.configure({ mode: 'serial' });

async function api<T>(page: Page, method: string, args: unknown): Promise<T> {
  const res = await page.request.post(`/api/${method}`, { headers: { 'x-xuefa-token': process.env.XUEFA_E2E_TOKEN ?? '' }, data: args });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value!;
}

const unitNames = async (page: Page) => (await api<{ name: string }[]>(page, 'units.list', {})).map((u) => u.name);
const section = (page: Page) => page.getByRole('region', { name: '备份与恢复' });

test('back up to a file, change the desk, restore the backup after its preview, then undo the restore', async ({ page }) => {
  // A backup, an upload and two restores, each with its preview: longer than one screen's test.
  test.setTimeout(60_000);
  await openDesk(page, 'settings');
  await api(page, 'units.create', { name: '备份测试单位', parentId: null });

  const download = page.waitForEvent('download');
  await section(page).getByRole('button', { name: '立即备份到文件' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^学法考法备份-\d{8}-\d{6}\.xfbak$/);
  const saved = path.join('test-results', 'e2e-backup', file.suggestedFilename());
  fs.mkdirSync(path.dirname(saved), { recursive: true });
  await file.saveAs(saved);

  await api(page, 'units.create', { name: '备份后新建单位', parentId: null });
  const before = await unitNames(page);
  expect(before).toContain('备份后新建单位');

  await section(page).locator('input[type=file]').setInputFiles(saved);
  const dialog = page.getByRole('dialog', { name: '从备份恢复' });
  const preview = dialog.getByRole('table', { name: '备份内容' });
  await expect(preview).toContainText('数据库和证明材料');
  await expect(preview.getByRole('row', { name: /单位/ }).first()).toContainText(`${before.length - 1} 个`);
  await expect(dialog.getByText('确认恢复？')).toBeVisible();
  await page.screenshot({ path: `${screenshotDir}/backup-restore-preview.png` });
  await dialog.getByRole('button', { name: '确认恢复' }).click();
  await expect(dialog.getByText('已恢复')).toBeVisible({ timeout: 15_000 });
  expect(await unitNames(page)).not.toContain('备份后新建单位');
  expect(await unitNames(page)).toContain('备份测试单位');
  await page.screenshot({ path: `${screenshotDir}/backup-restored.png` });

  await dialog.getByRole('button', { name: '撤销这次恢复' }).click();
  await expect(preview).toContainText('仅数据库');
  await dialog.getByRole('button', { name: '确认恢复' }).click();
  await expect(dialog.getByText('已恢复')).toBeVisible({ timeout: 15_000 });
  expect((await unitNames(page)).sort()).toEqual([...before].sort());
  await dialog.getByRole('button', { name: '完成' }).click();

  const automatic = page.getByRole('table', { name: '自动备份' });
  await expect(automatic.getByText('恢复备份前（可用于撤销恢复）')).toHaveCount(2);
  await page.screenshot({ path: `${screenshotDir}/backup-section.png`, fullPage: true });
});

test('a file that is not a backup is refused and nothing changes', async ({ page }) => {
  await openDesk(page, 'settings');
  const before = await unitNames(page);
  const junk = path.join('test-results', 'e2e-backup', '不是备份.xfbak');
  fs.mkdirSync(path.dirname(junk), { recursive: true });
  fs.writeFileSync(junk, 'this is not a backup');
  await section(page).locator('input[type=file]').setInputFiles(junk);
  const dialog = page.getByRole('dialog', { name: '从备份恢复' });
  await expect(dialog.getByText('这个文件不是学法考法管理台的备份')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '确认恢复' })).toHaveCount(0);
  await dialog.getByRole('button', { name: '关闭' }).click();
  expect(await unitNames(page)).toEqual(before);
});

test('the full integrity check passes, and the data folder is shown', async ({ page, desk }) => {
  await openDesk(page, 'settings');
  await page.getByRole('region', { name: '完整性检查' }).getByRole('button', { name: '完整检查' }).click();
  await expect(page.getByText('数据库完好')).toBeVisible();
  await expect(page.getByRole('table', { name: '数据文件夹' })).toContainText(desk.dataDir);
});
