import { readFileSync } from 'node:fs';
import { APIRequestContext, Browser, Locator, Page, request } from '@playwright/test';
import { ADMIN_PASSWORD, PASSWORD, expect, expectAccessible, expectCjkRendered, signIn, test, unique } from './helpers';

const DIR = 'test-results/screenshots';
/** Two entrants of different units of 市政务服务中心: S0004 (综合受理窗口) and S0020 (市场监管窗口). */
const FIRST = 'S0004', SECOND = 'S0020';
/**
 * Five judges, each with points 60 … 100 in total: S0005 shares 综合受理窗口 with the first entrant, so the first gets the
 * plain mean of the other four, (70 + 80 + 90 + 100) / 4 = 85; the second the trimmed mean of five, (70 + 80 + 90) / 3 = 80.
 */
const JUDGES: { user: string; points: [number, number] }[] = [
  { user: 'S0005', points: [30, 30] }, { user: 'S0032', points: [35, 35] }, { user: 'S0044', points: [40, 40] },
  { user: 'S0056', points: [45, 45] }, { user: 'S0068', points: [50, 50] },
];

test.describe.configure({ mode: 'serial' });
// A step that cannot happen fails soon with what it waited for, not when the journey's time is up: a click or a fill
// waits at most this long for its element (far more than any step here needs).
test.use({ actionTimeout: 20_000 });

