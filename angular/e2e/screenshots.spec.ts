import { expect, test } from '@playwright/test';
import { expectAccessible, expectCjkRendered, signIn } from './helpers';

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
  // No horizontal scrolling of the page itself.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.screenshot({ path: `${DIR}/staff-list-phone.png`, fullPage: true });
  await expectAccessible(page, 'staff list (phone)');
  await context.close();
});
