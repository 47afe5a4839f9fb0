import { percent, stepRates, unitCategoryChart } from './statistics-rules';

describe('unresolved statistics rules', () => {
  it('Should_give_no_percentage_when_nothing_fell_due', () => {
    expect(percent(2 / 3)).toBe(66.7);
    expect(percent(1)).toBe(100);
    expect(percent(0)).toBe(0);
    expect(percent(null)).toBeNull();
  });

  it('Should_stack_categories_per_unit_with_cases_without_a_unit_named', () => {
    const chart = unitCategoryChart([
      { unitId: 'u', unitName: '市场监管', total: 4, byCategory: [{ category: 'General', count: 1 }, { category: 'Complex', count: 1 }, { category: null, count: 2 }] },
      { unitId: null, unitName: null, total: 3, byCategory: [{ category: 'NotStationed', count: 3 }] },
    ], ['General', 'Complex', 'NonStandardService', 'NotStationed', 'UnclearAuthority'], '不在中心');
    expect(chart.units).toEqual(['市场监管', '不在中心']);
    expect(chart.totals).toEqual([4, 3]);
    expect(chart.series).toEqual([
      { key: 'General', values: [1, 0] },
      { key: 'Complex', values: [1, 0] },
      { key: 'NotStationed', values: [0, 3] },
      { key: null, values: [2, 0] },
    ]);
  });

  it('Should_order_steps_as_the_mechanism_and_leave_out_those_with_nothing_due', () => {
    const rate = (kind: 'FollowUp' | 'FirstReply' | 'EscalationAnswer', due: number, onTime: number) =>
      ({ kind, due, onTime, late: due - onTime, open: 0, rate: due ? onTime / due : null });
    const rates = stepRates([rate('FollowUp', 4, 3), rate('FirstReply', 2, 2), rate('EscalationAnswer', 0, 0)],
      ['SameDayResolution', 'FirstReply', 'ReceiverAnswer', 'FollowUp', 'EscalationAnswer']);
    expect(rates.map((r) => [r.kind, r.percent])).toEqual([['FirstReply', 100], ['FollowUp', 75]]);
  });
});
