import { MyDayDto, MyMonthDto, SessionStatus } from '../../../proxy/models';

/**
 * What a calendar day shows, worst first: an absence outweighs lateness, lateness outweighs leave. Each tone has a
 * colour AND a text label on the page (never colour alone).
 */
export type DayTone = 'absent' | 'outWithoutLeave' | 'offPost' | 'late' | 'early' | 'leave' | 'officialBusiness' | 'present' | 'rest' | 'none';

const ORDER: DayTone[] = ['absent', 'outWithoutLeave', 'offPost', 'late', 'early', 'leave', 'officialBusiness', 'present'];

const TONE_OF: Record<SessionStatus, DayTone> = {
  Absent: 'absent',
  OutWithoutLeave: 'outWithoutLeave',
  OffPost: 'offPost',
  Late: 'late',
  EarlyLeave: 'early',
  OnLeave: 'leave',
  OfficialBusiness: 'officialBusiness',
  Present: 'present',
};

export interface CalendarDay {
  date: string;
  day: number;
  isWorkingDay: boolean;
  /** The day's worst mark; 'rest' on a day off without results, 'none' on a working day without results yet. */
  tone: DayTone;
  /** Every distinct mark of the day, worst first (the day shows them all as text). */
  marks: DayTone[];
  /** Leave that is still waiting for approval. */
  pendingLeave: boolean;
  source: MyDayDto;
}

/** A week of the calendar, Monday first; days of the neighbouring months are null. */
export type CalendarWeek = (CalendarDay | null)[];

export function dayOf(d: MyDayDto): CalendarDay {
  const fromSessions = d.sessions.map((s) => TONE_OF[s.status]);
  // A session both late and early reads Late with early minutes: show both marks.
  if (d.sessions.some((s) => s.status === 'Late' && s.earlyMinutes > 0)) fromSessions.push('early');
  const approvedLeave = d.leave.some((l) => l.status === 'Approved');
  if (approvedLeave && fromSessions.length === 0) fromSessions.push('leave');
  const marks = ORDER.filter((t) => fromSessions.includes(t));
  const tone: DayTone = marks[0] ?? (d.isWorkingDay ? 'none' : 'rest');
  return {
    date: d.date,
    day: Number(d.date.slice(8, 10)),
    isWorkingDay: d.isWorkingDay,
    tone,
    marks: marks.length > 1 ? marks.filter((m) => m !== 'present') : marks,
    pendingLeave: d.leave.some((l) => l.status === 'Pending'),
    source: d,
  };
}

/** The month as weeks of seven, Monday first (一 … 日), padded with nulls before the 1st and after the last day. */
export function buildCalendar(month: MyMonthDto): CalendarWeek[] {
  const days = [...month.days].sort((a, b) => a.date.localeCompare(b.date)).map(dayOf);
  if (days.length === 0) return [];
  const first = new Date(`${days[0].date}T00:00:00Z`).getUTCDay();
  const cells: (CalendarDay | null)[] = [...Array((first + 6) % 7).fill(null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: CalendarWeek[] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** "2026-10" → { year: 2026, month: 10 }; null when it is not a month. */
export function parseMonth(text: string | null | undefined): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text ?? '');
  if (!m) return null;
  const year = Number(m[1]), month = Number(m[2]);
  return year >= 2000 && year <= 2100 && month >= 1 && month <= 12 ? { year, month } : null;
}

/** The month <paramref name="delta"/> months away, as "yyyy-MM". */
export function shiftMonth(year: number, month: number, delta: number): string {
  const index = year * 12 + (month - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** "09:05:00" → "09:05". */
export function hhmm(time: string | null | undefined): string {
  return time ? time.slice(0, 5) : '';
}
