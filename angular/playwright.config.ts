import { defineConfig } from '@playwright/test';

/** Browser tests against a running host (etc/test-web.sh starts one on a fresh SQLite file with demo data). */
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/playwright',
  // A journey of several people takes up to 30 s here; CI's machine has run the suite 1.6x slower, so the bound
  // leaves room for that and still ends a stuck test.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: process.env['BASE_URL'] ?? 'http://127.0.0.1:5080',
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } }],
});
