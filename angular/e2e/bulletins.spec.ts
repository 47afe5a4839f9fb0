import { appendFileSync, copyFileSync, readFileSync } from 'node:fs';
import { Page } from '@playwright/test';
import { choose, expect, expectAccessible, expectNoSidewaysScroll, signIn, test } from './helpers';

test.describe.configure({ mode: 'serial' });

const DIR = 'test-results/screenshots';
// Demo data: S0001 manages 市政务服务中心, S0004 works there. etc/test-web.sh starts the host with
// Bulletins:Testing:RowDelayMilliseconds, so the few rows of a hall's bulletin render slowly enough to watch.
const MANAGER = 'S0001';
const STAFF = 'S0004';
const HALL = '市政务服务中心';
const KIND = 'learning.training-completion';
const KIND_NAME = '培训完成情况通报';

interface Listed { id: string; hallName: string | null; periodKind: string; year: number; month: number | null; numberText: string | null }

/** Beijing's calendar year and month now. */
function beijingMonth(): { year: number; month: number } {
  const d = new Date(Date.now() + 8 * 3600_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/** The hall's training bulletins the manager sees (every state), through the API the list page uses. */
async function hallBulletins(page: Page): Promise<Listed[]> {
  const res = await page.request.get(`/api/bulletins?Kind=${KIND}&MaxResultCount=1000`);
  expect(res.ok(), `list bulletins: ${res.status()}`).toBe(true);
  return ((await res.json()) as { items: Listed[] }).items.filter((b) => b.hallName === HALL);
}

/** The latest finished month without a bulletin of the hall yet (last month on a fresh database), so the test can run again. */
function freeMonth(existing: Listed[]): { year: number; month: number } {
  let { year, month } = beijingMonth();
  for (let i = 0; i < 36; i++) {
    month -= 1;
    if (month === 0) { month = 12; year -= 1; }
    if (!existing.some((b) => b.periodKind === 'Month' && b.year === year && b.month === month)) return { year, month };
  }
  throw new Error('no free month in three years');
}

test('a manager generates the training bulletin, watches it render, previews and publishes it; staff of the hall download it, the verification page confirms the file, and shows the withdrawal', async ({ page, browser }) => {
  test.setTimeout(240_000);
  await signIn(page, MANAGER);
  const existing = await hallBulletins(page);
  const period = freeMonth(existing);
  const thisYear = beijingMonth().year;
  // Publishing takes the next number of the hall's series for this kind and the year of issue: 第1期 on a fresh database.
  const expectedNumber = `〔${thisYear}〕第${existing.filter((b) => b.numberText?.startsWith(`〔${thisYear}〕`)).length + 1}期`;

  // Generate now: kind, hall, month, validated as typed (the current month is not over yet).
  await page.goto('/bulletins');
  await expect(page.getByTestId('bulletin-table')).toBeVisible();
  await expectAccessible(page, 'bulletin list');
  await page.getByTestId('bulletin-generate').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await choose(page, 'generate-kind', KIND_NAME);
  await choose(page, 'generate-target', HALL);
  await choose(page, 'generate-period-kind', '月度');
  await choose(page, 'generate-year', String(beijingMonth().year));
  await choose(page, 'generate-month', `${beijingMonth().month}月`);
  await expect(page.getByTestId('generate-period-error')).toContainText('该期间尚未结束');
  await choose(page, 'generate-year', String(period.year));
  await choose(page, 'generate-month', `${period.month}月`);
  await expect(page.getByTestId('generate-period-error')).toHaveCount(0);
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await page.screenshot({ path: `${DIR}/bulletin-generate.png` });
  await page.getByTestId('generate-submit').click();

  // The bulletin's page shows the rows done while the job renders, then the draft.
  await expect(page).toHaveURL(/\/bulletins\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('bulletin-progress-text')).toContainText(/已完成 \d+ \/ \d+ 行/, { timeout: 30_000 });
  await page.screenshot({ path: `${DIR}/bulletin-rendering.png` });
  await expect(page.getByTestId('bulletin-state')).toContainText('草稿', { timeout: 60_000 });
  await expect(page.getByTestId('bulletin-draft-note')).toBeVisible();
  await expect(page.getByTestId('bulletin-number')).toHaveText('发布后取得');

  // The preview: pdf.js draws the first page on a canvas.
  const preview = page.getByTestId('bulletin-preview');
  await expect(preview.locator('[data-testid=pdf-page][data-rendered=true] canvas').first()).toBeVisible({ timeout: 30_000 });
  await expect(preview.getByTestId('pdf-page-count')).toContainText(/第 1 页 共 \d+ 页/);
  await page.screenshot({ path: `${DIR}/bulletin-draft-preview.png` });
  await expectAccessible(page, 'bulletin draft');

  // Publishing asks first, then gives the number.
  await page.getByTestId('bulletin-publish').click();
  await expect(page.getByTestId('confirm-message')).toContainText('不可撤销，只能撤回');
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('bulletin-number')).toHaveText(expectedNumber, { timeout: 60_000 });
  await expect(page.getByTestId('bulletin-state')).toContainText('已发布');
  const code = (await page.getByTestId('bulletin-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expect(preview.locator('[data-testid=pdf-page][data-rendered=true] canvas').first()).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: `${DIR}/bulletin-published.png` });
  const bulletinUrl = page.url();

  // A staff member of the hall finds it in the list and downloads it.
  const staffContext = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
  const staff = await staffContext.newPage();
  await signIn(staff, STAFF);
  await staff.goto('/bulletins');
  await expect(staff.getByTestId('bulletin-generate')).toHaveCount(0);
  await expect(staff.getByTestId('bulletin-state-filter')).toHaveCount(0);
  const row = staff.getByTestId('bulletin-row').filter({ hasText: expectedNumber }).filter({ hasText: HALL });
  await expect(row).toHaveCount(1);
  await row.getByTestId('bulletin-link').click();
  await expect(staff).toHaveURL(bulletinUrl);
  await expect(staff.getByTestId('bulletin-withdraw')).toHaveCount(0);
  const [download] = await Promise.all([staff.waitForEvent('download'), staff.getByTestId('bulletin-download').click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const file = test.info().outputPath('downloaded.pdf');
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The verification page names the document and finds the downloaded file's hash equal; one byte more is not.
  await staff.goto(`/verify/${code}`);
  const result = staff.getByTestId('verify-result');
  await expect(result).toHaveAttribute('data-kind', 'document');
  await expect(result).toHaveAttribute('data-status', 'Published');
  await expect(staff.getByTestId('verify-number')).toHaveText(expectedNumber);
  await expect(staff.getByTestId('verify-kind')).toHaveText(KIND_NAME);
  await staff.getByTestId('verify-file').setInputFiles(file);
  await expect(staff.getByTestId('verify-file-result')).toHaveAttribute('data-match', 'true');
  await expect(staff.getByTestId('verify-file-result')).toContainText('一致');
  await staff.screenshot({ path: `${DIR}/bulletin-verify-match.png`, fullPage: true });
  await expectAccessible(staff, 'verify page with a document');
  const altered = test.info().outputPath('altered.pdf');
  copyFileSync(file, altered);
  appendFileSync(altered, '\n');
  await staff.getByTestId('verify-file').setInputFiles(altered);
  await expect(staff.getByTestId('verify-file-result')).toHaveAttribute('data-match', 'false');
  await expect(staff.getByTestId('verify-file-result')).toContainText('不一致');

  // The manager withdraws it with a reason (five characters at least, said as typed); the verification page says so.
  await page.getByTestId('bulletin-withdraw').click();
  await page.getByTestId('withdraw-reason').fill('数据有误');
  await expect(page.getByTestId('withdraw-reason-short')).toContainText('至少 5 个字');
  await page.getByTestId('withdraw-reason').fill('数据有误，更正后重发');
  await page.getByTestId('withdraw-confirm').click();
  await expect(page.getByTestId('bulletin-state')).toContainText('已撤回');
  await expect(page.getByTestId('bulletin-withdraw-reason')).toHaveText('数据有误，更正后重发');
  await staff.reload();
  await expect(staff.getByTestId('verify-result')).toHaveAttribute('data-status', 'Withdrawn');
  await expect(staff.getByTestId('verify-withdraw-reason')).toHaveText('数据有误，更正后重发');
  await staff.screenshot({ path: `${DIR}/bulletin-verify-withdrawn.png`, fullPage: true });
  await staffContext.close();
});

test('a manager sets a kind’s schedule: a wrong cron is refused, a good one shows its next runs; closed-period kinds are drafted at the close', async ({ page }) => {
  await signIn(page, MANAGER);
  await page.goto('/bulletins/schedules');
  const card = page.getByTestId(`schedule-${KIND}`);
  await expect(page.getByTestId('schedule-attendance.monthly-report').getByTestId('schedule-on-close')).toBeVisible();
  const cron = card.getByTestId('schedule-cron');
  const original = await cron.inputValue();
  await cron.fill('0 8 1 *');
  await expect(card.locator('mat-error')).toContainText('须为 5 段');
  await cron.fill('0 8 32 * *');
  await card.getByTestId('schedule-save').click();
  await expect(card.getByTestId('problem')).toContainText('不是有效的 cron 表达式');
  await cron.fill('30 7 2 * *');
  await card.getByTestId('schedule-save').click();
  await expect(card.getByTestId('schedule-saved')).toBeVisible();
  await expect(card.getByTestId('schedule-next-runs').locator('li').first()).toHaveText(/^\d{4}-\d{2}-02 07:30$/);
  await page.screenshot({ path: `${DIR}/bulletin-schedules.png`, fullPage: true });
  await expectAccessible(page, 'bulletin schedules');
  await cron.fill(original);
  await card.getByTestId('schedule-save').click();
  await expect(card.getByTestId('schedule-saved')).toBeVisible();
});

test('the bulletin list works in English and on a phone', async ({ page }) => {
  await signIn(page, MANAGER);
  await page.getByTestId('language-switch').click();
  await page.goto('/bulletins');
  await expect(page.locator('h1')).toHaveText('Bulletins');
  await expect(page.getByTestId('bulletin-row').first()).toContainText(/Published|Withdrawn|Draft/);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page, 'bulletin list');
  await page.getByTestId('bulletin-row').first().getByTestId('bulletin-link').click();
  await expect(page.getByTestId('bulletin-title')).toBeVisible();
  await expectNoSidewaysScroll(page, 'bulletin page');
  await page.screenshot({ path: `${DIR}/bulletin-phone-en.png`, fullPage: true });
  await page.getByTestId('language-switch').click();
});
