import { signal } from '@angular/core';
import { Problem, toProblem } from '../../core/problem';

/**
 * One page's requests that change something: at most one at a time (buttons disable while busy), the server's problem
 * kept for the page's alert. Returns the result, or null after a refusal (the alert says why).
 */
export class ActionRunner {
  readonly busy = signal(false);
  readonly problem = signal<Problem | null>(null);

  async run<T>(action: () => Promise<T>): Promise<T | null> {
    if (this.busy()) return null;
    this.busy.set(true);
    this.problem.set(null);
    try {
      return await action();
    } catch (e) {
      this.problem.set(toProblem(e));
      return null;
    } finally {
      this.busy.set(false);
    }
  }
}
