import AxeBuilder from '@axe-core/playwright';
import { Page } from '@playwright/test';
import { choose, expect, signIn, test, unique } from './helpers';

test.describe.configure({ mode: 'serial' });

const DIR = 'test-results/screenshots';

// 综合受理窗口 of 市政务服务中心 (demo data): S0001 manages the hall, S0002 leads the unit, S0004 serves at its window A02
// (with S0005, so the pad names who served: two people could have, and the portal never guesses).
const MANAGER = 'S0001';
const LEAD = 'S0002';
const STAFF = 'S0004';
const HALL = '市政务服务中心';
const WINDOW = 'A02';
const PHONE = '13812345678';
/** The pad registered by the first test: the second pushes the rating it appeals with the same key. */
let padKey = '';
const MASKED_PHONE = '138****5678';

/** The id of a window of the demo hall, from the organization tree the signed-in page may read. */
async function windowId(page: Page, code: string): Promise<string> {
  const res = await page.request.get('/api/organization/tree');
  expect(res.ok(), `organization tree: ${res.status()}`).toBe(true);
  type Tree = { halls: { hall: { name: string }; units: { windows: { id: string; code: string }[] }[] }[] };
  const hall = ((await res.json()) as Tree).halls.find((h) => h.hall.name === HALL)!;
  return hall.units.flatMap((u) => u.windows).find((w) => w.code === code)!.id;
}

/** The real-name callback rate KPI of the dashboard (part A's page), read as shown: the rate and "done / due". */
async function callbackKpi(page: Page): Promise<string> {
  await page.goto('/ratings');
  const kpi = page.getByTestId('kpi-callbackRate');
  await expect(kpi).toBeVisible();
  return (await kpi.innerText()).replace(/\s+/g, ' ').trim();
}

