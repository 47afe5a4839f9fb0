import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, expectNoSidewaysScroll, signIn, test, unique } from './helpers';

test.describe.configure({ mode: 'serial' });

const DIR = 'test-results/screenshots';

// Demo data: S0012 inspects 市政务服务中心 (督查员), S0002 leads its 综合受理窗口 (window A02), S0001 manages the hall
// (reviews the ledger). Every step on a phone-sized screen, as the people who do them would.
const INSPECTOR = 'S0012';
const LEAD = 'S0002';
const MANAGER = 'S0001';
const HALL = '市政务服务中心';
const WINDOW = 'A02';
const LEDGER_KIND = 'supervision.ledger';
const PHONE = { locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

async function phonePage(browser: Browser, userName: string): Promise<Page> {
  const page = await (await browser.newContext(PHONE)).newPage();
  await signIn(page, userName);
  return page;
}

/** A small real JPEG drawn by the browser (a phone camera's kind of file), written where the file input can take it. */
async function jpeg(page: Page, name: string, colour: string): Promise<string> {
  const base64 = await page.evaluate(async (fill) => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 240;
    const g = canvas.getContext('2d')!;
    g.fillStyle = fill;
    g.fillRect(0, 0, 320, 240);
    g.fillStyle = '#ffffff';
    g.fillRect(40, 60, 240, 120);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.8));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text);
  }, colour);
  const file = test.info().outputPath(name);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  expect(readFileSync(file).subarray(0, 3).toString('hex')).toBe('ffd8ff');
  return file;
}

