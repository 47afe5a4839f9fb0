import { clockOffset, crossedMark, formatRemaining, isWarning, remainingMs } from './countdown';

describe('exam countdown', () => {
  const local = Date.parse('2026-12-02T08:00:00.000Z');

  it('Should_measure_how_far_the_server_clock_is_ahead_or_behind', () => {
    expect(clockOffset('2026-12-02T08:00:30.000Z', local)).toBe(30_000);
    expect(clockOffset('2026-12-02T07:59:58.500Z', local)).toBe(-1_500);
  });

  it('Should_count_down_to_the_deadline_by_the_server_clock', () => {
    // The server is 30 s ahead: 10 minutes to the deadline by its clock are 9:30 here.
    const offset = clockOffset('2026-12-02T08:00:30.000Z', local);
    expect(remainingMs('2026-12-02T08:10:30.000Z', offset, local)).toBe(600_000);
    expect(remainingMs('2026-12-02T08:10:30.000Z', offset, local + 600_000)).toBe(0);
    expect(remainingMs('2026-12-02T08:10:30.000Z', offset, local + 700_000)).toBe(0);
  });

  it('Should_format_minutes_and_seconds_and_hours_when_there_are_any', () => {
    expect(formatRemaining(309_000)).toBe('05:09');
    expect(formatRemaining(3_909_000)).toBe('1:05:09');
    expect(formatRemaining(100)).toBe('00:01');
    expect(formatRemaining(0)).toBe('00:00');
    expect(formatRemaining(-5)).toBe('00:00');
  });

  it('Should_warn_in_the_last_five_minutes', () => {
    expect(isWarning(5 * 60_000 + 1)).toBe(false);
    expect(isWarning(5 * 60_000)).toBe(true);
    expect(isWarning(0)).toBe(true);
  });

  it('Should_announce_only_when_a_minute_mark_is_crossed', () => {
    expect(crossedMark(10 * 60_000 + 500, 10 * 60_000 - 500)).toBe(10);
    expect(crossedMark(9 * 60_000, 8 * 60_000)).toBeNull();
    expect(crossedMark(61_000, 59_000)).toBe(1);
    // A tab that slept past several marks announces the nearest one only.
    expect(crossedMark(20 * 60_000, 4 * 60_000)).toBe(5);
  });
});
