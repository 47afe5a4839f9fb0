import { roundError, sharesTooLarge, teamSizeError, tierError, weightShares, windowError } from './contest-form-rules';

describe('contest form rules', () => {
  it('Should_want_the_entry_window_to_close_after_it_opens', () => {
    expect(windowError('2026-05-01T00:00:00Z', '2026-05-02T00:00:00Z')).toBeNull();
    expect(windowError('2026-05-02T00:00:00Z', '2026-05-02T00:00:00Z')).toBe('closesBeforeOpens');
    expect(windowError(null, '2026-05-02T00:00:00Z')).toBe('required');
  });

  it('Should_bound_the_team_size_for_team_contests_only', () => {
    expect(teamSizeError('Individual', null, 5)).toBeNull();
    expect(teamSizeError('Team', 3, 5)).toBeNull();
    expect(teamSizeError('Team', 1, 5)).toBe('range');
    expect(teamSizeError('Team', 6, 5)).toBe('range');
    expect(teamSizeError('Team', 2.5, 5)).toBe('range');
  });

  it('Should_want_a_positive_weight_and_criteria_for_a_judged_round', () => {
    expect(roundError({ kind: 'Written', weight: 40, criteria: [] })).toBeNull();
    expect(roundError({ kind: 'Written', weight: 0, criteria: [] })).toBe('weight');
    expect(roundError({ kind: 'Practical', weight: 60, criteria: [] })).toBe('noCriteria');
    expect(roundError({ kind: 'Speech', weight: 60, criteria: [{ name: ' ', maxPoints: 10 }] })).toBe('criterionName');
    expect(roundError({ kind: 'Scenario', weight: 60, criteria: [{ name: '仪容', maxPoints: 0 }] })).toBe('criterionMax');
    expect(roundError({ kind: 'Practical', weight: 60, criteria: [{ name: '规范', maxPoints: 40 }, { name: '效率', maxPoints: 60 }] })).toBeNull();
  });

  it('Should_show_each_round_share_of_the_final_score', () => {
    expect(weightShares([3, 1])).toEqual([75, 25]);
    expect(weightShares([1, 1, 1])).toEqual([33.3, 33.3, 33.3]);
    expect(weightShares([null, 2])).toEqual([0, 100]);
  });

  it('Should_want_a_tier_by_count_or_by_share_and_shares_within_100', () => {
    expect(tierError({ count: 1, sharePercent: null })).toBeNull();
    expect(tierError({ count: null, sharePercent: 20 })).toBeNull();
    expect(tierError({ count: 1, sharePercent: 20 })).toBe('oneOf');
    expect(tierError({ count: null, sharePercent: null })).toBe('oneOf');
    expect(tierError({ count: 0, sharePercent: null })).toBe('count');
    expect(tierError({ count: null, sharePercent: 120 })).toBe('share');
    expect(sharesTooLarge([{ count: null, sharePercent: 60 }, { count: null, sharePercent: 50 }])).toBe(true);
    expect(sharesTooLarge([{ count: 1, sharePercent: null }, { count: null, sharePercent: 50 }])).toBe(false);
  });
});
