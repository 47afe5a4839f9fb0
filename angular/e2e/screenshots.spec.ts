import { expect, expectAccessible, expectCjkRendered, expectNoSidewaysScroll, signIn, test } from './helpers';

const DIR = 'test-results/screenshots';

test('sign-in page: screenshot and axe', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: '政务服务中心培训考核平台' })).toBeVisible();
  await expectCjkRendered(page);
  await page.screenshot({ path: `${DIR}/sign-in.png`, fullPage: true });
  await expectAccessible(page, 'sign-in');
});

test('staff list and staff detail: screenshots and axe', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/organization/staff?sort=staffNumber%20asc');
  await expect(page.getByTestId('staff-table')).toContainText('王伟');
  await expectCjkRendered(page);
  await page.screenshot({ path: `${DIR}/staff-list.png`, fullPage: true });
  await expectAccessible(page, 'staff list');

  await page.getByRole('link', { name: 'S0002' }).click();
  await expect(page.getByTestId('staff-title')).toContainText('S0002');
  await expect(page.getByTestId('history').locator('tbody tr').first()).toBeVisible();
  await page.screenshot({ path: `${DIR}/staff-detail.png`, fullPage: true });
  await expectAccessible(page, 'staff detail');
});

test('read pages work on a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, 'S0001');
  await page.goto('/organization/staff');
  await expect(page.getByTestId('staff-table')).toContainText('S0001');
  await expectNoSidewaysScroll(page, 'staff list');
  await page.screenshot({ path: `${DIR}/staff-list-phone.png`, fullPage: true });
  await expectAccessible(page, 'staff list (phone)');
  await context.close();
});

test('staff pages on a phone: no sideways scrolling, lists as cards', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, 'S0004');
  const pages: { path: string; name: string; ready: () => Promise<void> }[] = [
    { path: '/organization/me', name: 'my-record', ready: () => expect(page.getByTestId('staff-title')).toContainText('S0004') },
    { path: '/my-learning/courses', name: 'my-courses', ready: () => expect(page.getByTestId('my-course').first()).toBeVisible() },
    { path: '/my-learning/exams', name: 'my-exams', ready: () => expect(page.getByTestId('my-exam').first()).toBeVisible() },
    { path: '/my-learning/certificates', name: 'my-certificates', ready: () => expect(page.getByTestId('certificate').first()).toBeVisible() },
    { path: '/notifications', name: 'inbox', ready: () => expect(page.getByRole('heading', { level: 1 })).toBeVisible() },
  ];
  for (const p of pages) {
    await page.goto(p.path);
    await p.ready();
    await expectCjkRendered(page);
    await expectNoSidewaysScroll(page, p.path);
    await page.screenshot({ path: `${DIR}/${p.name}-phone.png`, fullPage: true });
  }
  // My exams: each exam a card, its start button inside the screen. (An exam S0004 has sat already — the contests
  // journey's written round — has no button left, so the first card with one is measured.)
  await page.goto('/my-learning/exams');
  await expect(page.getByTestId('my-exam').first()).toBeVisible();
  const card = page.getByTestId('my-exam').filter({ has: page.getByRole('button') }).first();
  await expect(card).toBeVisible();
  await expect(page.locator('table[data-testid=my-exams]')).toHaveCount(0);
  const box = await card.getByRole('button').first().boundingBox();
  if (box) expect(box.x + box.width).toBeLessThanOrEqual(390);
  await expectAccessible(page, 'my exams (phone)');
  await context.close();
});
