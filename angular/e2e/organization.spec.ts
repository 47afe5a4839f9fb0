import { choose, dialogReady, expect, signIn, test, unique } from './helpers';

test.describe.configure({ mode: 'serial' });

test('admin creates a unit and a staff member, who cannot take a window before the pre-job certificate', async ({ page, browser }) => {
  const id = unique();
  const unitCode = `U${id}`;
  const unitName = `测试窗口单位${id}`;
  const staffNumber = `T${id}`;
  const staffName = `测试员${id}`;

  await signIn(page, 'admin');
  await expect(page.getByTestId('nav')).toContainText('用户');

  // A unit under 市政务服务中心 (SZX).
  await page.goto('/organization/tree');
  const hall = page.locator('[data-hall="SZX"]');
  await expect(hall).toBeVisible();
  const header = hall.locator('mat-expansion-panel-header');
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await hall.getByTestId('create-unit').click();
  const unitDialog = page.getByRole('dialog');
  await unitDialog.getByTestId('unit-code').fill('bad code!');
  await expect(unitDialog).toContainText('只能包含字母、数字'); // validates as you type
  await unitDialog.getByTestId('unit-code').fill(unitCode);
  await unitDialog.getByTestId('unit-name').fill(unitName);
  await unitDialog.getByTestId('dialog-save').click();
  await expect(unitDialog).toBeHidden();
  await expect(page.locator(`[data-unit="${unitCode}"]`)).toContainText(unitName);

  // A staff member in that unit; the one-time password is shown once.
  await page.goto('/organization/staff');
  await page.getByTestId('create-staff').click();
  const staffDialog = page.getByRole('dialog');
  await dialogReady(staffDialog, 'staff-number');
  await staffDialog.getByTestId('staff-number').fill(staffNumber);
  await staffDialog.getByTestId('staff-name').fill(staffName);
  await expect(staffDialog.getByTestId('staff-number')).toHaveValue(staffNumber);
  await expect(staffDialog.getByTestId('staff-name')).toHaveValue(staffName);
  await choose(page, 'staff-hall', '市政务服务中心');
  await choose(page, 'staff-unit', unitName);
  await staffDialog.getByTestId('dialog-save').click();
  const secret = page.getByRole('dialog').filter({ hasText: '只显示这一次' });
  await expect(secret.getByTestId('secret').first()).toHaveText(staffNumber);
  const oneTimePassword = (await secret.getByTestId('secret').nth(1).textContent())!.trim();
  await secret.getByRole('button', { name: '我已保存' }).click();

  // The detail page. A new person cannot take a window yet: the gate asks for the pre-job certificate and the dialog
  // shows the server's reason (the whole path to the certificate is in prejob-gate.spec.ts).
  await expect(page).toHaveURL(/\/organization\/staff\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('staff-title')).toContainText(staffName);
  await expect(page.getByTestId('current-window')).toHaveText('未安排窗口');
  await page.getByTestId('action-assign').click();
  const assign = page.getByRole('dialog');
  await assign.getByTestId('dialog-save').click();
  await expect(assign).toContainText('必填'); // the window is required
  await choose(page, 'assign-window', /^A01 /);
  await assign.getByTestId('dialog-save').click();
  await expect(assign.getByTestId('problem')).toContainText('尚未取得岗前培训合格证');
  await assign.getByRole('button', { name: '取消' }).click();
  await expect(page.getByTestId('current-window')).toHaveText('未安排窗口');

  // Someone already at a window (with an imported certificate): a move dated before the current post is refused
  // with the server's reason, and nothing changes.
  await page.goto('/organization/staff');
  await page.getByTestId('staff-filter').fill('S0005');
  // The filter reaches the URL after a pause: click only then, or that navigation would undo the click's.
  await expect(page).toHaveURL(/filter=S0005/);
  await page.getByTestId('staff-table').getByRole('link', { name: 'S0005' }).click();
  await expect(page.getByTestId('staff-title')).toContainText('S0005');
  const before = (await page.getByTestId('current-window').textContent())!.trim();
  await page.getByTestId('action-move').click();
  const move = page.getByRole('dialog');
  await choose(page, 'assign-window', /^A03 /);
  await move.getByTestId('assign-date').fill('2000-01-01');
  await move.getByTestId('dialog-save').click();
  await expect(move.getByTestId('problem')).toBeVisible();
  await expect(move.getByTestId('problem')).not.toHaveText('');
  await move.getByRole('button', { name: '取消' }).click();
  await expect(page.getByTestId('current-window')).toHaveText(before);

  // The list finds the new person by the filter kept in the URL.
  await page.goto('/organization/staff');
  await page.getByTestId('staff-filter').fill(staffNumber);
  await expect(page).toHaveURL(new RegExp(`filter=${staffNumber}`));
  await expect(page.getByTestId('staff-table').locator('tbody tr')).toHaveCount(1);
  await page.reload();
  await expect(page.getByTestId('staff-filter')).toHaveValue(staffNumber);
  await expect(page.getByTestId('staff-table')).toContainText(staffName);

  // The new person signs in with the one-time password, must change it first, then sees their own record.
  const context = await browser.newContext();
  const own = await context.newPage();
  await own.goto('/login');
  await own.getByTestId('login-user').fill(staffNumber);
  await own.getByTestId('login-password').fill(oneTimePassword);
  await own.getByTestId('login-submit').click();
  await expect(own).toHaveURL(/\/change-password$/);
  await expect(own.getByRole('note')).toContainText('请先设置新密码');
  // Any other page is held back (the API answers 403 Identity:00003 meanwhile).
  expect((await own.request.get('/api/organization/tree')).status()).toBe(403);
  await own.goto('/organization/tree');
  await expect(own).toHaveURL(/\/change-password$/);
  await own.getByLabel('当前密码').fill(oneTimePassword);
  await own.getByLabel('新密码', { exact: true }).fill('Window@2026new');
  await own.getByLabel('确认新密码').fill('Window@2026new');
  await own.getByRole('button', { name: '保存' }).click();
  // The home page first: without a pre-job certificate there is no window post, and it says so.
  await expect(own).toHaveURL(/\/home$/);
  await expect(own.getByTestId('home-item').first()).toContainText('尚未取得岗前培训合格证');
  await own.getByTestId('nav').getByRole('link', { name: '我的档案' }).click();
  await expect(own).toHaveURL(/\/organization\/staff\/[0-9a-f-]{36}$/);
  await expect(own.getByTestId('current-window')).toHaveText('未安排窗口');
  await context.close();
});

