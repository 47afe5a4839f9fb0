import { beijingDayStartUtc, beijingToUtc, beijingToday, beijingYear, formatBeijing, utcToBeijing } from './beijing-time';

describe('beijing-time', () => {
  it('Should_turn_Beijing_time_into_UTC_eight_hours_earlier', () => {
    expect(beijingToUtc('2026-03-01T09:00')).toBe('2026-03-01T01:00:00.000Z');
    expect(beijingToUtc('2026-01-01T07:30')).toBe('2025-12-31T23:30:00.000Z');
  });

  it('Should_show_UTC_instants_in_Beijing_time', () => {
    expect(utcToBeijing('2026-03-01T01:00:00Z')).toBe('2026-03-01T09:00');
    expect(utcToBeijing('2025-12-31T16:00:00Z')).toBe('2026-01-01T00:00');
    expect(formatBeijing('2026-06-30T15:59:00Z')).toBe('2026-06-30 23:59');
    expect(formatBeijing(null)).toBe('');
  });

  it('Should_round_trip', () => {
    for (const local of ['2026-02-28T23:59', '2026-07-01T00:00', '2028-02-29T12:00']) expect(utcToBeijing(beijingToUtc(local)!)).toBe(local);
  });

  it('Should_refuse_dates_that_do_not_exist', () => {
    expect(beijingToUtc('2026-02-30T10:00')).toBeNull();
    expect(beijingToUtc('2026-13-01T10:00')).toBeNull();
    expect(beijingToUtc('2026-01-01T24:00')).toBeNull();
    expect(beijingToUtc('')).toBeNull();
  });

  it('Should_take_the_year_and_day_start_in_Beijing', () => {
    expect(beijingYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(beijingDayStartUtc('2026-01-01')).toBe('2025-12-31T16:00:00.000Z');
    expect(beijingToday(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });
});
