import { expect, signIn, test, unique } from './helpers';

test.describe('administration', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, 'admin');
  });

  test('device key: the secret is shown once, then only its prefix', async ({ page }) => {
    const name = `考勤机-${unique()}`;
    await page.goto('/admin/device-keys');
    await page.getByTestId('device-name').fill(name);
    await page.getByRole('button', { name: '生成密钥' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('只显示这一次');
    const secret = (await dialog.getByTestId('secret').textContent())!.trim();
    expect(secret.length).toBeGreaterThan(20);
    await dialog.getByRole('button', { name: '我已保存' }).click();
    const row = page.getByRole('row').filter({ hasText: name });
    await expect(row).toBeVisible();
    await expect(page.locator('body')).not.toContainText(secret);
    // The key works for a device, then is revoked.
    const who = await page.request.get('/api/device/whoami', { headers: { 'X-Device-Key': secret } });
    expect(who.status()).toBe(200);
    await row.getByRole('button', { name: '吊销' }).click();
    await expect(row).toContainText('已吊销');
  });

  test('settings validate as you type and save', async ({ page }) => {
    await page.goto('/admin/settings');
    const input = page.getByTestId('setting-Organization.Import.MaxRows');
    await input.fill('abc');
    await expect(page.getByText('请输入数字')).toBeVisible();
    await input.fill('0');
    await expect(page.getByText('取值范围 1–100000').first()).toBeVisible();
    await input.fill('6000');
    await input.locator('xpath=ancestor::app-setting-editor').getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('已保存')).toBeVisible();
    const saved = await (await page.request.get('/api/platform/settings')).json();
    expect(saved.find((s: { name: string }) => s.name === 'Organization.Import.MaxRows').value).toBe('6000');
  });

  test('audit log: a failed sign-in with the name tried, sealed in the chain within seconds', async ({ page, playwright, baseURL }) => {
    const tried = `nobody-${unique()}`;
    const stranger = await playwright.request.newContext({ baseURL }); // not signed in: its own cookies
    await stranger.get('/api/account/antiforgery');
    const xsrf = (await stranger.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')!.value;
    const failed = await stranger.post('/api/account/login', {
      data: { userName: tried, password: 'wrong-password' }, headers: { 'X-XSRF-TOKEN': xsrf }, failOnStatusCode: false,
    });
    expect(failed.status()).toBe(401);
    await stranger.dispose();
    await page.goto(`/admin/audit-logs?userName=${tried}`);
    const row = page.getByTestId('audit-table').getByRole('row').filter({ hasText: '/api/account/login' });
    await expect(row).toContainText('未登录');
    await expect(async () => {
      await page.reload();
      await expect(row.getByTestId('audit-sequence')).toHaveText(/^#\d+$/, { timeout: 1000 });
    }).toPass({ timeout: 15000 });
  });

  test('users, roles and the work calendar', async ({ page }) => {
    await page.goto('/admin/users?filter=S000');
    await expect(page.getByRole('row').filter({ hasText: 'S0001' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: /^admin/ })).toHaveCount(0);

    await page.goto('/admin/roles');
    await expect(page.getByRole('checkbox').first()).toBeVisible();
    await expect(page.locator('fieldset').first()).toBeVisible();

    await page.goto('/organization/calendar?year=2026');
    await expect(page.getByTestId('calendar-year')).toHaveText('2026');
    await expect(page.getByText('全年工作日')).toBeVisible();
  });

  test('staff import: template download, errors listed by row', async ({ page }) => {
    await page.goto('/organization/import');
    const template = await page.request.get('/api/organization/staff/import/template');
    expect(template.status()).toBe(200);
    expect(template.headers()['content-type']).toContain('spreadsheetml');
    await page.getByTestId('import-file').setInputFiles('e2e/fixtures/staff-bad-rows.xlsx');
    await page.getByTestId('import-submit').click();
    const problem = page.getByTestId('problem');
    await expect(problem).toContainText('未导入任何数据');
    await expect(problem.getByTestId('problem-rows')).toContainText('NOPE');
    await expect(problem.getByTestId('problem-rows').locator('tbody tr')).toHaveCount(1);
  });

  test('notification inbox with its unread count', async ({ page }) => {
    await page.goto('/notifications');
    await expect(page.getByTestId('inbox')).toBeVisible();
    await expect(page.getByTestId('inbox-link')).toHaveAccessibleName(/消息 \(\d+\)/);
  });
});
