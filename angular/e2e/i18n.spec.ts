import { choose, dialogReady, expect, signIn, test } from './helpers';

test('switching to English and back changes the navigation and error messages without a reload', async ({ page }) => {
  await page.goto('/login');
  await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));
  const form = page.locator('form');

  // A validation message flips with the language.
  await page.getByTestId('login-submit').click();
  await expect(form).toContainText('必填');
  await page.getByTestId('language-switch').click();
  await expect(form).toContainText('Required');
  await expect(page.getByTestId('login-submit')).toHaveText('Sign in');

  // The server's message comes in the UI language.
  await page.getByTestId('login-user').fill('nobody');
  await page.getByTestId('login-password').fill('wrong');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('problem')).toHaveText(/The user name or password is incorrect/);
  await page.getByTestId('language-switch').click();
  await expect(page.getByTestId('login-submit')).toHaveText('登录');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('problem')).toHaveText(/用户名或密码不正确/);

  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);

  // In the shell: the navigation follows the language, no reload.
  await signIn(page, 'admin');
  await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));
  const nav = page.getByTestId('nav');
  await expect(nav).toContainText('人员');
  await page.getByTestId('language-switch').click();
  await expect(nav).toContainText('Staff');
  await expect(nav).toContainText('Administration');
  await expect(nav).not.toContainText('人员');
  // A server error in a dialog comes in English now …
  await nav.getByRole('link', { name: 'Staff', exact: true }).click();
  const duplicate = async () => {
    await page.getByTestId('create-staff').click();
    const dialog = page.getByRole('dialog');
    await dialogReady(dialog, 'staff-number');
    await dialog.getByTestId('staff-number').fill('S0001');
    await dialog.getByTestId('staff-name').fill('重复');
    await choose(page, 'staff-hall', /市政务服务中心/);
    await dialog.getByTestId('dialog-save').click();
    const text = (await dialog.getByTestId('problem').textContent()) ?? '';
    await dialog.getByTestId('dialog-cancel').click();
    return text;
  };
  const english = await duplicate();
  expect(english).toMatch(/S0001/);
  expect(english).toMatch(/[a-z]{4}/);
  await page.getByTestId('language-switch').click();
  await expect(nav).toContainText('人员');
  await expect(nav).not.toContainText('Staff');
  // … and in Chinese after switching back.
  const chinese = await duplicate();
  expect(chinese).toMatch(/S0001/);
  expect(chinese).toMatch(/[\u4e00-\u9fff]/);
  expect(chinese).not.toEqual(english);
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
});
