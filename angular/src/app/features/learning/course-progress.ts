import { LessonDto } from '../../proxy/models';
import { remainingMs } from './exam/countdown';

/** Lessons done as a whole percentage for a progress bar (a course without lessons counts as 0). */
export function progressPercent(done: number, total: number): number {
  return total > 0 ? Math.round((Math.min(done, total) / total) * 100) : 0;
}

/** The lesson to show: the one asked for, else the first not done yet, else the first. */
export function lessonToShow(lessons: readonly LessonDto[], doneIds: readonly string[], wanted?: string | null): LessonDto | null {
  const ordered = [...lessons].sort((a, b) => a.order - b.order);
  return ordered.find((l) => l.id === wanted) ?? ordered.find((l) => !doneIds.includes(l.id)) ?? ordered[0] ?? null;
}

/**
 * Whole seconds before a lesson may be marked read, by the server's clock (its readyAt, the offset of the server's clock
 * over this browser's), rounded up so 0 means the server will accept it.
 */
export function readingSecondsLeft(readyAt: string, offsetMs: number, localNowMs: number): number {
  return Math.ceil(remainingMs(readyAt, offsetMs, localNowMs) / 1000);
}
