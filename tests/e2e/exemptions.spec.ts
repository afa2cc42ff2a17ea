import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './deskHost';
import { pdfBytes, pngBytes } from '../helpers/evidenceFiles';
import { openDesk, screenshotDir } from './helpers';
import { idNumber } from '../helpers/idNumber';

/*
 * 免考管理 as an admin uses it: start an application from the candidates
 * list, attach a PNG and a PDF, approve, print the archive and look at it.
 * Everything made here lives under 「免考测试局」, on a desk of this file's
 * own; the desk's today is 2024-09-02. The tests build on each other.
 */
test.describe.configure({ mode: 'serial' });

const headers = { 'x-xuefa-token': process.env.XUEFA_E2E_TOKEN! };
const BUREAU = '免考测试局';
const ZHOU = idNumber('1965-01-15', 111, '430697'); // man, retires 2025-02-15
const WU = idNumber('1990-03-01', 222, '430697'); // woman, on maternity leave

async function api<T>(request: APIRequestContext, method: string, data: unknown): Promise<T> {
  const r = await request.post(`/api/${method}`, { headers, data });
  const body = (await r.json()) as { ok: boolean; value: T; error?: { message: string } };
  expect(body.ok, body.error?.message).toBe(true);
  return body.value;
}

async function chooseUnit(page: Page) {
  await page.getByRole('combobox', { name: '单位' }).fill(BUREAU);
  await page.getByRole('option', { name: BUREAU, exact: true }).click();
}

test('the roster has 周退休 (retiring 2025-02-15) and 吴产假', async ({ request }) => {
  const unit = await api<{ id: number }>(request, 'units.create', { name: BUREAU, parentId: null });
  await api(request, 'staff.create', { input: { idNumber: ZHOU, name: '周退休', unitId: unit.id }, year: 2024 });
  await api(request, 'staff.create', { input: { idNumber: WU, name: '吴产假', unitId: unit.id }, year: 2024 });
});

