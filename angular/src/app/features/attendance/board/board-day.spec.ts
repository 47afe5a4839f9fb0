import { FormControl } from '@angular/forms';
import { BoardMarkDto, BoardOutDto } from '../../../proxy/models';
import { addDays, boardDayFromQuery, boardDayValidator, isBoardDay, isDay, leaveHalves, markLabels } from './board-day';

const today = '2026-11-23';

function mark(status: BoardMarkDto['status'], lateMinutes = 0, earlyMinutes = 0, sessionName = '上午'): BoardMarkDto {
  return { sessionIndex: 0, sessionName, status, lateMinutes, earlyMinutes };
}

function leave(morning: boolean, afternoon: boolean): BoardOutDto {
  return { kind: 'Leave', leaveTypeZh: '事假', leaveTypeEn: 'Personal leave', destination: null, since: null, expectedBack: null, morning, afternoon };
}

describe('team board day', () => {
  it('Should_know_real_days_and_count_days_across_months_and_leap_years', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-2-3')).toBe(false);
    expect(isDay(null)).toBe(false);
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('Should_open_a_past_day_from_the_url_and_today_for_anything_else', () => {
    expect(boardDayFromQuery('2026-11-02', today)).toBe('2026-11-02');
    expect(boardDayFromQuery(today, today)).toBeNull();             // today is the live board
    expect(boardDayFromQuery('2026-11-24', today)).toBeNull();      // the future
    expect(boardDayFromQuery('2025-10-18', today)).toBeNull();      // 401 days back
    expect(boardDayFromQuery('2025-10-19', today)).toBe('2025-10-19'); // exactly 400 days back
    expect(boardDayFromQuery('2026-13-01', today)).toBeNull();
    expect(boardDayFromQuery(null, today)).toBeNull();
  });

  it('Should_refuse_a_future_or_too_old_day_in_the_date_field', () => {
    const control = new FormControl<string | null>(today, boardDayValidator(() => today));

    expect(control.valid).toBe(true);
    control.setValue('2026-11-24');
    expect(control.errors).toEqual({ boardDay: true });
    control.setValue('');
    expect(control.errors).toEqual({ boardDay: true });
    control.setValue('2026-11-02');
    expect(control.valid).toBe(true);
    expect(isBoardDay('2025-10-18', today)).toBe(false);
  });

  it('Should_read_late_with_its_minutes_absent_and_leave_per_session', () => {
    const labels = markLabels([mark('Late', 21), mark('Absent', 0, 0, '下午'), mark('OnLeave', 0, 0, '')]);

    expect(labels).toEqual([
      { status: 'Late', session: '上午', key: 'attendance.board.team.markLate', params: { count: 21 } },
      { status: 'Absent', session: '下午', key: 'attendance.board.status.Absent', params: {} },
      { status: 'OnLeave', session: '', key: 'attendance.board.status.OnLeave', params: {} },
    ]);
    expect(markLabels([mark('Late', 4, 10)]).map((l) => l.key)).toEqual(['attendance.board.team.markLate', 'attendance.board.team.markEarly']);
    expect(markLabels([mark('Late')])[0].key).toBe('attendance.board.status.Late'); // no in-punch: late without minutes
  });

  it('Should_say_which_halves_a_leave_covers', () => {
    expect(leaveHalves(leave(true, true))).toBe('attendance.board.team.halves.allDay');
    expect(leaveHalves(leave(false, true))).toBe('attendance.board.team.halves.afternoon');
    expect(leaveHalves({ ...leave(false, false), kind: 'Whereabouts' })).toBeNull();
  });
});