/** An API client signed in as someone, echoing the XSRF-TOKEN cookie as the web app does. */
async function apiAs(baseURL: string, userName: string) {
  const api: APIRequestContext = await request.newContext({ baseURL });
  await api.get('/api/account/antiforgery');
  const token = async () => (await api.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const send = async <T>(method: 'post' | 'put', url: string, data: unknown): Promise<T> => {
    const res = await api[method](url, { data, headers: { 'X-XSRF-TOKEN': await token() } });
    expect(res.ok(), `${method.toUpperCase()} ${url}: ${res.status()} ${await res.text()}`).toBe(true);
    return (await res.json()) as T;
  };
  const get = async <T>(url: string): Promise<T> => {
    const res = await api.get(url);
    expect(res.ok(), `GET ${url}: ${res.status()}`).toBe(true);
    return (await res.json()) as T;
  };
  await send('post', '/api/account/login', { userName, password: userName === 'admin' ? ADMIN_PASSWORD : PASSWORD });
  return { api, get, post: <T>(url: string, data: unknown) => send<T>('post', url, data), put: <T>(url: string, data: unknown) => send<T>('put', url, data) };
}

/**
 * As the administrator: the judges get the seeded role 评委 (Judge), and the written round's exam is made on Learning's
 * side, owned by the city like the contest (two single-choice questions of 10 points, open for three hours).
 */
async function prepare(baseURL: string, id: string): Promise<string> {
  const admin = await apiAs(baseURL, 'admin');
  for (const j of JUDGES) {
    const users = await admin.get<{ items: { id: string; userName: string; displayName: string; roles: string[]; isActive: boolean }[] }>(`/api/identity/users?Filter=${j.user}`);
    const u = users.items.find((x) => x.userName === j.user)!;
    if (!u.roles.includes('Judge')) await admin.put(`/api/identity/users/${u.id}`, { displayName: u.displayName, roles: [...u.roles, 'Judge'], isActive: u.isActive });
  }
  const category = await admin.post<{ id: string }>('/api/learning/question-categories', { name: `大赛笔试${id}` });
  const q = (n: string, stem: string) => admin.post<{ id: string }>('/api/learning/questions', {
    code: `K${id}${n}`, categoryId: category.id, type: 'SingleChoice', difficulty: 'Easy', stem, answer: 'A', explanation: stem, tags: [],
    options: [{ key: 'A', text: '一次性告知' }, { key: 'B', text: '多次告知' }],
  });
  const questions = [await q('1', '群众咨询所需材料时应当：'), await q('2', '补正材料应当：')];
  const now = Date.now();
  const title = `窗口技能大赛笔试${id}`;
  await admin.post('/api/learning/exams', {
    title, courseId: null, isPreJob: false, paperMode: 'Fixed', questionIds: questions.map((x) => x.id), pointsPerQuestion: 10, rules: null,
    timeLimitMinutes: 30, opensAt: new Date(now - 60_000).toISOString(), closesAt: new Date(now + 3 * 3600_000).toISOString(), maxAttempts: 1,
    passPercent: 60, gradingPolicy: 'Highest', shuffleQuestions: false, shuffleOptions: false,
  });
  await admin.api.dispose();
  return title;
}

/**
 * Opens a select and returns its own list (the list of a select or a search just chosen from may still be fading out,
 * with options of the same names). A Material select without options does not open, so a click before they come from
 * the server (the exams, the contest's judges) does nothing: click until it is open, as one would.
 */
async function openSelect(page: Page, testId: string): Promise<Locator> {
  const select = page.getByTestId(testId);
  await expect(async () => {
    if ((await select.getAttribute('aria-expanded')) !== 'true') await select.click();
    await expect(select).toHaveAttribute('aria-expanded', 'true', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  return page.locator(`[id="${await select.getAttribute('aria-controls')}"]`);
}

/** "2026-05-01T09:00" in Beijing time, as the form's datetime-local fields take it. */
function beijing(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 16);
}

async function as(browser: Browser, user: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

async function takeWrittenRound(browser: Browser, user: string, contestUrl: string, exam: string, answers: ('A' | 'B')[]): Promise<void> {
  const page = await as(browser, user);
  await page.goto(contestUrl);
  await page.getByTestId('go-to-exam').click();
  const row = page.locator(`[data-exam="${exam}"]`);
  await row.getByTestId('exam-start').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page).toHaveURL(/\/my-learning\/attempts\//);
  await page.getByTestId('question-1').getByRole('radio', { name: new RegExp(`^${answers[0]}\\.`) }).check();
  await page.getByTestId('next-question').click();
  await page.getByTestId('question-2').getByRole('radio', { name: new RegExp(`^${answers[1]}\\.`) }).check();
  await expect(page.getByTestId('save-status')).toContainText(/已保存/);
  await page.getByTestId('submit').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('attempt-score')).toBeVisible();
  await page.context().close();
}

test('a skill contest: announced with a written and a judged round, entered, sat, judged with a recusal, ranked by the rule, published and certified', async ({ page, browser, baseURL }) => {
  // Nine people's browsers: about a minute here; the bound leaves room for a machine twice as slow.
  test.setTimeout(180_000);
  const id = unique();
  const exam = await prepare(baseURL!, id);
  const title = `窗口技能大赛${id}`;

  // The organiser (the administrator, for the city) drafts the contest in the console; the form checks as one types.
  await signIn(page, 'admin');
  await page.goto('/contests');
  await page.getByTestId('contest-new').click();
  await page.getByTestId('contest-title-input').fill(title);
  await page.getByTestId('contest-description-input').fill('以赛代训：窗口服务规范笔试与实操，全市窗口人员均可报名。');
  await page.getByTestId('contest-opens-at').fill(beijing(Date.now() + 3600_000));
  await page.getByTestId('contest-closes-at').fill(beijing(Date.now()));
  await expect(page.getByTestId('contest-window-error')).toContainText('报名截止须晚于报名开始');
  await expect(page.getByTestId('contest-save')).toBeDisabled();
  await page.getByTestId('contest-opens-at').fill(beijing(Date.now() - 120_000));
  await page.getByTestId('contest-closes-at').fill(beijing(Date.now() + 3600_000));
  await expect(page.getByTestId('contest-window-error')).toHaveCount(0);
  await page.getByTestId('tier-First').getByRole('checkbox').check();
  await page.getByTestId('tier-Second').getByRole('checkbox').check();
  await page.getByTestId('contest-save').click();
  await expect(page).toHaveURL(/\/contests\/[0-9a-f-]{36}\/console$/);
  const contestUrl = page.url().replace(/\/console$/, '');

  // Judges and the chief judge.
  await page.getByRole('tab', { name: '组织者与评委' }).click();
  for (const j of JUDGES) {
    await page.getByTestId('judge-picker').fill(j.user);
    await page.getByRole('option', { name: new RegExp(j.user) }).first().click();
  }
  await expect(page.getByTestId('judge-chip')).toHaveCount(5);
  await (await openSelect(page, 'chief-judge')).getByRole('option', { name: new RegExp(JUDGES[4].user) }).click();
  await page.getByTestId('staff-save').click();

  // Rounds: the written round (the exam, weight 40) and the practical round (two criteria of 50, weight 60, all five judges).
  // Straight on to the rounds, as an organiser would: the console keeps the people's save even though its tab is gone.
  await page.getByRole('tab', { name: '赛程与评分项' }).click();
  await page.getByTestId('round-add').click();
  await (await openSelect(page, 'round-kind-0')).getByRole('option', { name: '笔试' }).click();
  await page.getByTestId('round-title-0').fill('理论笔试');
  await page.getByTestId('round-weight-0').fill('40');
  await (await openSelect(page, 'round-exam-0')).getByRole('option', { name: exam }).click();
  await page.getByTestId('round-add').click();
  await page.getByTestId('round-title-1').fill('窗口实操');
  await page.getByTestId('round-weight-1').fill('60');
  await expect(page.getByTestId('round-1')).toContainText('评分轮至少要有一个评分项');
  for (const [j, name] of ['服务规范', '办理效率'].entries()) {
    await page.getByTestId('criterion-add-1').click();
    await page.getByTestId(`criterion-name-1-${j}`).fill(name);
    await page.getByTestId(`criterion-max-1-${j}`).fill('50');
  }
  const judges = await openSelect(page, 'round-judges-1');
  await expect(judges.getByRole('option'), 'the judges saved on the people tab are the ones offered').toHaveCount(JUDGES.length);
  for (const j of JUDGES) await judges.getByRole('option', { name: new RegExp(j.user) }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('round-1')).toContainText('占总成绩 60%');
  await page.getByTestId('rounds-save').click();
  // Saved: the contest now has its rounds, so it may be announced.
  await expect(page.getByTestId('contest-announce')).toBeEnabled();
  await expect(page.getByTestId('problem')).toHaveCount(0);

  await page.getByTestId('contest-announce').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('console-state')).toContainText('报名中');
  await page.screenshot({ path: `${DIR}/contest-console.png`, fullPage: true });

  // Two staff of different units enter from the announcement.
  for (const user of [FIRST, SECOND]) {
    const staff = await as(browser, user);
    await staff.goto('/contests');
    await staff.locator(`[data-contest="${title}"]`).getByTestId('contest-link').click();
    await expect(staff.getByTestId('contest-description')).toContainText('以赛代训');
    await staff.getByTestId('contest-enter').click();
    await expect(staff.getByTestId('entered')).toBeVisible();
    await expect(staff.getByTestId('contest-withdraw')).toBeVisible();
    if (user === FIRST) { await staff.screenshot({ path: `${DIR}/contest-announcement.png`, fullPage: true }); await expectAccessible(staff, 'contest announcement'); }
    await staff.context().close();
  }

  // Entry closes (numbers drawn); the written round opens; both take it in the browser.
  await page.goto(`${contestUrl}/console`);
  await page.getByTestId('contest-close-entry').click();
  await page.getByTestId('confirm-ok').click();
  await page.getByTestId('round-open-1').click();
  await expect(page.getByTestId('round-close-1')).toBeVisible();
  await takeWrittenRound(browser, FIRST, contestUrl, exam, ['A', 'A']);
  await takeWrittenRound(browser, SECOND, contestUrl, exam, ['A', 'B']);
  await page.getByTestId('round-close-1').click();
  await page.getByTestId('confirm-ok').click();
  await page.getByTestId('round-open-2').click();
  await expect(page.getByTestId('round-close-2')).toBeVisible();

  // The first entrant watches the board: their number is marked; the new scores arrive by the stream.
  const watcher = await as(browser, FIRST);
  await watcher.goto(`${contestUrl}/board`);
  await expect(watcher.getByTestId('board-live')).toContainText('实时更新中');
  const myRow = watcher.locator('[data-testid=board-row].mine');
  await expect(myRow).toHaveCount(1);
  await expect(watcher.getByTestId('board-names')).toHaveCount(0);

  // Five judges score on a tablet; S0005 is refused the entrant of their own unit.
  for (const j of JUDGES) {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 820, height: 1180 }, hasTouch: true });
    const judge = await context.newPage();
    await signIn(judge, j.user);
    await judge.goto('/contests/judging');
    await judge.locator(`[data-contest="${title}"]`).getByTestId('judge-open').click();
    await expect(judge.getByTestId('judge-number')).toHaveCount(2);
    let recusals = 0;
    for (let n = 0; n < 2; n++) {
      const number = judge.getByTestId('judge-number').nth(n);
      await number.click();
      // The sheet shown is this number's before asking whether it is recused (the previous number's is shown until then).
      await expect(judge.getByTestId('judge-sheet')).toHaveAttribute('data-draw', (await number.textContent())!.trim());
      if (await judge.getByTestId('judge-recused').count()) {
        expect(j.user, 'only the judge of the first entrant’s unit recuses').toBe('S0005');
        recusals++;
        await expect(judge.getByTestId('criterion-0')).toHaveCount(0);
        if (j.user === 'S0005') await judge.screenshot({ path: `${DIR}/contest-judge-recused.png`, fullPage: true });
        continue;
      }
      await judge.getByTestId('criterion-0').fill('51');
      await expect(judge.getByTestId('judge-sheet')).toContainText('不能超过满分 50');
      await expect(judge.getByTestId('sheet-submit')).toBeDisabled();
      await judge.getByTestId('criterion-0').fill(String(j.points[0]));
      await judge.getByTestId('criterion-1').fill(String(j.points[1]));
      await expect(judge.getByTestId('judge-total')).toContainText(String(j.points[0] + j.points[1]));
      await judge.getByTestId('sheet-submit').click();
      await expect(judge.getByTestId('judge-number').nth(n)).toHaveClass(/done/);
    }
    expect(recusals).toBe(j.user === 'S0005' ? 1 : 0);
    if (j.user === JUDGES[1].user) { await judge.screenshot({ path: `${DIR}/contest-judge-tablet.png`, fullPage: true }); await expectAccessible(judge, 'judge page'); }
    await context.close();
  }

  // Without reloading, the watcher's board shows their judged round: the plain mean of four (S0005 recused).
  await expect(myRow.getByTestId('board-round-2')).toContainText('85');
  await expect(myRow.getByTestId('board-round-2')).toContainText('算术平均');
  await watcher.context().close();

  // The organiser sees names: the first entrant 85 by the plain mean of four, the second 80 by the trimmed mean of five.
  await page.goto(`${contestUrl}/board`);
  await expect(page.getByTestId('board-names')).toHaveCount(2);
  const rows = page.getByTestId('board-row');
  const admin = await apiAs(baseURL!, 'admin');
  const byName = async (user: string) => {
    const staff = await admin.get<{ items: { name: string; staffNumber: string }[] }>(`/api/organization/staff?Filter=${user}`);
    return rows.filter({ hasText: staff.items.find((s) => s.staffNumber === user)!.name });
  };
  const firstRow = await byName(FIRST), secondRow = await byName(SECOND);
  await admin.api.dispose();
  await expect(firstRow.getByTestId('board-round-2')).toContainText('85');
  await expect(firstRow.getByTestId('board-round-2')).toContainText('算术平均');
  await expect(firstRow.getByTestId('board-round-2')).toContainText('4 位评委');
  await expect(secondRow.getByTestId('board-round-2')).toContainText('80');
  await expect(secondRow.getByTestId('board-round-2')).toContainText('去掉一个最高分和一个最低分后的平均');
  await expect(secondRow.getByTestId('board-round-2')).toContainText('5 位评委');
  await expect(page.getByTestId('board-tie-rule')).toBeVisible();
  await expect(page.getByTestId('bar-chart')).toBeVisible();
  await expectCjkRendered(page);
  await page.screenshot({ path: `${DIR}/contest-board.png`, fullPage: true });

  // The hall screen's link: no sign-in, large, the rule per entrant.
  await page.goto(`${contestUrl}/console`);
  await page.getByTestId('display-link').click();
  const displayUrl = (await page.getByTestId('secret').textContent())!.trim();
  await page.keyboard.press('Escape');
  const screen = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1920, height: 1080 } })).newPage();
  await screen.goto(displayUrl);
  await expect(screen.getByTestId('board-row')).toHaveCount(2);
  await expect(screen.getByTestId('board-rule').filter({ hasText: '去掉一个最高分和一个最低分后的平均' })).toHaveCount(1);
  await expect(screen.getByTestId('board-names')).toHaveCount(0);
  await screen.screenshot({ path: `${DIR}/contest-display.png` });
  await screen.context().close();

  // The round closes; the awards come from the ranking; published.
  await page.getByTestId('round-close-2').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('round-close-2')).toHaveCount(0);
  await page.getByRole('tab', { name: '奖项与公布' }).click();
  await page.getByTestId('awards-compute').click();
  await expect(page.getByTestId('award-row')).toHaveCount(2);
  await page.getByTestId('contest-publish').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('awards-published')).toBeVisible();

  // The first entrant downloads their certificate; the public verification page confirms its code.
  const winner = await as(browser, FIRST);
  await winner.goto(contestUrl);
  await expect(winner.getByTestId('my-award')).toBeVisible();
  const [download] = await Promise.all([winner.waitForEvent('download'), winner.getByTestId('certificate-download').first().click()]);
  const file = test.info().outputPath('certificate.pdf');
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const code = (await winner.getByTestId('certificate-code').first().textContent())!.split('：').pop()!.trim();
  await winner.screenshot({ path: `${DIR}/contest-my-result.png`, fullPage: true });
  await winner.goto(`/verify/${code}`);
  await expect(winner.getByTestId('verify-result')).toHaveAttribute('data-status', /Valid|Published/);
  await winner.context().close();
});
