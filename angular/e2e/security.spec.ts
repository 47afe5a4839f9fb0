import { test as unguarded } from '@playwright/test';
import { CSP_VIOLATION, expect, signIn, test } from './helpers';

test('the web app is served with its Content-Security-Policy and other security headers', async ({ page }) => {
  const response = await page.goto('/login');
  const headers = response!.headers();

  expect(headers['content-security-policy']).toContain("script-src 'self';");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  await signIn(page, 'admin'); // and the guard sees no CSP report on the way
});

// The known-bad case for the guard in helpers.ts: this test uses Playwright's own `test`, injects an inline script,
// and sees the browser refuse it with a console message the guard recognises.
unguarded('an inline script is refused, and the refusal is the console message the guard fails on', async ({ page }) => {
  const reports: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') reports.push(m.text());
  });
  await page.goto('/login');

  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });

  expect(ran).toBe(false);
  await expect.poll(() => reports.some((r) => CSP_VIOLATION.test(r))).toBe(true);
});
