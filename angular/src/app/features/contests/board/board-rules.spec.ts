import { applyChange, distribution, formatScore, rerank } from './board-rules';

const row = (entryId: string, drawNumber: number, total: number | null, writtenScore: number | null = null, writtenSubmittedAt: string | null = null) =>
  ({ entryId, drawNumber, total, writtenScore, writtenSubmittedAt, rank: null as number | null });

describe('leaderboard rules', () => {
  it('Should_rank_by_total_then_written_score_then_earlier_submission', () => {
    const ranked = rerank([
      row('a', 1, 80, 70, '2026-05-01T02:00:00Z'),
      row('b', 2, 80, 90, '2026-05-01T03:00:00Z'),
      row('c', 3, 80, 70, '2026-05-01T01:00:00Z'),
      row('d', 4, 95, 10),
    ]);
    expect(ranked.map((r) => [r.entryId, r.rank])).toEqual([['d', 1], ['b', 2], ['c', 3], ['a', 4]]);
  });

  it('Should_share_a_rank_only_when_the_whole_rule_ties_and_list_unscored_last', () => {
    const ranked = rerank([row('a', 2, 60, 50), row('b', 1, 60, 50), row('c', 3, null), row('d', 4, 70)]);
    expect(ranked.map((r) => [r.entryId, r.rank])).toEqual([['d', 1], ['b', 2], ['a', 3], ['c', null]]);
    const tied = rerank([row('a', 2, 60), row('b', 2, 60)]);
    expect(tied.map((r) => r.rank)).toEqual([1, 1]);
  });

  it('Should_replace_a_changed_entrant_and_move_the_others', () => {
    const board = rerank([row('a', 1, 90), row('b', 2, 80)]);
    const next = applyChange(board, row('b', 2, 95));
    expect(next.map((r) => [r.entryId, r.total, r.rank])).toEqual([['b', 95, 1], ['a', 90, 2]]);
    expect(applyChange(board, row('c', 3, 85)).map((r) => r.entryId)).toEqual(['a', 'c', 'b']);
  });

  it('Should_count_scores_per_ten_points_with_100_in_the_top_bucket', () => {
    const d = distribution([0, 9.99, 10, 55, 100, null, 99.5]);
    expect(d.counts).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(d.labels[0]).toBe('0–10');
    expect(d.labels[9]).toBe('90–100');
  });

  it('Should_show_two_decimals_at_most', () => {
    expect(formatScore(83.3333)).toBe('83.33');
    expect(formatScore(80)).toBe('80');
    expect(formatScore(null)).toBe('—');
  });
});
