import { LessonDto } from '../../proxy/models';

/** Lessons done as a whole percentage for a progress bar (a course without lessons counts as 0). */
export function progressPercent(done: number, total: number): number {
  return total > 0 ? Math.round((Math.min(done, total) / total) * 100) : 0;
}

/** The lesson to show: the one asked for, else the first not done yet, else the first. */
export function lessonToShow(lessons: readonly LessonDto[], doneIds: readonly string[], wanted?: string | null): LessonDto | null {
  const ordered = [...lessons].sort((a, b) => a.order - b.order);
  return ordered.find((l) => l.id === wanted) ?? ordered.find((l) => !doneIds.includes(l.id)) ?? ordered[0] ?? null;
}
