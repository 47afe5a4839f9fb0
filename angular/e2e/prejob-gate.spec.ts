import { readFileSync } from 'node:fs';
import { Page } from '@playwright/test';
import { choose, dialogReady, expect, readLesson, signIn, test, unique, useShortReadingTime } from './helpers';

/**
 * The gate, end to end (DOMAIN: 岗前培训合格后方可上岗). A new staff member cannot be assigned to a window; they take the
 * demo's pre-job course and its exam in the browser, pass, receive the pre-job certificate; the assignment then
 * succeeds; the public verification page confirms the certificate's code.
 */

/** The demo's pre-job exam (DemoLearningContent): the right answer by a fragment of each stem. Options come shuffled. */
const ANSWERS: { stem: string; choose?: string[]; judge?: '对' | '错'; fill?: string }[] = [
  { stem: '群众首先询问', choose: ['负责解答或引导到相关窗口'] },
  { stem: '办事材料不全', choose: ['一次性告知需要补正的全部材料'] },
  { stem: '须经岗前培训合格后方可上岗', judge: '对' },
  { stem: '以下哪些行为属于违反工作纪律', choose: ['迟到、早退', '擅自脱岗', '不履行请假审批手续外出'] },
  { stem: '实名差评的回访整改率', choose: ['100%'] },
  { stem: '可以告知被反映单位', judge: '错' },
  { stem: '个工作日内反馈', fill: '3' },
  { stem: '差评处理闭环包括', choose: ['受理', '核实', '整改', '反馈与监督'] },
  { stem: '派驻期一般不少于', choose: ['两年'] },
  { stem: '上下班实行', fill: '指纹' },
];

