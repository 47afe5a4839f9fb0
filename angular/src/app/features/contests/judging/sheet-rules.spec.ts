import { firstToScore, neighbour, pointsError, progress, sheetTotal } from './sheet-rules';

describe('judge sheet rules', () => {
  it('Should_accept_points_from_zero_to_the_criterion_maximum', () => {
    expect(pointsError('0', 20)).toBeNull();
    expect(pointsError('20', 20)).toBeNull();
    expect(pointsError(12.5, 20)).toBeNull();
    expect(pointsError('20.01', 20)).toBe('aboveMax');
    expect(pointsError('-1', 20)).toBe('negative');
  });

  it('Should_say_why_a_typed_value_is_refused', () => {
    expect(pointsError('', 10)).toBe('required');
    expect(pointsError(null, 10)).toBe('required');
    expect(pointsError('八', 10)).toBe('notNumber');
    expect(pointsError('1e1', 10)).toBe('notNumber');
    expect(pointsError('3.333', 10)).toBe('tooPrecise');
  });

  it('Should_total_a_complete_sheet_only', () => {
    expect(sheetTotal(['18', '25.5', 30], [20, 30, 50])).toBe(73.5);
    expect(sheetTotal(['18', '', 30], [20, 30, 50])).toBeNull();
    expect(sheetTotal(['21', '1', '1'], [20, 30, 50])).toBeNull();
    expect(sheetTotal(['0.1', '0.2'], [1, 1])).toBe(0.3);
  });

  const queue = [
    { drawNumber: 3, recused: false, submitted: false },
    { drawNumber: 1, recused: false, submitted: true },
    { drawNumber: 2, recused: true, submitted: false },
  ];

  it('Should_walk_the_entrants_by_draw_number', () => {
    expect(neighbour(queue, 1, 1)?.drawNumber).toBe(2);
    expect(neighbour(queue, 3, -1)?.drawNumber).toBe(2);
    expect(neighbour(queue, 3, 1)).toBeNull();
    expect(neighbour(queue, 9, 1)?.drawNumber).toBe(1);
  });

  it('Should_start_at_the_first_entrant_still_to_score_skipping_recusals', () => {
    expect(firstToScore(queue)?.drawNumber).toBe(3);
    expect(firstToScore(queue.map((q) => ({ ...q, submitted: true })))?.drawNumber).toBe(1);
    expect(firstToScore([])).toBeNull();
  });

  it('Should_count_progress_without_the_recused_entrants', () => {
    expect(progress(queue)).toEqual({ done: 1, of: 2 });
  });
});
