import { FormControl, FormGroup } from '@angular/forms';
import { periodToUtc, periodValidator, statisticsRows, thisYear } from './statistics-period';

describe('statistics-period', () => {
  it('Should_default_to_this_Beijing_year', () => {
    expect(thisYear(new Date('2026-06-01T00:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('Should_send_a_half_open_UTC_range_of_whole_Beijing_days', () => {
    expect(periodToUtc({ from: '2026-01-01', to: '2026-12-31' })).toEqual({ from: '2025-12-31T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' });
    expect(periodToUtc({ from: '2026-05-01', to: '2026-05-01' })).toEqual({ from: '2026-04-30T16:00:00.000Z', to: '2026-05-01T16:00:00.000Z' });
    expect(periodToUtc({ from: '2026-05-02', to: '2026-05-01' })).toBeNull();
    expect(periodToUtc({ from: '', to: '2026-05-01' })).toBeNull();
    expect(new FormGroup({ from: new FormControl('2026-05-02'), to: new FormControl('2026-05-01') }, { validators: periodValidator }).hasError('toAfterFrom')).toBe(true);
  });

  it('Should_name_units_and_show_rates_in_percent', () => {
    const rows = statisticsRows([
      { hallId: 'h', unitId: 'u2', enrolled: 3, completed: 1, completionRate: 0.3333, attempts: 2, passed: 1, passRate: 0.5 },
      { hallId: 'h', unitId: null, enrolled: 1, completed: 1, completionRate: 1, attempts: 0, passed: 0, passRate: 0 },
    ], new Map([['h', '市政务服务中心']]), new Map([['u2', '公安窗口']]), '未分配单位');
    expect(rows.map((r) => [r.unitName, r.completionPercent, r.passPercent])).toEqual([['公安窗口', 33.3, 50], ['未分配单位', 100, 0]]);
    expect(rows[0].hallName).toBe('市政务服务中心');
  });
});
