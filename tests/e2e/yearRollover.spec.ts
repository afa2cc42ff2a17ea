import { expect, test } from './deskHost';
import { api, openDesk, screenshotDir } from './helpers';

/*
 * A new year without its 年度规则: with 设置 → 计划日期 moved into 2025 (the
 * desk has only the 2024 preset), 报考 says so in one line and its button
 * opens 设置 → 年度规则 on a 2025 draft copied from 2024, which is saved only
 * when the admin confirms; then 报考 works in 2025. The desk is this file's
 * own (only the 2024 preset), and the test puts the planning date back itself.
 */
test.describe.configure({ mode: 'serial' });

test('报考 in a year without a policy says so, and the policy is created from the prompt', async ({ page, request }) => {
  // A walk over four screens and back: longer than one screen's test.
  test.setTimeout(90_000);
  await openDesk(page, 'settings');
  const policySection = page.getByRole('region', { name: '年度规则' });
  await policySection.getByLabel('计划日期').fill('2025-03-03T09:00');
  await policySection.getByRole('button', { name: '按此日期计划' }).click();
  await expect(page.getByText('报考条件改按 2025-03-03 09:00 判断')).toBeVisible();

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '报考' }).click();
  const notice = page.getByLabel('没有年度规则');
  await expect(notice).toContainText('2025 年还没有年度规则，无法安排考试、导入学分和考试结果。');
  await expect(page.getByRole('tab', { name: '安排考试' })).toHaveCount(0);
  await expect(page.getByLabel('年度', { exact: true })).toHaveValue('2025 年（无年度规则）');
  await page.screenshot({ path: `${screenshotDir}/year-rollover-no-policy.png`, fullPage: true });

  // The other year screens agree on 2025 and say the same.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '统计' }).click();
  await expect(page.getByLabel('没有年度规则')).toContainText('2025 年还没有年度规则，学分达标无法统计。');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '免考管理' }).click();
  await expect(page.getByLabel('没有年度规则')).toContainText('2025 年还没有年度规则');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '报考' }).click();

  await page.getByLabel('没有年度规则').getByRole('link', { name: '从 2024 年复制建立 2025 年度规则' }).click();
  const section = page.getByRole('region', { name: '年度规则' });
  await expect(section.getByText('2025 年度规则（尚未保存）')).toBeVisible();
  await expect(section.getByLabel('分类组考开始')).toHaveValue('2025-09-18');
  await expect(section.getByLabel('补考报名结束')).toHaveValue('2025-11-29');
  await expect(section.getByLabel('免考截止日期')).toHaveValue('2025-12-31');
  // Nothing is saved until the admin confirms.
  expect((await api<{ year: number }[]>(request, 'years.list', {})).map((y) => y.year)).not.toContain(2025);
  await page.screenshot({ path: `${screenshotDir}/year-rollover-draft.png`, fullPage: true });

  await section.getByRole('button', { name: '保存 2025 年度规则' }).click();
  await expect(page.getByText('2025 年度规则已保存')).toBeVisible();
  await expect(section.getByText('2025 年度规则（尚未保存）')).toHaveCount(0);
  expect((await api<{ year: number }[]>(request, 'years.list', {})).map((y) => y.year)).toContain(2025);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '报考' }).click();
  await expect(page.getByRole('tab', { name: '安排考试' })).toBeVisible();
  await expect(page.getByLabel('没有年度规则')).toHaveCount(0);
  await expect(page.getByLabel('年度', { exact: true })).toHaveValue('2025 年');
  await page.screenshot({ path: `${screenshotDir}/year-rollover-created.png`, fullPage: true });

  await openDesk(page, 'settings');
  await page.getByRole('region', { name: '年度规则' }).getByRole('button', { name: '改回按今天' }).click();
  await expect(page.getByText('报考条件改回按今天判断')).toBeVisible();
});
