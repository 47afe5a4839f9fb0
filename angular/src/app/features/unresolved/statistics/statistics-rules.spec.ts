import { onTimeRate, stepRates, unitCategoryChart } from './statistics-rules';

describe('unresolved statistics rules', () => {
  it('Should_give_no_rate_when_nothing_fell_due', () => {
    expect(onTimeRate(2, 3)).toBe(66.7);
    expect(onTimeRate(3, 3)).toBe(100);
    expect(onTimeRate(0, 0)).toBeNull();
  });

  it('Should_stack_categories_per_unit_busiest_first_with_cases_without_a_unit_named', () => {
    const chart = unitCategoryChart([
      { unitName: '市场监管', category: 'General', count: 1 },
      { unitName: null, category: 'NotStationed', count: 3 },
      { unitName: '市场监管', category: 'Complex', count: 1 },
      { unitName: '市场监管', category: null, count: 2 },
    ], ['General', 'Complex', 'NonStandardService', 'NotStationed', 'UnclearAuthority'], '不在中心', '未分类');
    expect(chart.units).toEqual(['市场监管', '不在中心']);
    expect(chart.series).toEqual([
      { key: 'General', values: [1, 0] },
      { key: 'Complex', values: [1, 0] },
      { key: 'NotStationed', values: [0, 3] },
      { key: null, values: [2, 0] },
    ]);
  });

  it('Should_order_steps_as_the_mechanism_and_leave_out_those_with_nothing_due', () => {
    const rates = stepRates(
      [{ kind: 'FollowUp', due: 4, onTime: 3 }, { kind: 'FirstReply', due: 2, onTime: 2 }, { kind: 'EscalationAnswer', due: 0, onTime: 0 }],
      ['SameDayResolution', 'FirstReply', 'ReceiverAnswer', 'FollowUp', 'EscalationAnswer'],
    );
    expect(rates.map((r) => [r.kind, r.rate])).toEqual([['FirstReply', 100], ['FollowUp', 75]]);
  });
});
