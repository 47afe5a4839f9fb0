import { Page } from '@playwright/test';
import { choose, dialogReady, expect, signIn, test, unique } from './helpers';

test.describe.configure({ mode: 'serial' });

const SHOTS = 'test-results/screenshots';

/** Waits for web fonts, then saves a full-page screenshot. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test('a hall manager builds a question bank, a course and an exam, enrols a unit and sees the statistics', async ({ page }) => {
  const id = unique();
  const category = `E2E分类${id}`;
  const questionCode = `E2E-${id}`;
  const stem = `窗口人员首问负责制要求（${id}）`;
  const courseCode = `C${id}`;
  const courseTitle = `窗口服务规范${id}`;
  const lessonTitle = `第一课 首问负责${id}`;
  const examTitle = `岗位考试${id}`;

  await signIn(page, 'S0001');

  // A category and a question; the editor says what is wrong while typing.
  await page.goto('/learning/questions');
  await page.getByTestId('category-name').fill(category);
  await page.getByTestId('category-add').click();
  await expect(page.getByTestId('question-categories')).toContainText(category);
  await page.getByTestId('create-question').click();
  const dialog = page.getByRole('dialog');
  await dialogReady(dialog, 'question-code');
  await dialog.getByTestId('question-code').fill('bad code!');
  await expect(dialog).toContainText('只能包含字母、数字');
  await dialog.getByTestId('question-code').fill(questionCode);
  await dialog.getByTestId('question-stem').fill(stem);
  await dialog.getByTestId('question-option-A').fill('首位接待人员负责到底');
  await dialog.getByTestId('question-option-B').fill('谁有空谁接待');
  await dialog.getByTestId('question-correct-A').click();
  await dialog.getByTestId('question-correct-A').click(); // unticked: no correct option
  await expect(dialog.getByTestId('question-answer-error')).toHaveText('请选择一个正确选项');
  await dialog.getByTestId('question-correct-A').click();
  await expect(dialog.getByTestId('question-answer-error')).toBeHidden();
  await dialog.getByTestId('question-tags').fill('岗前，服务规范');
  await dialog.getByTestId('dialog-save').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('question-table')).toContainText(questionCode);
  await expect(page.getByTestId('question-categories')).toContainText('1 题');
  await shot(page, 'learning-question-bank');

  // An import with a bad row lists the row and imports nothing.
  await page.getByTestId('questions-import').click();
  await expect(page).toHaveURL(/\/learning\/questions\/import$/);
  await page.getByTestId('import-file').setInputFiles('e2e/fixtures/questions-bad-rows.xlsx');
  await page.getByTestId('import-submit').click();
  const rows = page.getByTestId('problem-rows');
  await expect(rows).toContainText('题库');
  await expect(rows.locator('tbody tr')).toHaveCount(1);
  await expect(rows.locator('tbody tr').first()).toContainText('3');
  await expect(rows.locator('tbody tr').first()).toContainText('题型');
  await expect(page.getByTestId('import-result')).toBeHidden();

  // A published course with a lesson.
  await page.goto('/learning/courses');
  await page.getByTestId('create-course').click();
  await page.getByTestId('course-code').fill(courseCode);
  await page.getByTestId('course-title').fill(courseTitle);
  await page.getByTestId('course-hours').fill('300');
  await expect(page.locator('mat-error')).toContainText('0–200');
  await page.getByTestId('course-hours').fill('2.5');
  await page.getByTestId('course-published').click();
  await page.getByTestId('course-save').click();
  await expect(page).toHaveURL(/\/learning\/courses\/[0-9a-f-]{36}$/);
  await page.getByTestId('lesson-add').click();
  const lesson = page.getByRole('dialog');
  await dialogReady(lesson, 'lesson-title');
  await lesson.getByTestId('lesson-title').fill(lessonTitle);
  await lesson.getByTestId('lesson-minutes').fill('25');
  await lesson.getByTestId('rich-area').click();
  await page.keyboard.type('首问负责：第一位接待群众的工作人员负责到底。');
  await lesson.getByTestId('dialog-save').click();
  await expect(lesson).toBeHidden();
  await expect(page.getByTestId('lesson-list')).toContainText(lessonTitle);

  // Enrol a whole unit; the server says how many.
  await page.getByTestId('course-enrol').click();
  const enrol = page.getByRole('dialog');
  await expect(enrol.locator('input[type=radio]').first()).toBeFocused(); // the dialog has finished opening
  await enrol.getByRole('radio', { name: '整个窗口单位' }).check();
  await enrol.getByTestId('enrol-unit').click();
  await page.getByRole('option').first().click();
  await enrol.getByTestId('enrol-submit').click();
  await expect(enrol.getByTestId('enrol-result')).toContainText(/本次新安排 [1-9]\d* 人/);
  await enrol.getByTestId('dialog-cancel').click();
  await expect(enrol).toBeHidden();
  await page.goto('/learning/courses?filter=' + courseCode);
  await expect(page.getByTestId('course-table')).toContainText(courseTitle);
  await expect(page.getByTestId('course-table')).toContainText('已发布');

  // An exam on the course with a fixed paper; the window is checked while typing.
  await page.goto('/learning/exams');
  await page.getByTestId('create-exam').click();
  await page.getByTestId('exam-title').fill(examTitle);
  await choose(page, 'exam-course', new RegExp(courseCode));
  const opens = await page.getByTestId('exam-opens').inputValue();
  await page.getByTestId('exam-closes').fill(opens.slice(0, 10) + 'T08:00');
  await expect(page.getByTestId('exam-window-error')).toHaveText('结束时间须晚于开始时间');
  await page.getByTestId('exam-closes').fill(opens.slice(0, 10) + 'T18:00');
  await expect(page.getByTestId('exam-window-error')).toBeHidden();
  await page.getByTestId('picker-search').fill(questionCode);
  await page.getByTestId(`pick-${questionCode}`).click();
  await expect(page.getByTestId('exam-paper-total')).toHaveText('已选 1 题，满分 5 分');
  await page.getByTestId('exam-save').click();
  await expect(page).toHaveURL(/\/learning\/exams\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('exam-paper')).toContainText(questionCode);
  await shot(page, 'learning-exam-editor');
  await page.goto('/learning/exams');
  await expect(page.getByTestId('exam-table')).toContainText(examTitle);

  // The statistics draw a chart of this year's enrolments, and switch language at run time.
  await page.goto('/learning/statistics');
  await expect(page.getByTestId('stats-table')).toContainText('完成率');
  await expect(page.getByTestId('stats-table').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('bar-chart').locator('canvas')).toHaveCount(1);
  await shot(page, 'learning-statistics');
  await page.getByTestId('language-switch').click();
  await expect(page.getByTestId('stats-table')).toContainText('Completion rate');
  await expect(page.getByRole('heading', { name: 'Training statistics' })).toBeVisible();
  await page.getByTestId('language-switch').click();
  await expect(page.getByRole('heading', { name: '培训统计' })).toBeVisible();
});

test('a hall manager imports earlier certificates (bad rows listed) and revokes one with a reason', async ({ page }) => {
  // Revokes the certificate imported here: run on the fresh database etc/test-web.sh starts.
  await signIn(page, 'S0001');
  await page.goto('/learning/certificates');
  await page.getByTestId('certificates-import').click();
  await expect(page).toHaveURL(/\/learning\/certificates\/import$/);
  await page.getByTestId('import-file').setInputFiles('e2e/fixtures/certificates-bad-rows.xlsx');
  await page.getByTestId('import-submit').click();
  const rows = page.getByTestId('problem-rows');
  await expect(rows.locator('tbody tr')).toHaveCount(1);
  await expect(rows.locator('tbody tr').first()).toContainText('NOPE999');
  await page.getByTestId('import-file').setInputFiles('e2e/fixtures/certificates-earlier.xlsx');
  await page.getByTestId('import-submit').click();
  await expect(page.getByTestId('import-result')).toContainText('导入完成：新增 1');
  await expect(page.getByTestId('problem-rows')).toBeHidden();

  await page.goto('/learning/certificates?status=Valid');
  // S0003 has no window in the demo, so no imported demo certificate: the one imported here is their only one.
  await page.getByTestId('certificate-holder-search').fill('S0003');
  await page.getByRole('option', { name: /^S0003 / }).click();
  await expect(page.getByTestId('certificate-holder')).toContainText('S0003');
  const table = page.getByTestId('certificate-table');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await table.getByTestId('certificate-revoke').click();
  const dialog = page.getByRole('dialog');
  await dialogReady(dialog, 'revoke-reason');
  await dialog.getByTestId('revoke-confirm').click();
  await expect(dialog).toContainText('必填'); // a reason is required
  await dialog.getByTestId('revoke-reason').fill('原证书信息有误，重新核发');
  await dialog.getByTestId('revoke-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(table).toContainText('暂无数据'); // no valid certificate left
  await choose(page, 'certificate-status-filter', '已吊销');
  await expect(table).toContainText('原证书信息有误，重新核发');
});