/** Beijing's calendar year and month now: the ledger bulletin of the month the item was sent back in. */
function beijingMonth(): { year: number; month: number } {
  const d = new Date(Date.now() + 8 * 3600_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

test('an inspector records a finding with a photo on a phone; the unit lead reports the rectification with evidence; the reviewer sends it back as 虚假整改; the ledger bulletin names it', async ({ browser }) => {
  test.setTimeout(300_000);
  const tag = unique();
  const marker = `E2E-${tag}`;
  const note = `${marker} 窗口人员离岗未放置暂停服务牌`;
  // Short, so the bulletin's table keeps it on one line; the tag makes it this test's own.
  const reason = `旧照冒充${tag}`;

  // 1. The inspector, on the phone entry: window A02, the window itself, an item of 工作纪律, a photo, a note; saved and sent.
  const inspector = await phonePage(browser, INSPECTOR);
  await inspector.goto('/supervision/record');
  await inspector.getByTestId('window-search').fill(WINDOW);
  await inspector.getByTestId('window-option').filter({ hasText: new RegExp(`^\\s*${WINDOW}\\b`) }).first().click();
  await expect(inspector.getByTestId('picked-window')).toContainText('综合受理窗口');
  await inspector.getByTestId('target').filter({ hasText: '窗口本身' }).click();
  await inspector.getByTestId('category-chip').filter({ hasText: '工作纪律' }).click();
  await inspector.getByTestId('item-chip').first().click();
  await inspector.getByTestId('photo-input').setInputFiles(await jpeg(inspector, 'finding.jpg', '#1e88e5'));
  await inspector.getByTestId('note').fill(note);
  await inspector.screenshot({ path: `${DIR}/supervision-record-phone.png`, fullPage: true });
  await inspector.getByTestId('save').click();
  await expect(inspector.getByTestId('saved-message')).toHaveText('已保存并发送。', { timeout: 30_000 });
  await expectNoSidewaysScroll(inspector, 'the phone entry');

  // 2. The unit lead finds the item on the board (the finding's note is its requirement), on a phone as a card.
  const lead = await phonePage(browser, LEAD);
  await lead.goto('/supervision/ledger');
  await expect(lead.getByTestId('ledger-chips')).toBeVisible();
  // On a phone the filters are folded behind a button.
  await lead.getByTestId('ledger-filters-toggle').click();
  await lead.getByTestId('ledger-text-filter').fill(marker);
  await lead.getByTestId('ledger-text-filter').press('Enter');
  await expect(lead).toHaveURL(/filter=E2E-/);
  const card = lead.getByTestId('ledger-row');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('综合受理窗口');
  await expect(card).toContainText('督查问题');
  await expect(card.getByTestId('ledger-state')).toHaveText('待整改');
  await expect(card.getByTestId('ledger-due')).toHaveAttribute('data-status', 'Open');
  await expect(card.getByTestId('ledger-due')).toContainText(/剩 \d+ 个工作日/);
  await lead.screenshot({ path: `${DIR}/supervision-ledger-board-phone.png`, fullPage: true });
  await expectNoSidewaysScroll(lead, 'the ledger board');
  await expectAccessible(lead, 'the ledger board on a phone');

  // 3. Opens it: the problem and its source, then reports the rectification with an evidence photo and 整改完成.
  await card.getByTestId('ledger-link').click();
  await expect(lead).toHaveURL(/\/supervision\/ledger\/[0-9a-f-]{36}$/);
  const itemUrl = lead.url();
  const title = (await lead.getByTestId('ledger-item-title').innerText()).trim();
  expect(title.length).toBeGreaterThan(0);
  await expect(lead.getByTestId('ledger-item-problem')).toContainText(note);
  await expect(lead.getByTestId('ledger-item-source')).toContainText('督查问题');
  await expect(lead.getByTestId('ledger-review')).toHaveCount(0);
  await lead.getByTestId('ledger-report-note').fill('已对窗口人员进行批评教育，落实离岗放置暂停服务牌制度。');
  await lead.getByTestId('ledger-report-files').setInputFiles(await jpeg(lead, '整改后.jpg', '#43a047'));
  await expect(lead.getByTestId('ledger-report-file-list')).toContainText('整改后.jpg');
  await lead.getByTestId('ledger-report-final').getByRole('switch').click();
  await expect(lead.getByTestId('ledger-report-final').getByRole('switch')).toHaveAttribute('aria-checked', 'true');
  await lead.screenshot({ path: `${DIR}/supervision-ledger-report-phone.png`, fullPage: true });
  await lead.getByTestId('ledger-report-submit').click();
  await expect(lead.getByTestId('ledger-state')).toHaveText('待验收');
  const reported = lead.getByTestId('ledger-progress-entry');
  await expect(reported).toHaveCount(1);
  await expect(reported).toHaveAttribute('data-final', 'true');
  await expect(reported.getByTestId('ledger-evidence-link')).toHaveText(/整改后\.jpg/);
  await expect(lead.getByTestId('ledger-report')).toHaveCount(0);
  await expectAccessible(lead, 'the ledger item on a phone');

  // 4. The hall manager reviews it on a phone: sends it back as 虚假整改 with a reason (checked as typed).
  const manager = await phonePage(browser, MANAGER);
  await manager.goto(itemUrl);
  await expect(manager.getByTestId('ledger-state')).toHaveText('待验收');
  const [evidence] = await Promise.all([manager.waitForEvent('download'), manager.getByTestId('ledger-evidence-link').click()]);
  expect(evidence.suggestedFilename()).toBe('整改后.jpg');
  await manager.getByTestId('ledger-review-sendBack').click();
  await manager.getByTestId('ledger-mark-False').click();
  await manager.getByTestId('ledger-review-reason').fill('旧照');
  await expect(manager.getByTestId('ledger-review-reason-short')).toBeVisible();
  await manager.getByTestId('ledger-review-reason').fill(reason);
  await expect(manager.getByTestId('ledger-review-reason-short')).toHaveCount(0);
  await manager.screenshot({ path: `${DIR}/supervision-ledger-send-back-phone.png`, fullPage: true });
  await manager.getByTestId('ledger-review-submit').click();
  await expect(manager.getByTestId('ledger-state')).toHaveText('已退回');
  await expect(manager.getByTestId('ledger-mark').first()).toHaveText(/虚假整改/);
  const review = manager.getByTestId('ledger-review-entry');
  await expect(review).toHaveAttribute('data-outcome', 'SentBack');
  await expect(review).toContainText(reason);
  await expect(review).toContainText(/新的整改期限 \d{4}-\d{2}-\d{2}/);

  // The lead's board now shows the mark and the item to rectify again.
  await lead.goto(`/supervision/ledger?mark=False&filter=${marker}`);
  await expect(lead.getByTestId('ledger-filters-toggle')).toContainText('已设 2 项');
  await expect(lead.getByTestId('ledger-row')).toHaveCount(1);
  await expect(lead.getByTestId('ledger-row').getByTestId('ledger-mark')).toHaveText(/虚假整改/);
  await expect(lead.getByTestId('ledger-row').getByTestId('ledger-state')).toHaveText('已退回');

  // 5. The ledger bulletin of the hall for this month (generated as the bulletins page does) names the item and its mark.
  const tree = await manager.request.get('/api/organization/tree');
  expect(tree.ok(), `organization tree: ${tree.status()}`).toBe(true);
  const hallId = ((await tree.json()) as { halls: { hall: { id: string; name: string } }[] }).halls.find((h) => h.hall.name === HALL)!.hall.id;
  const { year, month } = beijingMonth();
  const xsrf = (await manager.context().storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')!.value;
  const generated = await manager.request.post('/api/bulletins/generate', {
    data: { kind: LEDGER_KIND, scope: 'Hall', hallId, periodKind: 'Month', year, month }, headers: { 'X-XSRF-TOKEN': xsrf },
  });
  expect(generated.ok(), `generate the ledger bulletin: ${generated.status()} ${await generated.text()}`).toBe(true);
  const id = ((await generated.json()) as { id: string }).id;
  await expect.poll(async () => ((await (await manager.request.get(`/api/bulletins/${id}`)).json()) as { state: string }).state, { timeout: 90_000 })
    .toBe('Draft');
  const pdf = await manager.request.get(`/api/bulletins/${id}/pdf?download=true`);
  expect(pdf.ok(), `bulletin PDF: ${pdf.status()}`).toBe(true);
  const file = test.info().outputPath('ledger-bulletin.pdf');
  writeFileSync(file, await pdf.body());
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(text).toContain(`关于${year}年${month}月问题整改情况的通报`);
  expect(text).toContain('二、虚假整改的问题');
  expect(text).toContain('虚假整改');
  expect(text).toContain(reason);
  // A long item name may wrap in its table cell: its characters in order, whatever line breaks the table put in.
  expect(text.replace(/\s+/g, '')).toContain(title.replace(/\s+/g, ''));
  expect(text).toContain('综合受理窗口');
  await manager.goto(`/bulletins/${id}`);
  await expect(manager.getByTestId('bulletin-state')).toContainText('草稿');
  await manager.screenshot({ path: `${DIR}/supervision-ledger-bulletin.png` });
});
