import { MyDayDto, MyMonthDto, MySessionDto, SessionStatus } from '../../../proxy/models';
import { buildCalendar, dayOf, parseMonth, shiftMonth } from './calendar';

function session(status: SessionStatus, lateMinutes = 0, earlyMinutes = 0): MySessionDto {
  return { sessionIndex: 0, sessionName: '上午', status, expectedStart: '09:00:00', expectedEnd: '12:00:00', lateMinutes, earlyMinutes, in: null, out: null, isCorrected: false };
}

function day(date: string, isWorkingDay: boolean, sessions: MySessionDto[] = [], leave: MyDayDto['leave'] = []): MyDayDto {
  return { date, isWorkingDay, sessions, punches: [], leave };
}

function month(year: number, m: number, days: number): MyMonthDto {
  return {
    year, month: m, timeZone: 'Asia/Shanghai',
    days: Array.from({ length: days }, (_, i) => day(`${year}-${String(m).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`, true)),
    summary: { workingDays: days, sessions: 0, byStatus: [] },
  };
}

describe('attendance calendar', () => {
  it('Should_start_weeks_on_monday_and_pad_with_empty_cells', () => {
    // October 2026 begins on a Thursday and ends on a Saturday.
    const weeks = buildCalendar(month(2026, 10, 31));

    expect(weeks).toHaveLength(5);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0].slice(0, 3)).toEqual([null, null, null]);
    expect(weeks[0][3]?.day).toBe(1);
    expect(weeks[4][5]?.day).toBe(31);
    expect(weeks[4][6]).toBeNull();
  });

  it('Should_show_the_worst_mark_first_and_every_mark_as_text', () => {
    const d = dayOf(day('2026-10-12', true, [session('Present'), session('Late', 5), session('Absent')]));

    expect(d.tone).toBe('absent');
    expect(d.marks).toEqual(['absent', 'late']);
  });

  it('Should_mark_a_late_session_that_also_left_early_as_both', () => {
    expect(dayOf(day('2026-10-12', true, [session('Late', 5, 10)])).marks).toEqual(['late', 'early']);
  });

  it('Should_tell_rest_days_working_days_without_results_and_leave_apart', () => {
    const leave = { leaveRequestId: 'x', typeNameZh: '年休假', typeNameEn: 'Annual', status: 'Approved' as const, morning: true, afternoon: true };
    const pending = { ...leave, status: 'Pending' as const };

    expect(dayOf(day('2026-10-11', false)).tone).toBe('rest');
    expect(dayOf(day('2026-10-12', true)).tone).toBe('none');
    expect(dayOf(day('2026-10-13', true, [], [leave])).tone).toBe('leave');
    const waiting = dayOf(day('2026-10-14', true, [], [pending]));
    expect(waiting.tone).toBe('none');
    expect(waiting.pendingLeave).toBe(true);
    expect(dayOf(day('2026-10-15', true, [session('Present'), session('Present')])).marks).toEqual(['present']);
  });

  it('Should_parse_and_shift_months_across_years', () => {
    expect(parseMonth('2026-10')).toEqual({ year: 2026, month: 10 });
    expect(parseMonth('2026-13')).toBeNull();
    expect(parseMonth('x')).toBeNull();
    expect(shiftMonth(2026, 1, -1)).toBe('2025-12');
    expect(shiftMonth(2026, 12, 1)).toBe('2027-01');
  });
});
