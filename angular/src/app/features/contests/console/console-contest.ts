import { Injectable, inject, signal } from '@angular/core';
import { ContestDto, ContestsApi } from '../contests.api';

/**
 * The contest the organiser's console shows, held for the page and the editors in its tabs (provided by the page, so it
 * lives as long as the page). An editor hands what its save answered to this rather than to an output of its own: a
 * tab's content is destroyed when the organiser picks another tab, and Angular drops an output emitted after that — a
 * save answered a moment after the organiser moved on was lost, so the rounds tab offered none of the judges just saved
 * and its own save, sending the old version, was refused as a conflict.
 */
@Injectable()
export class ConsoleContest {
  private readonly api = inject(ContestsApi);
  /** As last read or saved: its version is the one the next save sends. */
  readonly contest = signal<ContestDto | null>(null);

  /** Reads it again after a change whose answer is not the contest (the awards published). */
  async reload(): Promise<void> {
    const c = this.contest();
    if (c) this.contest.set(await this.api.get(c.id));
  }
}
