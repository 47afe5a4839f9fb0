import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { BoardMarkDto, BoardOutDto, SessionStatus } from '../../../proxy/models';

/** How far back the board opens (the server's TeamBoardInput.MaxDaysBack; it refuses older days with Attendance:00053). */
export const BOARD_MAX_DAYS_BACK = 400;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a real calendar day written yyyy-mm-dd (2026-02-30 is not). */
export function isDay(text: string | null | undefined): text is string {
  const m = DAY.exec(text ?? '');
  if (!m) return false;
  const [y, mo, d] = m.slice(1).map(Number);
  const back = new Date(Date.UTC(y, mo - 1, d));
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d;
}

/** A day moved by whole days: ("2026-03-01", -1) → "2026-02-28". */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The first day the board opens, counted back from today. */
export function earliestBoardDay(today: string): string {
  return addDays(today, -BOARD_MAX_DAYS_BACK);
}

/** Whether the board can show this day: a real day, not after today, at most 400 days back. */
export function isBoardDay(text: string | null | undefined, today: string): boolean {
  return isDay(text) && text <= today && text >= earliestBoardDay(today);
}

/**
 * The past day the URL names (?date=2026-11-02), or null for today — the live board, which asks the server for its own
 * today and so rolls over at midnight. A day the board cannot show also means today.
 */
export function boardDayFromQuery(text: string | null, today: string): string | null {
  return isBoardDay(text, today) && text !== today ? text : null;
}

/** The date field's validator: `{ boardDay: true }` for a day the board cannot show. */
export function boardDayValidator(today: () => string): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => (isBoardDay(control.value, today()) ? null : { boardDay: true });
}

/** A mark to show: its status, the session's name (上午, 下午, 延时 …; may be empty) and a text to translate with its parameters. */
export interface MarkLabel {
  status: SessionStatus;
  session: string;
  key: string;
  params: Record<string, number>;
}

/**
 * What a person's marks read as, session by session: 迟到 21 分钟, 早退 10 分钟 (a late session that also left early reads
 * both), else the status (缺勤, 请假, 公出, 擅自脱岗 …).
 */
export function markLabels(marks: BoardMarkDto[]): MarkLabel[] {
  return marks.flatMap((m) => {
    const { status } = m;
    const session = m.sessionName ?? '';
    const labels: MarkLabel[] = [];
    if (m.status === 'Late' && m.lateMinutes > 0) labels.push({ status, session, key: 'attendance.board.team.markLate', params: { count: m.lateMinutes } });
    if ((m.status === 'Late' || m.status === 'EarlyLeave') && m.earlyMinutes > 0)
      labels.push({ status, session, key: 'attendance.board.team.markEarly', params: { count: m.earlyMinutes } });
    if (labels.length === 0) labels.push({ status, session, key: `attendance.board.status.${m.status}`, params: {} });
    return labels;
  });
}

/** Which halves of the day a leave covers, as a text key: the whole day, the morning or the afternoon. */
export function leaveHalves(out: BoardOutDto): string | null {
  if (out.kind === 'Whereabouts') return null;
  if (out.morning && out.afternoon) return 'attendance.board.team.halves.allDay';
  if (out.morning) return 'attendance.board.team.halves.morning';
  if (out.afternoon) return 'attendance.board.team.halves.afternoon';
  return null;
}
