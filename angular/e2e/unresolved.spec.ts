import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { APIRequestContext, Browser, Page } from '@playwright/test';
import { choose, expect, expectAccessible, expectNoSidewaysScroll, signIn, test, unique } from './helpers';

test.describe.configure({ mode: 'serial' });

const DIR = 'test-results/screenshots';

// Demo data: S0004 works a window of 市政务服务中心 (records at the 办不成事 window, on a phone), S0013 is its hall guide
// 巡导员, S0001 manages it (效能督查科), and `liaison` is the liaison 联络员 of 市住房和城乡建设局 — a department not
// stationed in the hall, so a matter of theirs is transferred to them and they see the complainant to call them.
const DESK = 'S0004';
const GUIDE = 'S0013';
const MANAGER = 'S0001';
const LIAISON = 'liaison';
const HALL = '市政务服务中心';
const RECEIVER = '市住房和城乡建设局';
/** The transfer slip's note (seed 003, annex 3), printed on every 转办单. */
const CONFIDENTIALITY = '注：任何人不得将举报人的姓名及其联系方式泄漏给被举报单位，违者后果自负。';
const PHONE_SCREEN = { locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

async function signedIn(browser: Browser, userName: string, phone = false): Promise<Page> {
  const page = await (await browser.newContext(phone ? PHONE_SCREEN : { locale: 'zh-CN' })).newPage();
  await signIn(page, userName);
  return page;
}

/** A PDF of the API as text (pdftotext, UTF-8), saved beside the test's output. */
async function pdfText(request: APIRequestContext, url: string, name: string): Promise<string> {
  const res = await request.get(url);
  expect(res.ok(), `${url}: ${res.status()}`).toBe(true);
  expect(res.headers()['content-type']).toContain('application/pdf');
  const file = test.info().outputPath(name);
  writeFileSync(file, await res.body());
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

interface CaseDetail {
  case: { id: string; number: string; state: string; complainantContact: string; complainantHidden: boolean };
  transfers: { id: string; receiverName: string }[];
}

test('a case taken at the window is classified 未进驻 and transferred; the department\u2019s liaison answers seeing the complainant; an unsatisfied follow-up goes to 效能督查科; the slip carries the confidentiality note', async ({ browser }) => {
  test.setTimeout(240_000);
  const tag = unique();
  const matter = `房屋交易网签备案 ${tag}`;
  const name = `诉求人${tag}`;
  // A unique mobile: 139 and eight digits of the clock.
  const phone = `139${String(Date.now()).slice(-8)}`;

  // 1. At the 办不成事 window, on a phone: who, the number checked as typed, the matter (not stationed in the hall), what could not be done.
  const desk = await signedIn(browser, DESK, true);
  await desk.goto('/unresolved/intake');
  // The recorder's own hall is taken for them.
  await expect(desk.getByTestId('intake-hall')).toContainText(HALL);
  await desk.getByTestId('intake-name').fill(name);
  await desk.getByTestId('intake-phone').fill('1391234');
  await expect(desk.getByTestId('intake-phone-error')).toBeVisible();
  await desk.getByTestId('intake-phone').fill(phone);
  await expect(desk.getByTestId('intake-phone-error')).toHaveCount(0);
  await desk.getByTestId('intake-matter').fill(matter);
  await desk.getByTestId('intake-description').fill('二手房网签备案须到住建部门办理，中心没有窗口受理，群众来回跑了两次。');
  await expectNoSidewaysScroll(desk, 'the intake form');
  await expectAccessible(desk, 'the intake form on a phone');
  await desk.screenshot({ path: `${DIR}/unresolved-intake-phone.png`, fullPage: true });
  await desk.getByTestId('intake-save').click();
  await expect(desk.getByTestId('intake-saved')).toBeVisible({ timeout: 20_000 });
  const number = (await desk.getByTestId('intake-number').innerText()).trim();
  // The seed's style: the year, the hall's code, a three-digit serial.
  expect(number).toMatch(/^\d{4}[A-Z0-9]+\d{3}$/);
  await expect(desk.getByTestId('intake-guide')).toBeVisible();

  // 2. The guide's workbench: today's case; classified 未进驻情形, then transferred to the department.
  const guide = await signedIn(browser, GUIDE);
  await guide.goto('/unresolved/workbench');
  const card = guide.getByTestId('workbench-case').and(guide.locator(`[data-number="${number}"]`));
  await expect(card).toBeVisible();
  await expectAccessible(guide, 'the guide\u2019s workbench');
  await guide.screenshot({ path: `${DIR}/unresolved-workbench.png`, fullPage: true });
  await card.getByTestId('workbench-action-classify').click();
  const classify = guide.getByRole('dialog');
  await choose(guide, 'action-category', '未进驻情形');
  await classify.getByTestId('action-save').click();
  await expect(classify).toHaveCount(0);
  await expect(card.getByTestId('workbench-action-transfer')).toBeVisible();
  await card.getByTestId('workbench-action-transfer').click();
  const transfer = guide.getByRole('dialog');
  await choose(guide, 'action-receiver', new RegExp(RECEIVER));
  await transfer.getByTestId('action-text').fill('请主动联系诉求人，协调网签备案。');
  await transfer.getByTestId('action-save').click();
  await expect(transfer).toHaveCount(0);
  await card.getByTestId('workbench-case-link').click();
  await expect(guide).toHaveURL(/\/unresolved\/cases\/[0-9a-f-]{36}$/);
  const caseUrl = guide.url();
  const caseId = caseUrl.split('/').at(-1)!;
  await expect(guide.getByTestId('case-state')).toHaveText('已转办');
  await expect(guide.getByTestId('case-category')).toHaveText('未进驻情形');
  await expect(guide.getByTestId('case-step').filter({ hasText: '转办' }).first()).toContainText(RECEIVER);
  await expect(guide.getByTestId('case-deadline').and(guide.locator('[data-kind="ReceiverAnswer"]'))).toContainText(RECEIVER);
  await expectAccessible(guide, 'the case page');
  await guide.screenshot({ path: `${DIR}/unresolved-case-transferred.png`, fullPage: true });

  // 3. The department's liaison: the transfer in the inbox with the complainant's name and phone (to call them); answered with a file.
  const liaison = await signedIn(browser, LIAISON);
  await liaison.goto('/unresolved/transfers');
  const item = liaison.getByTestId('inbox-item').and(liaison.locator(`[data-number="${number}"]`));
  await expect(item).toBeVisible();
  await expect(item.getByTestId('inbox-complainant-name')).toHaveText(name);
  await expect(item.getByTestId('inbox-complainant-contact')).toHaveText(phone);
  await item.getByTestId('inbox-open-item').click();
  await expect(item.getByTestId('inbox-description')).toContainText('二手房网签备案');
  await item.getByTestId('inbox-answer-text').fill('已电话联系诉求人，约定明日到住建局不动产交易窗口办理网签备案。');
  await item.getByTestId('inbox-answer-files').setInputFiles({
    name: '处理情况.pdf', mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
  });
  await expectAccessible(liaison, 'the liaison inbox');
  await liaison.screenshot({ path: `${DIR}/unresolved-liaison-inbox.png`, fullPage: true });
  await item.getByTestId('inbox-answer-send').click();
  await expect(item.getByTestId('inbox-answer')).toContainText('已电话联系诉求人');
  await expect(item.getByTestId('inbox-attachment')).toHaveText(/处理情况\.pdf/);
  // The liaison's own slip carries the note too.
  const answered = await liaison.request.get(`/api/unresolved/transfers?Answered=true&Filter=${encodeURIComponent(number)}`);
  expect(answered.ok(), `the liaison's transfers: ${answered.status()}`).toBe(true);
  const transferId = ((await answered.json()) as { items: { id: string; caseNumber: string }[] }).items.find((t) => t.caseNumber === number)!.id;
  const liaisonSlip = await pdfText(liaison.request, `/api/unresolved/transfers/${transferId}/slip`, 'liaison-slip.pdf');
  expect(liaisonSlip.replace(/\s+/g, '')).toContain(CONFIDENTIALITY);

  // 4. The guide records the follow-up call as unsatisfied: the case goes to 效能督查科 with its 2-day deadline.
  await guide.goto(caseUrl);
  await expect(guide.getByTestId('case-state')).toHaveText('已答复');
  await guide.getByTestId('case-action-followUp').click();
  const followUp = guide.getByRole('dialog');
  await followUp.getByTestId('action-satisfied').getByText('不满意', { exact: true }).click();
  await followUp.getByTestId('action-text').fill('诉求人对答复不满意：仍需往返住建局。');
  await followUp.getByTestId('action-save').click();
  await expect(followUp).toHaveCount(0);
  await expect(guide.getByTestId('case-state')).toHaveText('效能督查科处理中');
  await expect(guide.getByTestId('case-step').and(guide.locator('[data-kind="Escalated"]'))).toBeVisible();
  await expect(guide.getByTestId('case-deadline').and(guide.locator('[data-kind="EscalationAnswer"]'))).toContainText('效能督查科');

  // 5. 效能督查科 (the hall manager) finds it among the escalated cases, with the answer to give.
  const manager = await signedIn(browser, MANAGER);
  await manager.goto('/unresolved/cases?states=Escalated');
  await expect(manager.getByTestId('case-row').filter({ hasText: number })).toBeVisible();
  await manager.getByTestId('case-row').filter({ hasText: number }).getByTestId('case-link').click();
  await expect(manager.getByTestId('case-action-escalationAnswer')).toBeVisible();

  // 6. The transfer slip 转办单 as printed in the hall: the confidentiality note, exactly (pdftotext; the line may wrap).
  const detail = (await (await guide.request.get(`/api/unresolved/cases/${caseId}`)).json()) as CaseDetail;
  expect(detail.case.number).toBe(number);
  const slip = await pdfText(guide.request, `/api/unresolved/cases/${caseId}/transfers/${detail.transfers[0].id}/slip`, 'transfer-slip.pdf');
  expect(slip.replace(/\s+/g, '')).toContain(CONFIDENTIALITY);
  expect(slip).toContain(number);
  expect(slip).toContain(RECEIVER);
});
