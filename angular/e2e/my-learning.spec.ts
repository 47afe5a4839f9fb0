import { APIRequestContext, Page, request } from '@playwright/test';
import {
  ADMIN_PASSWORD, PASSWORD, expect, expectAccessible, expectCjkRendered, expectNoSidewaysScroll, readLesson, signIn, test, unique, useShortReadingTime,
} from './helpers';

const DIR = 'test-results/screenshots';

/** An API client signed in as someone, echoing the XSRF-TOKEN cookie as the web app does. */
async function apiAs(baseURL: string, userName: string): Promise<{ api: APIRequestContext; post: <T>(url: string, data: unknown) => Promise<T> }> {
  const api = await request.newContext({ baseURL });
  await api.get('/api/account/antiforgery');
  const post = async <T>(url: string, data: unknown): Promise<T> => {
    const token = (await api.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
    const res = await api.post(url, { data, headers: { 'X-XSRF-TOKEN': token } });
    expect(res.ok(), `POST ${url}: ${res.status()} ${await res.text()}`).toBe(true);
    return (await res.json()) as T;
  };
  await post('/api/account/login', { userName, password: userName === 'admin' ? ADMIN_PASSWORD : PASSWORD });
  return { api, post };
}

interface Created { id: string }

/** A category, four questions (one of each type), a published course for everyone with two lessons, an exam open now. */
async function createCourseWithExam(baseURL: string, id: string): Promise<{ course: string; exam: string }> {
  const { api, post } = await apiAs(baseURL, 'admin');
  const category = await post<Created>('/api/learning/question-categories', { name: `窗口服务规范${id}` });
  const question = (code: string, type: string, stem: string, answer: string, options: { key: string; text: string }[] = []) =>
    post<Created>('/api/learning/questions', {
      code: `Q${id}${code}`, categoryId: category.id, type, difficulty: 'Easy', stem, options, answer, explanation: `解析：${stem}`, tags: [],
    });
  const questions = [
    await question('1', 'SingleChoice', '群众来办事，首先接待的工作人员应当：', 'B',
      [{ key: 'A', text: '让群众自己找窗口' }, { key: 'B', text: '负责解答或引导到位' }, { key: 'C', text: '请群众改天再来' }]),
    await question('2', 'MultipleChoice', '一次性告知应当告知哪些内容？', 'A,C',
      [{ key: 'A', text: '办理依据' }, { key: 'B', text: '个人喜好' }, { key: 'C', text: '所需材料' }]),
    await question('3', 'TrueFalse', '窗口人员可以在工作时间擅自离岗。', 'false'),
    await question('4', 'FillIn', '群众咨询时，对所需材料应当____告知。', '一次性'),
  ];
  const title = `窗口服务规范${id}`;
  const course = await post<Created>('/api/learning/courses', {
    code: `C${id}`, title, kind: 'Routine', description: '首问负责、一次性告知、限时办结', creditHours: 1.5, isRequired: false, isPublished: true, audience: null,
  });
  await post(`/api/learning/courses/${course.id}/lessons`, { title: '第一课 首问负责制', body: '<p>首位接待群众的工作人员<strong>负责到底</strong>。</p>', minutes: 15 });
  await post(`/api/learning/courses/${course.id}/lessons`, { title: '第二课 一次性告知', body: '<p>所需材料<em>一次性</em>告知清楚。</p>', minutes: 10 });
  const now = Date.now();
  const exam = await post<Created>('/api/learning/exams', {
    title: `${title}考试`, courseId: course.id, isPreJob: false, paperMode: 'Fixed', questionIds: questions.map((q) => q.id), pointsPerQuestion: 10,
    rules: null, timeLimitMinutes: 30, opensAt: new Date(now - 60_000).toISOString(), closesAt: new Date(now + 3 * 3600_000).toISOString(),
    maxAttempts: 2, passPercent: 60, gradingPolicy: 'Highest', shuffleQuestions: false, shuffleOptions: false,
  });
  await api.dispose();
  return { course: title, exam: `${title}考试` };
}

async function answerAll(page: Page): Promise<void> {
  await page.getByTestId('question-1').getByRole('radio', { name: /^B\./ }).check();
  await page.getByTestId('next-question').click();
  await page.getByTestId('question-2').getByRole('checkbox', { name: /^A\./ }).check();
  await page.getByTestId('question-2').getByRole('checkbox', { name: /^C\./ }).check();
  await page.getByTestId('next-question').click();
  await page.getByTestId('question-3').getByRole('radio', { name: '错' }).check();
  await page.getByTestId('next-question').click();
  await page.getByTestId('question-4').getByTestId('fill-in').fill('一次性');
}

test('a learner enrols, reads the lessons, takes the exam and passes', async ({ page, baseURL, browser }) => {
  await useShortReadingTime(baseURL!);
  const names = await createCourseWithExam(baseURL!, unique());
  await signIn(page, 'S0004');

  // Self-enrolment from the available list.
  await page.goto('/my-learning/courses');
  const offer = page.locator(`[data-testid=available-course][data-course="${names.course}"]`);
  await expect(offer).toContainText('共 2 节');
  await offer.getByTestId('enroll').click();
  const mine = page.locator(`[data-testid=my-course][data-course="${names.course}"]`);
  await expect(mine.getByTestId('course-progress')).toHaveText('已学 0 / 2 节');
  await expect(offer).toHaveCount(0);
  await page.screenshot({ path: `${DIR}/my-courses.png`, fullPage: true });
  await expectAccessible(page, 'my courses');

  // Both lessons read, each for the minimum reading time (the button waits with a countdown); the course is completed.
  await mine.getByTestId('open-course').click();
  await expect(page.getByTestId('lesson-title')).toHaveText('第一课 首问负责制');
  await expect(page.getByTestId('lesson-body').locator('strong')).toHaveText('负责到底');
  await expect(page.getByTestId('keep-reading')).toContainText(/请继续阅读，[1-5] 秒后可标记为学完/);
  await expect(page.getByTestId('complete-lesson')).toBeDisabled();
  await page.screenshot({ path: `${DIR}/lesson-reading-time.png`, fullPage: true });
  await readLesson(page);
  await expect(page.getByTestId('course-progress')).toHaveText('已学 1 / 2 节');
  await page.getByTestId('next-lesson').click();
  await expect(page.getByTestId('lesson-title')).toHaveText('第二课 一次性告知');
  await readLesson(page);
  await expect(page.getByTestId('course-complete')).toContainText('已完成');
  await page.screenshot({ path: `${DIR}/lesson-reader.png`, fullPage: true });
  await expectAccessible(page, 'lesson reader');

  // The exam: start, answer as we go (saved), reload resumes the same paper with the saved answers.
  await page.goto('/my-learning/exams');
  const row = page.locator(`[data-exam="${names.exam}"]`);
  await expect(row).toContainText('0 / 2');
  await page.screenshot({ path: `${DIR}/my-exams.png`, fullPage: true });
  await expectAccessible(page, 'my exams');
  await row.getByTestId('exam-start').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page).toHaveURL(/\/my-learning\/attempts\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('countdown')).toContainText(/^timer(29|30):\d\d$/);
  await answerAll(page);
  await expect(page.getByTestId('save-status')).toContainText(/已保存 \d\d:\d\d:\d\d/);
  await expectCjkRendered(page);
  await page.screenshot({ path: `${DIR}/exam.png`, fullPage: true });
  await expectAccessible(page, 'exam page');

  await page.reload();
  await expect(page.getByTestId('navigator').locator('.answered')).toHaveCount(4);
  await expect(page.getByTestId('question-1').getByRole('radio', { name: /^B\./ })).toBeChecked();
  await page.getByTestId('mode-all').click();
  await expect(page.getByTestId('question-4').getByTestId('fill-in')).toHaveValue('一次性');
  await expect(page.getByTestId('question-2').getByRole('checkbox', { name: /^C\./ })).toBeChecked();

  // The same attempt on a phone.
  const url = page.url();
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN',
    storageState: await page.context().storageState() });
  const small = await phone.newPage();
  await small.goto(url);
  await expect(small.getByTestId('question-1')).toBeVisible();
  await expectNoSidewaysScroll(small, 'exam page');
  await small.screenshot({ path: `${DIR}/exam-phone.png`, fullPage: true });
  await phone.close();

  // Hand in: the confirmation counts what is unanswered; the result is graded and passed.
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('confirm-message')).toContainText('已全部作答');
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('attempt-score')).toContainText('40 / 40');
  await expect(page.getByTestId('attempt-passed')).toHaveText(/合格/);
  // The review opens only when the exam has closed for everyone: the server says so.
  await page.getByTestId('review').click();
  await expect(page.getByTestId('problem')).toContainText('考试结束');
  await page.screenshot({ path: `${DIR}/exam-result.png`, fullPage: true });

  await page.goto('/my-learning/exams');
  await expect(row.getByTestId('exam-score')).toContainText('40 / 40');
  await expect(row.getByTestId('exam-score')).toContainText('合格');
  await expect(row).toContainText('1 / 2');

  // S0004 sits at a window in the demo: their earlier paper certificate was recorded by import.
  await page.goto('/my-learning/certificates');
  const certificate = page.locator('[data-testid=certificate][data-status=Valid]');
  await expect(certificate).toContainText('岗前培训合格证');
  await expect(certificate).toContainText('导入');
});

test('the public verification page checks a code without signing in', async ({ page }) => {
  await page.goto('/verify');
  await page.getByTestId('verify-code').fill('abcd-12');
  await expect(page.getByTestId('verify-code')).toHaveValue('ABCD-12');
  await expect(page.getByTestId('verify-format')).toBeVisible();
  await page.getByTestId('verify-code').fill('zzzz2222zzzz');
  await expect(page.getByTestId('verify-code')).toHaveValue('ZZZZ-2222-ZZZZ');
  await page.getByTestId('verify-submit').click();
  await expect(page).toHaveURL(/\/verify\/ZZZZ-2222-ZZZZ$/);
  await expect(page.getByTestId('verify-result')).toHaveAttribute('data-status', 'NotFound');
  await expect(page.getByTestId('verify-status')).toContainText('未找到（非本系统签发）');
  await expectCjkRendered(page);
  await page.screenshot({ path: `${DIR}/verify.png`, fullPage: true });
  await expectAccessible(page, 'verify page');

  await page.getByTestId('language-switch').click();
  await expect(page.getByTestId('verify-status')).toContainText('Not found');
  await page.getByTestId('language-switch').click();
});
