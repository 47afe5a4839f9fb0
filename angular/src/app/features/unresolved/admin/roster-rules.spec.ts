import { daysOfMonth, shiftMonth } from './roster-rules';

describe('roster rules', () => {
  it('Should_list_every_day_of_the_month_with_its_weekday', () => {
    const feb = daysOfMonth(2026, 2);
    expect(feb).toHaveLength(28);
    expect(feb[0]).toEqual({ date: '2026-02-01', weekday: 0 });
    expect(daysOfMonth(2028, 2)).toHaveLength(29);
    expect(daysOfMonth(2026, 12).at(-1)).toEqual({ date: '2026-12-31', weekday: 4 });
  });

  it('Should_move_across_the_year_end', () => {
    expect(shiftMonth(2026, 12, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
    expect(shiftMonth(2026, 5, 0)).toEqual({ year: 2026, month: 5 });
  });
});
