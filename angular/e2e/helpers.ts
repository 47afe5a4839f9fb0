import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, Locator, Page, request, test as base, expect } from '@playwright/test';

/** Chromium's console text for a refused script, style, font, fetch … ("… violates the following Content Security Policy directive …"). */
export const CSP_VIOLATION = /Content Security Policy/i;

/**
 * Every spec's `test`: as Playwright's, and it fails a test in which any page — of the test's own context or of a
 * context the test opens with `browser.newContext()` — logs a Content-Security-Policy violation to the console.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context, browser }, use) => {
      const seen: string[] = [];
      const watch = (c: BrowserContext) =>
        c.on('console', (m) => {
          if (m.type() === 'error' && CSP_VIOLATION.test(m.text())) seen.push(`${m.location().url || m.page()?.url()}: ${m.text()}`);
        });
      watch(context);
      const newContext = browser.newContext.bind(browser);
      const patched: Browser['newContext'] = async (options) => {
        const c = await newContext(options);
        watch(c);
        return c;
      };
      browser.newContext = patched;
      try {
        await use(seen);
      } finally {
        browser.newContext = newContext;
      }
      expect(seen, 'Content-Security-Policy violations reported in the console').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const PASSWORD = 'Demo@2026';
/** The demo administrator's: an administrator's password needs 12 characters. */
export const ADMIN_PASSWORD = 'Demo@2026-admin';

export async function signIn(page: Page, userName: string, password = userName === 'admin' ? ADMIN_PASSWORD : PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-user').fill(userName);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Picks an option of a mat-select by its visible text. */
export async function choose(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** The minimum reading time of a lesson in the browser journeys (the product's default is 60 s). */
export const READING_SECONDS = 5;

/**
 * Sets the minimum reading time per lesson (setting Learning.Lessons.MinimumReadingSeconds) to {@link READING_SECONDS}, as an
 * administrator would on the settings page, so a journey reading lessons waits seconds, not minutes.
 */
export async function useShortReadingTime(baseURL: string): Promise<void> {
  const api = await request.newContext({ baseURL });
  await api.get('/api/account/antiforgery');
  const token = async () => (await api.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const login = await api.post('/api/account/login', { data: { userName: 'admin', password: ADMIN_PASSWORD }, headers: { 'X-XSRF-TOKEN': await token() } });
  expect(login.ok(), `admin sign-in: ${login.status()}`).toBe(true);
  const res = await api.put('/api/platform/settings/Learning.Lessons.MinimumReadingSeconds', {
    data: { value: String(READING_SECONDS), hallId: null }, headers: { 'X-XSRF-TOKEN': await token() },
  });
  expect(res.ok(), `setting the reading time: ${res.status()} ${await res.text()}`).toBe(true);
  await api.dispose();
}

/**
 * Reads the lesson shown: "mark as done" stays disabled with a countdown until the minimum reading time has passed on the
 * server's clock, then it is clicked.
 */
export async function readLesson(page: Page): Promise<void> {
  const complete = page.getByTestId('complete-lesson');
  await expect(complete).toBeEnabled({ timeout: (READING_SECONDS + 10) * 1000 });
  await expect(page.getByTestId('keep-reading')).toHaveCount(0);
  await complete.click();
  await expect(page.getByTestId('lesson-done')).toBeVisible();
}

/** A short unique suffix so tests can run twice against one database. */
export function unique(): string {
  return Date.now().toString(36).slice(-5).toUpperCase();
}

/**
 * A Material dialog moves focus to its first field when its opening animation ends; text typed before that can land
 * in the wrong field on a busy machine. Wait for that focus before typing.
 */
export async function dialogReady(dialog: Locator, firstFieldTestId: string): Promise<void> {
  await expect(dialog.getByTestId(firstFieldTestId)).toBeFocused();
}

/** No serious or critical axe violations (WCAG 2.1 A/AA rules). */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, `axe on ${name}`).toEqual([]);
}

/** On a phone, the page does not scroll sideways: nothing is wider than the screen (wide content scrolls in its own box). */
export async function expectNoSidewaysScroll(page: Page, name: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
  // With mobile emulation a too-wide page can widen the layout viewport itself (innerWidth grows): compare with the screen too.
  const screen = page.viewportSize()?.width ?? innerWidth;
  expect(scrollWidth, `${name}: the page scrolls sideways on a ${screen} px screen`).toBeLessThanOrEqual(Math.min(innerWidth, screen));
}

/** Chinese glyphs really rendered: the text's width with the page font differs from the width of a missing-glyph box. */
export async function expectCjkRendered(page: Page): Promise<void> {
  const ok = await page.evaluate(async () => {
    await document.fonts.ready;
    const font = getComputedStyle(document.body).fontFamily;
    return document.fonts.check(`16px ${font}`, '政务服务中心');
  });
  expect(ok).toBe(true);
}
