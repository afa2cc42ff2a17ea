import { expect, test } from './deskHost';
import { api, freshAddress, openDesk, screenshotDir } from './helpers';

/*
 * What the page does when the address, the host's reply or a screen goes
 * wrong, on a desk that has a unit (so 单位层级 opens, not the welcome page).
 */

test.beforeAll(async ({ request }) => {
  await api(request, 'units.create', { name: '安全测试局', parentId: null });
});

test('the printed address opens the desk once: reloading keeps working, a second tab is told what to do', async ({ page, context }) => {
  const address = await freshAddress(page.request);
  await page.goto(`${address}#/units`);
  await expect(page.getByRole('heading', { name: '单位层级' })).toBeVisible();
  await expect(page).not.toHaveURL(/code=/);
  await page.reload();
  await expect(page.getByRole('heading', { name: '单位层级' })).toBeVisible();

  // The same address again, as from the history or pasted into another tab.
  const second = await context.newPage();
  await second.goto(`${address}#/units`);
  await expect(second.getByRole('heading', { name: '这个地址已经用过了' })).toBeVisible();
  await expect(second.getByText('请回到已经打开的学法考法管理台窗口（浏览器标签页）继续使用。')).toBeVisible();
  await expect(second.getByText(/重新启动，用新显示的地址打开/)).toBeVisible();
  await expect(second.getByRole('navigation', { name: '主导航' })).toHaveCount(0);
  await second.screenshot({ path: `${screenshotDir}/address-used.png` });
  await second.close();

  // The first tab is unaffected.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置', exact: true }).click();
  await expect(page.getByText('无法读取')).toHaveCount(0);
});

test('a screen that fails to render says so in Chinese with 重新加载, and logs the error', async ({ page }) => {
  const logged: string[] = [];
  page.on('console', (m) => m.type() === 'error' && logged.push(m.text()));
  // A reply of the right form but the wrong shape makes the screen throw while rendering.
  await page.route('**/api/units.list', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"ok":true,"value":{}}' }));
  await openDesk(page, 'units');
  const alert = page.getByRole('alert').filter({ hasText: '这个画面出错了' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('已经保存的数据不受影响');
  expect(logged.some((t) => t.includes('"units" failed to render'))).toBe(true);
  // The rest of the window still works.
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav).toBeVisible();
  await page.screenshot({ path: `${screenshotDir}/screen-error.png` });

  await page.unroute('**/api/units.list');
  await alert.getByRole('button', { name: '重新加载' }).click();
  await expect(page.getByRole('heading', { name: '单位层级' })).toBeVisible();
  await expect(page.getByText('这个画面出错了')).toHaveCount(0);
});

test('a reply that is not JSON (a proxy’s 502 page, an empty body) is explained in Chinese, not as a SyntaxError', async ({ page }) => {
  await page.route('**/api/units.list', (route) => route.fulfill({ status: 502, contentType: 'text/html', body: '<html><body><h1>502 Bad Gateway</h1></body></html>' }));
  await openDesk(page, 'units');
  const alert = page.getByRole('alert').filter({ hasText: '无法读取单位层级' });
  await expect(alert).toContainText('后台没有正常回答');
  await expect(page.getByText(/SyntaxError|Unexpected token|JSON/)).toHaveCount(0);

  await page.unroute('**/api/units.list');
  await page.route('**/api/units.list', (route) => route.fulfill({ status: 200, body: '' }));
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: '无法读取单位层级' })).toContainText('后台没有正常回答');
});
