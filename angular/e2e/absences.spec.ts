import { choose, expect, signIn, test } from './helpers';

test.describe.configure({ mode: 'serial' });

test('a window staff member leaves a whereabouts note on the phone page and comes back; the lead sees who is out', async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await phone.newPage();
  await signIn(page, 'S0006');
  await page.goto('/attendance/whereabouts');
  await page.getByTestId('note-leave').click();
  await expect(page.getByText('必填')).toBeVisible(); // the destination is checked before anything is sent
  await page.getByTestId('note-destination').fill('三楼档案室');
  await page.getByTestId('note-leave').click();
  await expect(page.getByTestId('note-open')).toContainText('外出中：三楼档案室');

  const lead = await (await browser.newContext()).newPage();
  await signIn(lead, 'S0002');
  await lead.goto('/attendance/team-whereabouts');
  await expect(lead.getByTestId('people-out')).toContainText('三楼档案室');

  await page.getByTestId('note-back').click();
  await expect(page.getByTestId('note-leave')).toBeVisible();
  await expect(page.getByTestId('notes-today')).toContainText('三楼档案室');
  await phone.close();
});

test('a staff member asks for leave and sees its length as they type; the lead approves it from the queue', async ({ page, browser }) => {
  await signIn(page, 'S0007');
  await page.goto('/attendance/my-leave');
  await expect(page.getByTestId('leave-balances')).toContainText('年休假');
  await choose(page, 'leave-type', /事假/);
  await page.getByTestId('leave-start').fill('2027-03-01');
  await page.getByTestId('leave-end').fill('2027-02-26');
  await expect(page.getByText('结束不能早于开始')).toBeVisible();
  await page.getByTestId('leave-end').fill('2027-03-02');
  await expect(page.getByTestId('leave-length')).toContainText('共 2 天');
  await page.getByTestId('leave-reason').fill('家中有事');
  await page.getByTestId('leave-submit').click();
  await expect(page.getByTestId('my-leave-table')).toContainText('待审批');

  const lead = await (await browser.newContext()).newPage();
  await signIn(lead, 'S0002');
  await lead.goto('/attendance/leave/queue');
  const row = lead.getByTestId('leave-queue-table').locator('tr', { hasText: '2027-03-01' });
  await row.getByTestId('leave-approve').click();
  await lead.getByRole('dialog').getByTestId('dialog-save').click();
  await expect(lead.getByTestId('leave-history')).toContainText('批准');

  await page.reload();
  await expect(page.getByTestId('my-leave-table')).toContainText('已批准');
});
