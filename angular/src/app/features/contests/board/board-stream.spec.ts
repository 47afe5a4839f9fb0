import { TestBed } from '@angular/core/testing';
import type { BoardDto, BoardRowDto } from './board.api';
import { BoardStream } from './board-stream';

const row = (entryId: string, drawNumber: number, written: number | null, judged: number | null, total: number | null, rank: number | null): BoardRowDto => ({
  entryId, drawNumber, names: null, isMine: false, total, rank,
  rounds: [
    { roundId: 'w', score: written, rule: written == null ? null : 'Exam', judges: 0 },
    { roundId: 'p', score: judged, rule: judged == null ? null : 'Mean', judges: 4 },
  ],
});

const board: BoardDto = {
  contestId: 'c', title: '窗口技能大赛', state: 'Closed', namesShown: false, tieRule: '总分相同时笔试成绩高者在前，再相同时笔试交卷早者在前', at: '2026-05-01T00:00:00Z',
  rounds: [
    { roundId: 'w', order: 1, kind: 'Written', title: '笔试', weight: 40, state: 'Closed' },
    { roundId: 'p', order: 2, kind: 'Practical', title: '实操', weight: 60, state: 'Open' },
  ],
  rows: [row('a', 1, 90, 80, 84, 1), row('b', 2, 70, null, 28, 2)],
};

describe('leaderboard stream', () => {
  const stream = () => TestBed.runInInjectionContext(() => new BoardStream('/api/contests/c/board/stream', board));

  it('Should_start_from_the_board_read_as_JSON', () => {
    expect(stream().current()?.rows.map((r) => r.entryId)).toEqual(['a', 'b']);
  });

  it('Should_replace_the_changed_entrant_and_rerank_by_the_tie_rule', () => {
    const s = stream();
    s.apply({ changed: [row('b', 2, 70, 98, 86.8, null)] });
    expect(s.current()?.rows.map((r) => [r.entryId, r.total, r.rank])).toEqual([['b', 86.8, 1], ['a', 84, 2]]);
    // equal totals: the higher written score first
    s.apply({ changed: [row('a', 1, 90, 79.2, 86.8, null)] });
    expect(s.current()?.rows.map((r) => [r.entryId, r.rank])).toEqual([['a', 1], ['b', 2]]);
  });

  it('Should_keep_the_viewer_own_mark_and_the_names_shown_when_a_row_comes_broadcast_without_them', () => {
    const s = TestBed.runInInjectionContext(() => new BoardStream('/s', { ...board, rows: [{ ...row('a', 1, 90, 80, 84, 1), isMine: true, names: ['张三'] }] }));
    s.apply({ changed: [row('a', 1, 90, 85, 87, null)] });
    expect(s.current()?.rows[0]).toMatchObject({ entryId: 'a', total: 87, isMine: true, names: ['张三'] });
  });

  it('Should_take_every_row_of_one_change_and_rank_them_together', () => {
    const s = stream();
    s.apply({ changed: [row('b', 2, 70, 100, 88, 1), row('c', 3, 95, 90, 92, 1)] });
    expect(s.current()?.rows.map((r) => [r.entryId, r.total, r.rank])).toEqual([['c', 92, 1], ['b', 88, 2], ['a', 84, 3]]);
  });

  it('Should_take_a_new_snapshot_whole_and_ignore_what_it_cannot_read', () => {
    const s = stream();
    s.apply({ ...board, rows: [row('c', 3, null, null, null, null)] });
    expect(s.current()?.rows.map((r) => r.entryId)).toEqual(['c']);
    s.apply(null);
    s.apply({ unexpected: true });
    s.apply({ changed: 'not rows' });
    expect(s.current()?.rows).toHaveLength(1);
  });
});