test('a real-name bad rating from a window pad is taken, called back with the phone in full for its handler only, rectified and replied to; the callback rate moves; a citizen rates by QR code on a phone', async ({ page, browser, playwright, baseURL }) => {
  const caseNumber = `E2E-${unique()}`;

  // The hall manager registers a rating pad for window A02 on the devices page; its key is shown once.
  await signIn(page, MANAGER);
  await page.goto('/ratings/devices');
  await page.getByTestId('register-rating-device').click();
  await choose(page, 'rating-device-kind', '窗口评价器');
  await choose(page, 'rating-device-hall', HALL);
  await choose(page, 'rating-device-window', new RegExp(`^\\s*${WINDOW}\\b`));
  await page.getByTestId('rating-device-name').fill(`评价器 ${WINDOW} ${caseNumber}`);
  await page.getByTestId('rating-device-save').click();
  const secret = (await page.getByTestId('rating-device-secret').innerText()).trim();
  expect(secret.length).toBeGreaterThan(20);
  padKey = secret;
  await page.screenshot({ path: `${DIR}/ratings-device-key.png` });
  await page.getByTestId('rating-device-secret-saved').click();
  await expect(page.getByTestId('rating-devices-table')).toContainText(`评价器 ${WINDOW} ${caseNumber}`);
  await expect(page.locator('body')).not.toContainText(secret);
  const window = await windowId(page, WINDOW);

  // The dashboard's callback rate before: the new case is owed a callback once it arrives.
  const lead = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await signIn(lead, LEAD);

  // The pad pushes one 非常不满意 rating by S0004, real-name with a phone.
  const pad = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'X-Device-Key': secret } });
  const push = await pad.post('/api/ratings/device/ratings', {
    data: {
      ratings: [{
        eventId: `evt-${caseNumber}`, caseNumber, level: 5, at: new Date().toISOString(), staffNumber: STAFF,
        comment: '等了很久，态度也不好', raterKind: 'Person', raterName: '张三丰', raterPhone: PHONE,
      }],
    },
  });
  expect(push.ok(), `device push: ${push.status()} ${await push.text()}`).toBe(true);
  expect(await push.json()).toMatchObject({ stored: 1, duplicate: 0, refused: 0 });
  await pad.dispose();
  const rateBefore = await callbackKpi(lead);

  // On the workbench (all cases in scope) with its deadlines: the callback due within a working day.
  await lead.goto('/ratings/cases?which=All');
  const row = lead.getByTestId('case-row').filter({ hasText: caseNumber });
  await expect(row).toBeVisible();
  await expect(row.getByTestId('rating-level')).toHaveText('非常不满意');
  await expect(row.getByTestId('callback-due')).toContainText(/\d{4}-\d{2}-\d{2}/);
  await expect(row.getByTestId('callback-due').getByTestId('due-chip')).toHaveAttribute('data-status', /Open|DueToday/);
  await expect(row).toContainText('待接办');
  const axe = await new AxeBuilder({ page: lead }).include('main').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await lead.screenshot({ path: `${DIR}/ratings-workbench.png` });

  // Before taking it, the lead sees the rater masked and why; taking it shows the phone in full with a call link.
  await row.getByTestId('case-link').click();
  await expect(lead.getByTestId('rater-phone')).toHaveText(MASKED_PHONE);
  await expect(lead.getByTestId('rater-name')).toHaveText('张*');
  await expect(lead.getByTestId('masked-why')).toContainText('接办后');
  await lead.getByTestId('take-case').click();
  await expect(lead.getByTestId('case-handler')).not.toContainText('待接办');
  await expect(lead.getByTestId('rater-phone')).toHaveText(PHONE);
  await expect(lead.getByTestId('rater-name')).toHaveText('张三丰');
  await expect(lead.getByTestId('call-rater')).toHaveAttribute('href', `tel:${PHONE}`);
  await expect(lead.getByTestId('masked-why')).toHaveCount(0);

  // Verify: the note is checked as one types (5 characters at least).
  const action = lead.getByTestId('case-action');
  await expect(action).toHaveAttribute('data-step', 'Verifying');
  await lead.getByTestId('case-note').fill('属实');
  await expect(action.getByText('至少 5 个字符')).toBeVisible();
  await lead.getByTestId('case-note').fill('经调取录像核实，窗口人员答复不耐心，属实。');
  await lead.getByTestId('case-submit').click();
  await expect(action).toHaveAttribute('data-step', 'CallingBack');

  // The manager (not the handler) opens the same case: the rater stays masked.
  await page.goto(lead.url().replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByTestId('rater-phone')).toHaveText(MASKED_PHONE);
  await expect(page.getByTestId('masked-why')).toBeVisible();
  await expect(page.getByTestId('call-rater')).toHaveCount(0);

  // The window's staff member sees the rating masked on "my ratings".
  const staff = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await signIn(staff, STAFF);
  await staff.goto('/ratings/my');
  const mine = staff.getByRole('row').filter({ hasText: caseNumber });
  await expect(mine).toBeVisible();
  await expect(mine.getByTestId('rating-rater')).toContainText(MASKED_PHONE);
  await expect(staff.locator('body')).not.toContainText(PHONE);
  await staff.screenshot({ path: `${DIR}/ratings-my-masked.png` });

  // Call back, rectify, reply: the reply gives the citizen's follow-up link once, with a copy button.
  await lead.getByTestId('case-note').fill('已电话回访张先生，致歉并说明改进措施。');
  await lead.getByTestId('case-submit').click();
  await expect(action).toHaveAttribute('data-step', 'Rectifying');
  await expect(lead.getByTestId('callback-due').getByTestId('due-chip')).toHaveAttribute('data-status', 'Done');
  await lead.getByTestId('case-note').fill('对窗口人员开展服务礼仪培训，增设叫号提醒。');
  await lead.getByTestId('case-submit').click();
  await expect(action).toHaveAttribute('data-step', 'Replying');
  await lead.getByTestId('case-note').fill('经核实属实，已对相关人员批评教育并整改，感谢您的监督。');
  await lead.getByTestId('case-submit').click();
  await expect(action).toHaveAttribute('data-step', 'FollowingUp');
  await expect(lead.getByTestId('follow-up-link')).toContainText('/rate/follow-up#');
  await expect(lead.getByTestId('copy-link')).toBeVisible();
  await expect(lead.getByTestId('case-timeline')).toContainText('回访');
  await lead.screenshot({ path: `${DIR}/ratings-case-replied.png`, fullPage: true });

  // The dashboard's real-name callback rate has moved.
  await expect(async () => {
    expect(await callbackKpi(lead)).not.toBe(rateBefore);
  }).toPass({ timeout: 20_000 });
  await lead.screenshot({ path: `${DIR}/ratings-dashboard.png` });

  // A citizen scans the window's QR code on a phone and rates; the page thanks them.
  const phone = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const citizen = await phone.newPage();
  await citizen.goto(`/rate/${window}`);
  await expect(citizen.getByTestId('rate-window')).toContainText(WINDOW);
  await citizen.getByTestId('rate-level-1').click();
  await citizen.getByTestId('rate-case-number').fill(`QR-${caseNumber}`);
  await citizen.getByTestId('rate-submit').click();
  await expect(citizen.getByTestId('rate-thanks')).toBeVisible();
  await citizen.screenshot({ path: `${DIR}/ratings-qr-thanks-phone.png` });
  await phone.close();
});

