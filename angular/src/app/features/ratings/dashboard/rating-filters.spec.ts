import type { TableState } from '../../../shared/url-state';
import { addMonths, belowTarget, drillDown, listParams, monthDays, monthRange, percent, unitSatisfaction } from './rating-filters';
import type { GroupCountsDto } from './ratings-api';

const ID = '0b7e6c9a-1d2f-4a3b-9c8d-7e6f5a4b3c2d';

function state(extra: Record<string, string>, filter = ''): TableState {
  return { page: 2, size: 20, sort: 'ratedAt desc', filter, ...extra };
}

describe('Rating filters', () => {
  it('Should_turn_a_month_into_its_first_and_last_day', () => {
    expect(monthDays('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(monthDays('2026-12')).toEqual({ first: '2026-12-01', last: '2026-12-31' });
    expect(monthDays('2026-13')).toBeNull();
  });

  it('Should_default_to_half_a_year_ending_this_month_and_swap_a_reversed_range', () => {
    expect(monthRange('', '', '2026-03-15')).toEqual({ from: '2025-10', to: '2026-03' });
    expect(monthRange('2026-05', '2026-01', '2026-06-01')).toEqual({ from: '2026-01', to: '2026-05' });
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthRange('2024-01', '2026-03', '2026-03-15')).toEqual({ from: '2025-04', to: '2026-03' });
  });

  it('Should_send_only_well_formed_filters_and_the_page', () => {
    const p = listParams(state({ window: ID, matter: 'x', from: '2026-03-01', to: '2026-3-1', level: 'Dissatisfied', channel: 'Fax', bad: '1', excluded: 'no' }, ' A-12 '));
    expect(p.WindowId).toBe(ID);
    expect(p.MatterId).toBeUndefined();
    expect(p.From).toBe('2026-03-01');
    expect(p.To).toBeUndefined();
    expect(p.Level).toBe('Dissatisfied');
    expect(p.Channel).toBeUndefined();
    expect(p.BadOnly).toBe(true);
    expect(p.Excluded).toBe(false);
    expect(p.Filter).toBe('A-12');
    expect(p.SkipCount).toBe(40);
    expect(p.Sorting).toBe('ratedAt desc');
  });

  it('Should_drill_down_to_the_list_over_the_dashboards_place_and_months', () => {
    expect(drillDown('matter', ID, { unit: 'u1' }, { from: '2026-01', to: '2026-02' }, true))
      .toEqual({ matter: ID, unit: 'u1', from: '2026-01-01', to: '2026-02-28', bad: '1' });
  });

  it('Should_colour_a_rate_only_when_it_is_below_its_target', () => {
    expect(belowTarget(0.9, 1)).toBe(true);
    expect(belowTarget(1, 1)).toBe(false);
    expect(belowTarget(null, 1)).toBe(false);
    expect(percent(0.97456)).toBe('97.5%');
    expect(percent(null)).toBe('—');
  });

  it('Should_weigh_a_units_windows_by_their_ratings', () => {
    const w = (id: string, total: number, rate: number | null): GroupCountsDto => ({
      id, code: id, name: id,
      counts: { verySatisfied: 0, satisfied: 0, basic: 0, dissatisfied: 0, veryDissatisfied: 0, total, bad: 0, satisfactionRate: rate, averagePoints: null },
    });
    const units = unitSatisfaction([w('w1', 30, 1), w('w2', 10, 0.6), w('w3', 5, 0.2), w('w4', 0, null)], new Map([['w1', 'u1'], ['w2', 'u1'], ['w4', 'u2']]));
    expect(units.get('u1')!.total).toBe(40);
    expect(units.get('u1')!.rate).toBeCloseTo(0.9);
    expect(units.has('u2')).toBe(false);
  });
});
