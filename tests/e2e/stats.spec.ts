import type { Page } from '@playwright/test';
import { expect, test } from './deskHost';
import { idCheckChar } from '../../shared/rules/idNumber';
import { api, openDesk, screenshotDir } from './helpers';

/*
 * 统计 as an admin uses it, on a demo year: a unit (「统计演示局」 with two
 * sub-units) whose people's year is made up by the demo tool, then the
 * dashboard, a drill into a figure, and the exports.
 */
test.describe.configure({ mode: 'serial' });

const id = (seq: number) => {
  const first17 = `430681198${seq % 10}0101${String(100 + seq).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
};

interface Summary {
  total: Record<string, number | null>;
  rows: { name: string; funnel: Record<string, number | null> }[];
}

let top = 0;

test.beforeAll(async ({ request }) => {
  top = (await api<{ id: number }>(request, 'units.create', { name: '统计演示局', parentId: null })).id;
  const subs = [
    (await api<{ id: number }>(request, 'units.create', { name: '统计演示一所', parentId: top })).id,
    (await api<{ id: number }>(request, 'units.create', { name: '统计演示二所', parentId: top })).id,
  ];
  for (let i = 0; i < 60; i++) {
    await api(request, 'staff.create', { input: { idNumber: id(i), name: `统计演示${i}`, unitId: subs[i % 2] }, year: 2024 });
  }
  const made = await api<{ people: number; bookings: number }>(request, 'demo.yearWork', { year: 2024, unitId: top });
  expect(made.people).toBe(60);
  expect(made.bookings).toBeGreaterThan(40);
});

async function chooseUnit(page: Page) {
  await page.getByRole('combobox', { name: '单位（含下级单位）' }).fill('统计演示局');
  await page.getByRole('option', { name: '统计演示局' }).click();
  await expect(page.getByText('2024 年度 · 统计演示局（含下级单位）')).toBeVisible();
}

test('the dashboard shows the demo year’s funnel, rates with their definitions, and a bar per sub-unit', async ({ page }) => {
  await openDesk(page, 'stats');
  await expect(page.getByRole('heading', { name: '统计', exact: true })).toBeVisible();
  await expect(page.getByLabel('统计年度')).toHaveValue('2024');
  await chooseUnit(page);
  const s = await api<Summary>(page.request, 'stats.summary', { year: 2024, unitId: top });
  expect(s.total.takingPart).toBe(60);
  for (const [label, key] of [
    ['参加人数', 'takingPart'],
    ['免考', 'exempt'],
    ['参考', 'sat'],
    ['最终通过', 'passedFinal'],
  ] as const) {
    await expect(page.getByRole('listitem', { name: `${label} ${s.total[key]} 人，查看名单` })).toBeVisible();
  }
  const sitRate = `${(((s.total.sat ?? 0) / (s.total.expected ?? 1)) * 100).toFixed(1)}%`;
  await expect(page.getByLabel('参考率', { exact: true })).toContainText(sitRate);
  await expect(page.getByText('参考率 = 参考 ÷ 应参考')).toBeVisible();
  await expect(page.getByText('通过率 = 最终通过 ÷ 应参考')).toBeVisible();
  const chart = page.getByRole('figure', { name: '各单位参考率和通过率' });
  await expect(chart.getByText('统计演示一所')).toBeVisible();
  await expect(chart.getByText('统计演示二所')).toBeVisible();
  const table = page.getByRole('table', { name: '各单位统计' });
  const rowTotal = s.rows.reduce((n, r) => n + (r.funnel.takingPart ?? 0), 0);
  expect(rowTotal).toBe(60);
  await expect(table.getByRole('row')).toHaveCount(3);
  await page.screenshot({ path: `${screenshotDir}/stats-dashboard.png`, fullPage: true });
});

test('click a figure to open its list; a sub-unit’s number opens that sub-unit’s list', async ({ page }) => {
  await openDesk(page, 'stats');
  await chooseUnit(page);
  const s = await api<Summary>(page.request, 'stats.summary', { year: 2024, unitId: top });
  const passed = s.total.passedFinal!;
  await page.getByRole('listitem', { name: `最终通过 ${passed} 人，查看名单` }).click();
  const drawer = page.getByRole('dialog', { name: '统计演示局 · 最终通过' });
  await expect(drawer.getByText(`共 ${passed} 人`)).toBeVisible();
  await expect(drawer.getByRole('table', { name: '人员名单' }).locator('tbody tr')).toHaveCount(passed);
  await expect(drawer.getByRole('table', { name: '人员名单' })).toContainText('统计演示局/统计演示');
  await page.screenshot({ path: `${screenshotDir}/stats-list.png` });

  const download = page.waitForEvent('download');
  await drawer.getByRole('button', { name: '导出名单到 Excel' }).click();
  expect((await download).suggestedFilename()).toMatch(/^2024年度最终通过名单-统计演示局-.*\.xlsx$/);
  await page.keyboard.press('Escape');

  const first = s.rows.find((r) => r.name === '统计演示一所')!;
  await page.getByRole('button', { name: `统计演示一所 参加人数 ${first.funnel.takingPart} 人` }).click();
  const sub = page.getByRole('dialog', { name: '统计演示一所 · 参加人数' });
  await expect(sub.getByText(`共 ${first.funnel.takingPart} 人`)).toBeVisible();
  await expect(sub.getByRole('table', { name: '人员名单' })).not.toContainText('统计演示局/统计演示二所');
});

test('export the table to Excel', async ({ page }) => {
  await openDesk(page, 'stats');
  await chooseUnit(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出统计表' }).click();
  expect((await download).suggestedFilename()).toMatch(/^2024年度统计-统计演示局-.*\.xlsx$/);
});