test('a staff member appeals a mistaken bad rating with evidence; the hall manager reads it, downloads the evidence and approves it with a reason', async ({ page, browser, playwright, baseURL }) => {
  expect(padKey, 'the first test registers the pad').not.toBe('');
  const caseNumber = `E2E-A-${unique()}`;
  const pad = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'X-Device-Key': padKey } });
  const push = await pad.post('/api/ratings/device/ratings', {
    data: { ratings: [{ eventId: `evt-${caseNumber}`, caseNumber, level: 4, at: new Date().toISOString(), staffNumber: STAFF }] },
  });
  expect(push.ok(), `device push: ${push.status()} ${await push.text()}`).toBe(true);
  await pad.dispose();

  // S0004 appeals it (the request dialog is opened from "my ratings"; here the same multipart request goes straight to the API).
  const staff = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await signIn(staff, STAFF);
  const mine = await staff.request.get(`/api/ratings/my/ratings?BadOnly=true&MaxResultCount=100`);
  expect(mine.ok(), `my ratings: ${mine.status()}`).toBe(true);
  const rating = ((await mine.json()) as { items: { id: string; caseNumber: string }[] }).items.find((r) => r.caseNumber === caseNumber)!;
  const xsrf = (await staff.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  const appeal = await staff.request.post('/api/ratings/appeals', {
    headers: { 'X-XSRF-TOKEN': xsrf },
    multipart: {
      ratingId: rating.id, reason: 'Mistaken', statement: '群众办完业务后误按了“不满意”，当场已向其说明。',
      files: { name: '现场照片.png', mimeType: 'image/png', buffer: png },
    },
  });
  expect(appeal.ok(), `appeal: ${appeal.status()} ${await appeal.text()}`).toBe(true);

  // The hall manager finds it among the appeals to decide, opens it, sees the evidence and approves with a reason.
  await signIn(page, MANAGER);
  await page.goto('/ratings/appeals?state=Pending');
  const row = page.getByTestId('appeal-row').filter({ hasText: caseNumber });
  await expect(row.getByTestId('appeal-state')).toHaveText('待裁定');
  await row.getByTestId('appeal-link').click();
  await expect(page.getByTestId('appeal-statement-text')).toContainText('误按');
  const evidence = page.getByTestId('evidence-link');
  await expect(evidence).toHaveText(/现场照片\.png/);
  const download = await page.request.get((await evidence.getAttribute('href'))!);
  expect(download.ok(), `evidence: ${download.status()}`).toBe(true);
  expect(Buffer.compare(await download.body(), png)).toBe(0);
  await page.getByTestId('decision-reason').fill('好');
  await expect(page.getByTestId('appeal-decide')).toContainText('至少 5 个字符');
  await page.getByTestId('decision-reason').fill('经查看现场照片和录像，确属误评，予以剔除。');
  await page.screenshot({ path: `${DIR}/ratings-appeal-decide.png` });
  await page.getByTestId('appeal-approve').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('appeal-decision')).toContainText('该评价已剔除');
  await expect(page.getByTestId('appeal-state')).toHaveText('已通过（评价已剔除）');
});