test('a window staff member sees only their own pages; an admin URL shows no access', async ({ page }) => {
  await signIn(page, 'S0004');
  // Lands on the home page; their own record is one click away.
  await expect(page).toHaveURL(/\/home$/);
  await page.getByTestId('nav').getByRole('link', { name: '我的档案' }).click();
  await expect(page).toHaveURL(/\/organization\/staff\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('staff-title')).toContainText('S0004');
  const nav = page.getByTestId('nav');
  await expect(nav).toContainText('我的档案');
  await expect(nav).not.toContainText('用户');
  await expect(nav).not.toContainText('人员导入');
  await expect(page.getByTestId('action-assign')).toHaveCount(0);
  await expect(page.getByTestId('action-move')).toHaveCount(0);

  // The list, if typed by hand, holds only their own record (the server filters by scope).
  await page.goto('/organization/staff');
  await expect(page.getByTestId('staff-table').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('staff-table')).toContainText('S0004');

  // An admin page typed by hand: "no access"; the API refuses too.
  await page.goto('/admin/users');
  await expect(page.getByTestId('no-access')).toContainText('无权访问');
  const users = await page.request.get('/api/identity/users');
  expect(users.status()).toBe(403);
  const all = await page.request.get('/api/organization/staff?Filter=S0001');
  const body = await all.json();
  expect(body.items.map((s: { staffNumber: string }) => s.staffNumber)).not.toContain('S0001');
  const someoneElse = await page.request.get('/api/organization/staff/00000000-0000-0000-0000-000000000001');
  expect(someoneElse.status()).toBe(404);

  // Sign out: back to the sign-in page, and the API no longer knows us.
  await page.getByTestId('user-menu').click();
  await expect(page.getByTestId('scope')).toContainText('本人');
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/login/);
  expect((await page.request.get('/api/account/me')).status()).toBe(401);
});

test('a window lead names a backup (B) for a holder (A) of a window of their unit and sees B beside the post', async ({ page }) => {
  // A one-day period of its own on each run, so the test can run twice against one database (periods may not overlap).
  const day = new Date(Date.UTC(2030, 0, 1) + (Math.floor(Date.now() / 1000) % 20000) * 86_400_000).toISOString().slice(0, 10);
  const dayBefore = new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);
  await signIn(page, 'S0002'); // leads 综合受理窗口 of 市政务服务中心
  await page.goto('/organization/tree');
  await page.getByTestId('unit-posts-link').click(); // only the lead's own unit offers it
  await expect(page.getByTestId('unit-posts')).toBeVisible();

  await page.getByTestId('set-backup-A02-S0004').click();
  const dialog = page.getByRole('dialog');
  await choose(page, 'backup-person', /S0007/); // holds A03, so has the pre-job certificate a B needs
  await dialog.getByTestId('backup-from').fill(day);
  await dialog.getByTestId('backup-to').fill(dayBefore);
  await expect(dialog.getByText('结束日期不能早于开始日期')).toBeVisible(); // checked while typing, before saving
  await dialog.getByTestId('backup-to').fill(day);
  await expect(dialog.getByText('结束日期不能早于开始日期')).toHaveCount(0);
  await dialog.getByTestId('dialog-save').click();
  await expect(dialog).toHaveCount(0);

  const shown = page.getByTestId('backups-A02');
  await expect(shown).toContainText(`${day} – ${day}`);
  await expect(shown).toContainText('替');
});
