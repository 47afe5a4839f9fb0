import { monthFromQuery, recentYears } from './problem-list-rules';

describe('problem list rules', () => {
  it('Should_read_the_month_from_the_url_and_fall_back_to_this_month', () => {
    expect(monthFromQuery('2026-03', '2026-05-20')).toEqual({ year: 2026, month: 3 });
    expect(monthFromQuery('2026-13', '2026-05-20')).toEqual({ year: 2026, month: 5 });
    expect(monthFromQuery('March', '2026-05-20')).toEqual({ year: 2026, month: 5 });
    expect(monthFromQuery(null, '2027-01-01')).toEqual({ year: 2027, month: 1 });
  });

  it('Should_list_recent_years_newest_first', () => {
    expect(recentYears('2026-05-20', 2)).toEqual([2026, 2025]);
  });
});