test('start an application from the candidates list, attach a PNG and a PDF, approve', async ({ page }) => {
  await openDesk(page, 'exemptions');
  await expect(page.getByRole('heading', { name: '免考管理' })).toBeVisible();
  await chooseUnit(page);
  await page.getByRole('tab', { name: '距退休两年内人员' }).click();
  const row = page.getByRole('table', { name: '距退休两年内人员' }).getByRole('row', { name: '周退休' });
  await expect(row).toContainText('2025-02-15');
  await expect(page.getByRole('table', { name: '距退休两年内人员' })).not.toContainText('吴产假');
  await page.screenshot({ path: `${screenshotDir}/exemptions-candidates.png`, fullPage: true });

  await row.getByRole('button', { name: '发起申请' }).click();
  const modal = page.getByRole('dialog', { name: '新建 2024 年度免考申请' });
  await expect(modal).toContainText('周退休');
  await modal.getByLabel('人事部门审核人').fill('人事科 李科长');
  await modal.getByLabel('审核日期').fill('2024-09-02');
  await modal.getByRole('button', { name: '新建申请' }).click();

  const drawer = page.getByRole('dialog', { name: '免考申请 · 周退休' });
  await expect(drawer.getByText('待审批')).toBeVisible();
  await expect(drawer).toContainText('法定退休日期：2025-02-15');
  await drawer.getByLabel('选择证明材料').setInputFiles([
    { name: '书面申请.png', mimeType: 'image/png', buffer: pngBytes(240, 320, 9) },
    { name: '退休审批表.pdf', mimeType: 'application/pdf', buffer: await pdfBytes(['APPENDED-PAGE-ONE', 'APPENDED-PAGE-TWO']) },
  ]);
  const evidence = drawer.getByRole('table', { name: '证明材料' });
  await expect(evidence.getByRole('row')).toHaveCount(2);
  await expect(evidence).toContainText('书面申请.png');
  await expect(evidence).toContainText('退休审批表.pdf');
  // A file that only claims to be a PDF is refused with the reason.
  await drawer.getByLabel('选择证明材料').setInputFiles({ name: '假的.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf at all') });
  await expect(drawer.getByText('“假的.pdf”的内容不是 PDF、JPG 或 PNG 文件')).toBeVisible();
  await expect(evidence.getByRole('row')).toHaveCount(2);

  await drawer.getByRole('button', { name: '批准免考' }).click();
  await expect(drawer.getByText('已批准', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${screenshotDir}/exemptions-approved.png` });
  await page.keyboard.press('Escape');
  await expect(row).toContainText('已批准');
  await page.getByRole('tab', { name: '免考申请' }).click();
  const list = page.getByRole('table', { name: '免考申请' });
  await expect(list.getByRole('row', { name: '周退休' })).toContainText('已批准');
  await expect(list.getByRole('row', { name: '周退休' })).toContainText('2 份');
});

test('maternity leave cannot be approved before its evidence is in', async ({ page }) => {
  await openDesk(page, 'exemptions');
  await chooseUnit(page);
  await page.getByRole('button', { name: '新建免考申请' }).click();
  const modal = page.getByRole('dialog', { name: '新建 2024 年度免考申请' });
  await modal.getByRole('combobox', { name: '学员' }).fill('吴产假');
  await page.getByRole('option', { name: /吴产假/ }).click();
  await modal.getByRole('button', { name: '新建申请' }).click();
  const drawer = page.getByRole('dialog', { name: '免考申请 · 吴产假' });
  await expect(drawer).toContainText('正在休产假');
  await drawer.getByRole('button', { name: '批准免考' }).click();
  await expect(drawer.getByText('须先上传至少一份证明材料（产假审批表、生育证明等），才能批准')).toBeVisible();
  await expect(drawer.getByText('待审批')).toBeVisible();
});

test('print the archive, preview and save it', async ({ page, context }, testInfo) => {
  await openDesk(page, 'exemptions');
  await chooseUnit(page);
  await page.getByRole('tab', { name: '打印存档' }).click();
  await page.getByRole('button', { name: '生成免考存档' }).click();
  const done = page.getByRole('alert').filter({ hasText: '已生成' });
  await expect(done).toContainText('1 人，证明材料 2 份，共 6 页', { timeout: 20_000 });
  await page.screenshot({ path: `${screenshotDir}/exemptions-print.png` });

  const popup = context.waitForEvent('page');
  await done.getByRole('button', { name: '预览' }).click();
  const preview = await popup;
  expect(preview.url()).toMatch(/\/download\/[0-9a-f]{32}\?key=[\w-]{43}&inline=1$/);
  expect(preview.url()).not.toContain(process.env.XUEFA_E2E_TOKEN!);
  const res = await page.request.get(preview.url());
  expect(res.headers()['content-type']).toBe('application/pdf');
  expect(res.headers()['content-disposition']).toMatch(/^inline;/);
  await preview.close();

  const download = page.waitForEvent('download');
  await done.getByRole('button', { name: '保存' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe(`免考存档-2024-${BUREAU}.pdf`);
  const file = path.join(screenshotDir, 'exemptions-archive.pdf');
  await saved.saveAs(file);

  // What a printer would get: the pages rendered to PNG and attached to the report.
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('2024年度学法考法免考人员存档');
  expect(text).toContain('430697********');
  expect(text).not.toContain(ZHOU);
  expect(text).toContain('APPENDED-PAGE-TWO');
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '6', file, path.join(screenshotDir, 'exemptions-archive-page')]);
  for (const png of fs.readdirSync(screenshotDir).filter((f) => f.startsWith('exemptions-archive-page')).sort()) {
    await testInfo.attach(png, { path: path.join(screenshotDir, png), contentType: 'image/png' });
  }
});

test('核验 in 设置 re-hashes the evidence and finds nothing wrong', async ({ page }) => {
  await openDesk(page, 'settings');
  const section = page.getByRole('region', { name: '核验' });
  await section.getByRole('button', { name: '核验' }).click();
  await expect(section.getByRole('alert')).toContainText('核验通过');
  await expect(section).toContainText('数据库完整性检查：正常');
  await section.screenshot({ path: `${screenshotDir}/settings-verify.png` });
});
