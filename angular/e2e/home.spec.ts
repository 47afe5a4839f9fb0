import { expect, expectAccessible, expectCjkRendered, signIn, test } from './helpers';

const DIR = 'test-results/screenshots';

/**
 * The home page every signed-in person lands on (issue 9). A newcomer without a pre-job certificate is told first that
 * there is no window post before the pre-job course and its exam, and is taken to the course; a hall manager sees
 * the to-dos of their hall with counts and the certificate coverage.
 */
test('a newcomer without a certificate is told what to do first and taken to the pre-job course', async ({ page }) => {
  await signIn(page, 'S0003');
  await expect(page).toHaveURL(/\/home$/);
  const first = page.getByTestId('home-todo').getByTestId('home-item').first();
  await expect(first).toHaveAttribute('data-severity', 'Urgent');
  await expect(first).toHaveAttribute('data-key', /^learning\.preJob(Missing|Lapsed)$/);
  await expect(first).toContainText('岗前培训合格后方可上岗');
  await expect(first).toContainText('窗口工作人员岗前培训');
  await expectCjkRendered(page);
  await page.screenshot({ path: `${DIR}/home-newcomer.png`, fullPage: true });
  await expectAccessible(page, 'home (newcomer)');

  await first.getByTestId('home-item-link').click();
  await expect(page).toHaveURL(/\/my-learning\/courses\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('course-title')).toHaveText('窗口工作人员岗前培训');
});

test('a hall manager sees the to-dos of their hall with counts, and the coverage', async ({ page }) => {
  await signIn(page, 'S0001');
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByTestId('nav').getByRole('link').first()).toHaveText(/首页/);
  const newcomers = page.locator('[data-testid=home-item][data-key="learning.newcomersWithoutPreJob"]');
  await expect(newcomers).toContainText(/\d+ 名新人尚未取得岗前培训合格证/);
  const coverage = page.locator('[data-testid=home-figure][data-key="learning.preJobCoverage"]');
  await expect(coverage.getByTestId('home-figure-value')).toHaveText(/\d+(\.\d)?%/);
  await expect(coverage.getByTestId('bar-chart')).toBeVisible();
  await page.screenshot({ path: `${DIR}/home-manager.png`, fullPage: true });
  await expectAccessible(page, 'home (hall manager)');

  await newcomers.getByTestId('home-item-link').click();
  await expect(page).toHaveURL(/\/learning\/courses\/[0-9a-f-]{36}$/);
});

test('the home page works on a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, 'S0001');
  await expect(page.getByTestId('home-todo')).toContainText('要做的事');
  await expect(page.getByTestId('home-figures').getByTestId('bar-chart')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.screenshot({ path: `${DIR}/home-phone.png`, fullPage: true });
  await expectAccessible(page, 'home (phone)');
  await context.close();
});
