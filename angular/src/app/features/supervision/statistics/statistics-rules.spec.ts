import type { SupervisionStatisticsDto, UnitFindingsDto } from './statistics.api';
import { byMonthChart, byUnitChart, monthRange, monthsBetween, placeFilter, places } from './statistics-rules';

const unit = (id: string, code: string, violations: number, commendations: number, byCategory: UnitFindingsDto['byCategory']): UnitFindingsDto =>
  ({ unitId: id, hallId: 'h1', unitCode: code, unitName: `单位${code}`, violations, commendations, byCategory });

const stats: SupervisionStatisticsDto = {
  from: '2026-03-01', to: '2026-05-31',
  byMonth: [
    { year: 2026, month: 3, category: 'WorkDiscipline', count: 2, unitPoints: -2 },
    { year: 2026, month: 5, category: 'WorkDiscipline', count: 1, unitPoints: -1 },
    { year: 2026, month: 5, category: 'ServiceAttitude', count: 4, unitPoints: -4 },
    { year: 2026, month: 4, category: 'Banner', count: 1, unitPoints: 2 },
  ],
  byUnit: [
    unit('u1', 'ZH', 3, 0, [{ category: 'WorkDiscipline', count: 3, unitPoints: -3 }]),
    unit('u2', 'SW', 4, 1, [{ category: 'ServiceAttitude', count: 4, unitPoints: -4 }, { category: 'Banner', count: 1, unitPoints: 2 }]),
    unit('u3', 'GA', 0, 0, []),
  ],
  disputes: { pending: 1, upheld: 0, withdrawn: 1 },
  ledger: { open: 1, inProgress: 0, rectified: 0, accepted: 0, sentBack: 1, overdue: 1, sentBackFalse: 1, sentBackPerfunctory: 0 },
};

describe('supervision statistics rules', () => {
  it('Should_list_every_month_of_the_span_across_a_year_end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-05', '2026-05')).toEqual(['2026-05']);
  });

  it('Should_default_to_six_months_to_this_one_and_mend_a_wrong_span', () => {
    expect(monthRange('', '', '2026-12')).toEqual({ from: '2026-07', to: '2026-12' });
    expect(monthRange('2026-09', '2026-03', '2026-12')).toEqual({ from: '2026-03', to: '2026-09' });
    expect(monthRange('2026-01', '2027-05', '2026-12')).toEqual({ from: '2026-01', to: '2026-12' });
    expect(monthRange('2020-01', '2026-12', '2026-12')).toEqual({ from: '2025-01', to: '2026-12' });
    expect(monthRange('2026-13', 'x', '2026-12').to).toBe('2026-12');
  });

  it('Should_stack_the_months_violations_by_category_with_empty_months_and_no_commendations', () => {
    const c = byMonthChart(stats, ['2026-03', '2026-04', '2026-05']);
    expect(c.categories).toEqual(['2026-03', '2026-04', '2026-05']);
    expect(c.series).toEqual([{ key: 'WorkDiscipline', values: [2, 0, 1] }, { key: 'ServiceAttitude', values: [0, 0, 4] }]);
    expect(c.rows.map((r) => r.total)).toEqual([2, 0, 5]);
  });

  it('Should_chart_units_with_findings_most_first_and_commendations_apart', () => {
    const v = byUnitChart(stats, 'violations');
    expect(v.categories).toEqual(['单位SW', '单位ZH']);
    expect(v.series).toEqual([{ key: 'WorkDiscipline', values: [0, 3] }, { key: 'ServiceAttitude', values: [4, 0] }]);
    const c = byUnitChart(stats, 'commendations');
    expect(c.rows).toEqual([{ label: '单位SW', cells: [1], total: 1 }]);
  });

  it('Should_offer_halls_and_their_units_and_turn_a_choice_into_the_query', () => {
    const tree = { halls: [{ hall: { id: 'h1', name: '市政务服务中心' }, units: [{ unit: { id: 'u1', name: '综合受理窗口' } }] }] } as never;
    expect(places(tree)).toEqual([{ key: 'hall:h1', label: '市政务服务中心' }, { key: 'unit:u1', label: '综合受理窗口' }]);
    expect(placeFilter('unit:u1')).toEqual({ unitId: 'u1' });
    expect(placeFilter('hall:h1')).toEqual({ hallId: 'h1' });
    expect(placeFilter('')).toEqual({});
  });
});
