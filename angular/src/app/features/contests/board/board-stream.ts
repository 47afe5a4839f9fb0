import { DestroyRef, Signal, inject, signal } from '@angular/core';
import type { BoardDto, BoardRowDto } from './board.api';
import { RankedRow, rerank } from './board-rules';

/** A board row with the written score the tie rule needs (from the round scored by the exam). */
export type LiveRow = BoardRowDto & RankedRow;

export function liveRows(rows: readonly BoardRowDto[]): LiveRow[] {
  return rows.map((r) => ({ ...r, writtenScore: r.rounds.find((s) => s.rule === 'Exam')?.score ?? null }));
}

/** A "changes" event: the rows whose totals moved since the last event, each with its new rank. */
export interface BoardChange {
  changed: BoardRowDto[];
}

/**
 * The leaderboard's event stream read with EventSource (it reconnects by itself; the server sends a fresh snapshot on
 * each connection). A "snapshot" (a board: `rows`) replaces it; a "changes" event (`changed`) replaces those entrants
 * and the board is re-ranked once by the stated rule. Closed with the page. Call in an injection context.
 */
export class BoardStream {
  private readonly board = signal<BoardDto | null>(null);
  private readonly connected = signal(false);
  readonly current: Signal<BoardDto | null> = this.board.asReadonly();
  readonly live: Signal<boolean> = this.connected.asReadonly();
  private source: EventSource | null = null;

  constructor(url: string, first: BoardDto | null = null) {
    this.board.set(first);
    inject(DestroyRef).onDestroy(() => this.source?.close());
    if (typeof EventSource === 'undefined') return;
    this.source = new EventSource(url, { withCredentials: true });
    this.source.onopen = () => this.connected.set(true);
    this.source.onerror = () => this.connected.set(false);
    const read = (e: MessageEvent<string>) => this.apply(JSON.parse(e.data) as unknown);
    for (const name of ['snapshot', 'changes']) this.source.addEventListener(name, read as EventListener);
  }

  /** One message of the stream applied to the board shown (exported for the spec through the class). */
  apply(data: unknown): void {
    if (!data || typeof data !== 'object') return;
    if ('rows' in data) {
      this.board.set(data as BoardDto);
      return;
    }
    const board = this.board();
    if (!board || !('changed' in data) || !Array.isArray((data as BoardChange).changed)) return;
    // Changes are broadcast as everyone may see them (no names, nobody's own): keep what this viewer was shown.
    const before = new Map(board.rows.map((r) => [r.entryId, r]));
    const changed = new Map((data as BoardChange).changed.map((sent) => {
      const old = before.get(sent.entryId);
      return [sent.entryId, { ...sent, names: sent.names ?? old?.names ?? null, isMine: sent.isMine || !!old?.isMine }];
    }));
    const rows = [...board.rows.filter((r) => !changed.has(r.entryId)), ...changed.values()];
    this.board.set({ ...board, rows: rerank(liveRows(rows)) });
  }
}