async function answerEverything(page: Page): Promise<void> {
  await page.getByTestId('mode-all').click();
  for (let n = 1; n <= ANSWERS.length; n++) {
    const question = page.getByTestId(`question-${n}`);
    const stem = (await question.locator('.stem').textContent()) ?? '';
    const answer = ANSWERS.find((a) => stem.includes(a.stem));
    expect(answer, `no known answer for "${stem}"`).toBeTruthy();
    if (answer!.fill) await question.getByTestId('fill-in').fill(answer!.fill);
    else if (answer!.judge) await question.getByRole('radio', { name: answer!.judge, exact: true }).check();
    else {
      const role = (await question.getAttribute('data-type')) === 'MultipleChoice' ? 'checkbox' : 'radio';
      for (const text of answer!.choose!) await question.getByRole(role, { name: new RegExp(`^[A-F]\\. ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).check();
    }
  }
}

test('a new staff member earns the pre-job certificate in the browser before taking a window', async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  await useShortReadingTime(baseURL!);
  const id = unique();
  const staffNumber = `P${id}`;
  const staffName = `新上岗${id}`;

  // The admin creates the person in 市政务服务中心's 综合受理窗口 and tries to give them window A01: refused, with the reason.
  await signIn(page, 'admin');
  await page.goto('/organization/staff');
  await page.getByTestId('create-staff').click();
  const staffDialog = page.getByRole('dialog');
  await dialogReady(staffDialog, 'staff-number');
  await staffDialog.getByTestId('staff-number').fill(staffNumber);
  await staffDialog.getByTestId('staff-name').fill(staffName);
  await choose(page, 'staff-hall', '市政务服务中心');
  await choose(page, 'staff-unit', '综合受理窗口');
  await staffDialog.getByTestId('dialog-save').click();
  const secret = page.getByRole('dialog').filter({ hasText: '只显示这一次' });
  const oneTimePassword = (await secret.getByTestId('secret').nth(1).textContent())!.trim();
  await secret.getByRole('button', { name: '我已保存' }).click();
  await expect(page).toHaveURL(/\/organization\/staff\/[0-9a-f-]{36}$/);
  const staffUrl = page.url();
  await page.getByTestId('action-assign').click();
  const assign = page.getByRole('dialog');
  await choose(page, 'assign-window', /^A01 /);
  await assign.getByTestId('dialog-save').click();
  await expect(assign.getByTestId('problem')).toContainText('尚未取得岗前培训合格证');
  await assign.getByRole('button', { name: '取消' }).click();

  // The new person signs in, sets a password, enrols in the pre-job course and reads its three lessons.
  const context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
  const learner = await context.newPage();
  await learner.goto('/login');
  await learner.getByTestId('login-user').fill(staffNumber);
  await learner.getByTestId('login-password').fill(oneTimePassword);
  await learner.getByTestId('login-submit').click();
  await learner.getByLabel('当前密码').fill(oneTimePassword);
  await learner.getByLabel('新密码', { exact: true }).fill('Window@2026new');
  await learner.getByLabel('确认新密码').fill('Window@2026new');
  await learner.getByRole('button', { name: '保存' }).click();
  await expect(learner).not.toHaveURL(/change-password/);

  await learner.goto('/my-learning/courses');
  const offer = learner.locator('[data-testid=available-course][data-course="窗口工作人员岗前培训"]');
  await offer.getByTestId('enroll').click();
  const course = learner.locator('[data-testid=my-course][data-course="窗口工作人员岗前培训"]');
  await expect(course.getByTestId('course-progress')).toHaveText('已学 0 / 3 节');
  await course.getByTestId('open-course').click();
  for (let lesson = 1; lesson <= 3; lesson++) {
    await readLesson(learner);
    if (lesson < 3) await learner.getByTestId('next-lesson').click();
  }
  await expect(learner.getByTestId('course-complete')).toContainText('已完成');

  // The pre-job exam: ten shuffled questions, all answered right, handed in and passed.
  await learner.goto('/my-learning/exams');
  const row = learner.locator('[data-exam="岗前培训结业考试"]');
  await row.getByTestId('exam-start').click();
  await learner.getByTestId('confirm-ok').click();
  await expect(learner).toHaveURL(/\/my-learning\/attempts\/[0-9a-f-]{36}$/);
  await answerEverything(learner);
  await learner.getByTestId('submit').click();
  await expect(learner.getByTestId('confirm-message')).toContainText('已全部作答');
  await learner.getByTestId('confirm-ok').click();
  await expect(learner.getByTestId('attempt-score')).toContainText('100 / 100');
  await expect(learner.getByTestId('attempt-passed')).toHaveText(/合格/);

  // The certificate arrives (issued by the outbox handler a moment after the pass).
  await expect(async () => {
    await learner.goto('/my-learning/certificates');
    await expect(learner.locator('[data-testid=certificate][data-status=Valid]')).toContainText('岗前培训合格证', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const code = (await learner.getByTestId('certificate-code').first().textContent())!.trim();
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  // The holder downloads it as a PDF to print (with its verification QR code).
  const [pdf] = await Promise.all([learner.waitForEvent('download'), learner.getByTestId('certificate-pdf').first().click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfPath = test.info().outputPath('certificate.pdf');
  await pdf.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await context.close();

  // Now the assignment succeeds.
  await page.goto(staffUrl);
  await page.getByTestId('action-assign').click();
  await choose(page, 'assign-window', /^A01 /);
  await page.getByRole('dialog').getByTestId('dialog-save').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByTestId('current-window')).toContainText('A01');

  // Anyone can check the code on the public page, without signing in; the name is masked.
  const anonymous = await browser.newContext({ locale: 'zh-CN' });
  const visitor = await anonymous.newPage();
  await visitor.goto(`/verify/${code}`);
  await expect(visitor.getByTestId('verify-result')).toHaveAttribute('data-status', 'Valid');
  await expect(visitor.getByTestId('verify-holder')).toHaveText(`${staffName[0]}${'*'.repeat(staffName.length - 2)}${staffName.at(-1)}`);
  await anonymous.close();
});
