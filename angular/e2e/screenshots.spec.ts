import AxeBuilder from '@axe-core/playwright';
import { Page, expect, test } from '@playwright/test';
import { signIn } from './helpers';

const DIR = 'test-results/screenshots';

/** No serious or critical axe violations (WCAG 2.1 A/AA rules). */
async function expectAccessible(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, `axe on ${name}`).toEqual([]);
}

/** Chinese glyphs really rendered: the text's width with the page font differs from the width of a missing-glyph box. */
async function expectCjkRendered(page: Page): Promise<void> {
  const ok = await page.evaluate(async () => {
    await document.fonts.ready;
    const font = getComputedStyle(document.body).fontFamily;
    return document.fonts.check(`16px ${font}`, '政务服务中心');
  });
  expect(ok).toBe(true);
}

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
