import { signal } from '@angular/core';
import { Problem, toProblem } from '../../../core/problem';
import { AnswersSavedDto } from '../../../proxy/models';
import { Answers } from './answers';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'retrying';

/** A racing save of the same attempt (the server's optimistic check): send again, the server merges. */
export const CONFLICT_CODE = 'Common:Conflict';

export interface AnswerSaverOptions {
  save: (answers: Answers) => Promise<AnswersSavedDto>;
  /** Every acknowledgement (it carries the server's clock). */
  onSaved: (ack: AnswersSavedDto) => void;
  /** The server refused for good (the attempt was handed in or is past its deadline): the page re-reads the attempt. */
  onRefused: (problem: Problem) => void;
  debounceMs?: number;
  /** The pause before retry number n (1, 2 …) after a failure. */
  retryMs?: (failures: number) => number;
}

/**
 * Saves answers as the taker goes: changes are collected and sent together a moment after the last one; a failed save
 * keeps its answers (newer changes win) and is retried with growing pauses; a 409 Conflict is retried at once.
 */
export class AnswerSaver {
  readonly status = signal<SaveStatus>('idle');
  readonly savedAt = signal<Date | null>(null);
  private pending: Answers = {};
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private failures = 0;
  private stopped = false;
  /** The pause before sending what is still pending when a save ends. */
  private nextDelayMs = 0;
  private readonly debounceMs: number;
  private readonly retryMs: (failures: number) => number;

  constructor(private readonly options: AnswerSaverOptions) {
    this.debounceMs = options.debounceMs ?? 1500;
    this.retryMs = options.retryMs ?? ((n) => Math.min(15_000, 1000 * 2 ** n));
  }

  get hasPending(): boolean {
    return Object.keys(this.pending).length > 0 || this.running !== null;
  }

  change(index: number, response: string): void {
    if (this.stopped) return;
    this.pending[index] = response;
    if (this.status() !== 'retrying') this.status.set('saving');
    this.schedule(this.failures ? this.retryMs(this.failures) : this.debounceMs);
  }

  /** Sends what is pending now (before handing in); true when everything reached the server. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    if (this.running) await this.running;
    this.clearTimer();
    if (Object.keys(this.pending).length && !this.stopped) await this.run();
    return !this.hasPending;
  }

  /** No more saves (the attempt is closed, or the page goes away). */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private run(): Promise<void> {
    // A change during a save waits for it; the save's end schedules the next one.
    this.running ??= this.send().finally(() => {
      this.running = null;
      if (Object.keys(this.pending).length && this.timer === undefined && !this.stopped) this.schedule(this.nextDelayMs);
    });
    return this.running;
  }

  private async send(): Promise<void> {
    const batch = this.pending;
    this.pending = {};
    if (!Object.keys(batch).length || this.stopped) return;
    try {
      const ack = await this.options.save(batch);
      this.failures = 0;
      this.savedAt.set(new Date());
      this.options.onSaved(ack);
      this.nextDelayMs = this.debounceMs;
      if (!Object.keys(this.pending).length) this.status.set('saved');
    } catch (e) {
      this.pending = { ...batch, ...this.pending };
      const problem = toProblem(e);
      if (problem.status === 409 && problem.code === CONFLICT_CODE) {
        this.nextDelayMs = 0;
      } else if (retryable(problem.status)) {
        this.failures++;
        this.status.set('retrying');
        this.nextDelayMs = this.retryMs(this.failures);
      } else {
        this.stop();
        this.options.onRefused(problem);
      }
    }
  }
}

/** No connection, a timeout, rate limiting or a server failure: worth trying again. */
function retryable(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}
