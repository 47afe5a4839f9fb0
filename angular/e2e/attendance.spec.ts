import { Page } from '@playwright/test';
import { choose, expect, signIn, test } from './helpers';

test.describe.configure({ mode: 'serial' });

// 市场监管窗口 of 市政务服务中心 (demo data): S0020 leads it; S0019 arrives on time, S0022 late, S0023 not at all.
// The demo clock DEMO-SZX-01 enrols everyone of the hall under the digits of their staff number.
const LEAD = 'S0020';
const ON_TIME = 'S0019';
const LATE = 'S0022';
const ABSENT = 'S0023';
const DEVICE = 'DEMO-SZX-01';
const CLERK = 'S0018'; // 考勤员 keeping 市政务服务中心

/** Today in Beijing as yyyy-mm-dd: the portal's business dates are the halls' (Asia/Shanghai). */
function beijing(offsetDays = 0): { year: number; month: number; day: number } {
  const d = new Date(Date.now() + 8 * 3600_000 + offsetDays * 86400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * A working day about five weeks back, read from the calendar the person's month carries (holidays and 调休 included):
 * before the three weeks the demo attendance fills, so the absent person has no punches that day, and not in the
 * future. Nobody closes a month in the demo, so it is open.
 */
async function pastWorkingDay(page: Page): Promise<string> {
  const start = beijing(-35);
  const limit = `${start.year}-${String(start.month).padStart(2, '0')}-${String(start.day).padStart(2, '0')}`;
  for (let back = 0; back < 2; back++) {
    const m = start.month - back < 1 ? { year: start.year - 1, month: 12 } : { year: start.year, month: start.month - back };
    const res = await page.request.get(`/api/attendance/my/month?year=${m.year}&month=${m.month}`);
    expect(res.ok(), `my month: ${res.status()}`).toBe(true);
    const days = ((await res.json()) as { days: { date: string; isWorkingDay: boolean }[] }).days;
    const found = days.filter((d) => d.isWorkingDay && d.date <= limit).map((d) => d.date).pop();
    if (found) return found;
  }
  throw new Error('no working day found five weeks back');
}

/** A ZKTeco attlog file (user id, local time, verify mode, state, work code; tab-separated). */
function attlog(date: string): string {
  const line = (user: string, time: string) => `${user}\t${date} ${time}\t1\t0\t0\t0`;
  return [
    line(ON_TIME.slice(3), '08:51:12'), line(ON_TIME.slice(3), '12:02:40'), line(ON_TIME.slice(3), '13:22:05'), line(ON_TIME.slice(3), '17:05:31'),
    // 09:21 is beyond the five-minute grace
    line(LATE.slice(3), '09:21:09'), line(LATE.slice(3), '12:01:15'), line(LATE.slice(3), '13:24:50'), line(LATE.slice(3), '17:03:02'),
  ].join('\r\n') + '\r\n';
}

/** The lead's team board for a past day (?date=): the marks of a person's row, once the board shows that day. */
async function boardMarks(page: Page, date: string, staffNumber: string) {
  await page.goto(`/attendance/board?date=${date}`);
  await expect(page.getByTestId('board-updated')).toContainText(date);
  await expect(page.getByTestId('board-date')).toHaveValue(date);
  return page.getByTestId(`person-marks-${staffNumber}`);
}

async function dayOnCalendar(page: Page, date: string) {
  await page.goto(`/attendance/my?month=${date.slice(0, 7)}`);
  const day = page.getByTestId(`day-${date}`);
  await expect(day).toBeVisible();
  return day;
}

test('a clerk imports a day of punches; late and absent show on the board and the calendars; leave approved later turns the absence into leave', async ({ page, browser }) => {
  const absent = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await signIn(absent, ABSENT);
  const date = await pastWorkingDay(absent);

  // The punch file for that day, imported by the hall's attendance clerk on the punch import page.
  await signIn(page, CLERK);
  await page.goto('/attendance/punch-import');
  await choose(page, 'punch-device', new RegExp(DEVICE));
  await page.getByTestId('punch-file').setInputFiles({ name: `attlog-${date}.dat`, mimeType: 'text/plain', buffer: Buffer.from(attlog(date)) });
  await page.getByTestId('punch-upload').click();
  const result = page.getByTestId('punch-result');
  await expect(result).toContainText('已完成', { timeout: 30_000 });
  await expect(result).toContainText('已读 8 / 8 行：新增 8，重复 0，未导入 0');
  await expect(page.getByTestId('punch-progress')).toBeVisible();
  await expect(page.getByTestId('punch-history')).toContainText(`attlog-${date}.dat`);

  // The person's own calendar: late for one, absent for the other.
  const late = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await signIn(late, LATE);
  const lateDay = await dayOnCalendar(late, date);
  await expect(lateDay).toContainText('迟到');
  await lateDay.click();
  await expect(late.getByTestId('day-details')).toContainText('09:21');
  await expect(await dayOnCalendar(absent, date)).toContainText('缺勤');

  // The lead's team board for that day: late with the minutes, absent.
  const lead = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await signIn(lead, LEAD);
  const board = await lead.context().newPage();
  await expect(await boardMarks(board, date, LATE)).toContainText(/迟到 \d+ 分钟/);
  await expect(board.getByTestId(`person-marks-${ABSENT}`)).toContainText('缺勤');
  await expect(board.getByTestId(`person-marks-${ON_TIME}`)).toHaveText(''); // on time: no mark

  // The lead's monthly report counts both for that month.
  await lead.goto(`/attendance/report?month=${date.slice(0, 7)}&view=people`);
  await expect(lead.getByTestId('report-table')).toContainText(LATE);
  await expect(lead.getByTestId('report-table')).toContainText(ABSENT);

  // The absent person asks for leave for that day; the lead approves it from the queue.
  await absent.goto('/attendance/my-leave');
  await choose(absent, 'leave-type', /事假/);
  await absent.getByTestId('leave-start').fill(date);
  await absent.getByTestId('leave-end').fill(date);
  await expect(absent.getByTestId('leave-length')).toContainText('共 1 天');
  await absent.getByTestId('leave-reason').fill('当天家中有急事，补请事假');
  await absent.getByTestId('leave-submit').click();
  await expect(absent.getByTestId('my-leave-table')).toContainText('待审批');

  await lead.goto('/attendance/leave/queue');
  const row = lead.getByTestId('leave-queue-table').locator('tr', { hasText: date });
  await row.getByTestId('leave-approve').click();
  await lead.getByRole('dialog').getByTestId('dialog-save').click();
  await expect(lead.getByTestId('leave-history')).toContainText('批准');

  // No reimport: the day is recomputed on approval and now reads as leave.
  const leaveDay = await dayOnCalendar(absent, date);
  await expect(leaveDay).toContainText('请假');
  await expect(leaveDay).not.toContainText('缺勤');
  const leaveMarks = await boardMarks(board, date, ABSENT);
  await expect(leaveMarks).toContainText('请假');
  await expect(leaveMarks).not.toContainText('缺勤');
  await expect(board.getByTestId(`person-marks-${LATE}`)).toContainText(/迟到 \d+ 分钟/);
  await board.screenshot({ path: '../artifacts/screenshots/attendance-board-past-day.png', fullPage: true });
  await absent.screenshot({ path: '../artifacts/screenshots/attendance-my-month-leave.png', fullPage: true });
  await page.screenshot({ path: '../artifacts/screenshots/attendance-punch-import.png', fullPage: true });
  await lead.screenshot({ path: '../artifacts/screenshots/attendance-leave-queue.png', fullPage: true });
});

test('the lead sees today\'s team board and the demo weeks in the report and chart', async ({ page }) => {
  await signIn(page, LEAD);
  await page.goto('/attendance/board');
  await expect(page.getByTestId('board-windows')).toBeVisible();
  await expect(page.getByTestId('board-people')).toContainText(ON_TIME);
  await page.screenshot({ path: '../artifacts/screenshots/attendance-board.png', fullPage: true });
  await page.goto('/attendance/report');
  await expect(page.getByTestId('report-table')).toContainText('市场监管窗口');
  await expect(page.getByTestId('trend-table')).toBeAttached(); // the chart's data as a table, folded under the charts
  await page.screenshot({ path: '../artifacts/screenshots/attendance-report.png', fullPage: true });
});
