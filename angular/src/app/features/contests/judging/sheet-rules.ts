/**
 * The judge's sheet, checked as the judge types: each criterion's points lie within [0, max] (the server refuses the
 * rest with Contests:000NN; the page says why before sending). At most two decimals, as the server stores them.
 */
export type PointsError = 'required' | 'notNumber' | 'negative' | 'aboveMax' | 'tooPrecise';

export function pointsError(text: string | number | null | undefined, max: number): PointsError | null {
  const raw = typeof text === 'number' ? String(text) : (text ?? '').trim();
  if (raw === '') return 'required';
  if (!/^-?\d+(\.\d+)?$/.test(raw)) return 'notNumber';
  const value = Number(raw);
  if (value < 0) return 'negative';
  if (value > max) return 'aboveMax';
  if (!/^\d+(\.\d{1,2})?$/.test(raw)) return 'tooPrecise';
  return null;
}

/** The sheet's total: the sum of the criteria's points, null while any is missing or wrong. */
export function sheetTotal(points: ReadonlyArray<string | number | null | undefined>, maxima: readonly number[]): number | null {
  if (points.length !== maxima.length || points.some((p, i) => pointsError(p, maxima[i]) !== null)) return null;
  return Math.round(points.reduce<number>((sum, p) => sum + Number(p), 0) * 100) / 100;
}

/** One entrant on the judge's list: their draw number, whether the judge must recuse, and the sheet's state. */
export interface JudgeQueueItem {
  drawNumber: number;
  recused: boolean;
  submitted: boolean;
}

/** The entrant before or after the one shown, by draw number (the judge walks the list in the order of the draw). */
export function neighbour<T extends JudgeQueueItem>(items: readonly T[], current: number, step: 1 | -1): T | null {
  const sorted = [...items].sort((a, b) => a.drawNumber - b.drawNumber);
  const at = sorted.findIndex((i) => i.drawNumber === current);
  if (at < 0) return sorted[0] ?? null;
  return sorted[at + step] ?? null;
}

/** Where the judge starts: the first entrant by draw number still to score (not recused, not submitted), else the first. */
export function firstToScore<T extends JudgeQueueItem>(items: readonly T[]): T | null {
  const sorted = [...items].sort((a, b) => a.drawNumber - b.drawNumber);
  return sorted.find((i) => !i.recused && !i.submitted) ?? sorted[0] ?? null;
}

/** How far the judge is: sheets submitted of those they may score (recusals do not count against them). */
export function progress(items: readonly JudgeQueueItem[]): { done: number; of: number } {
  const scorable = items.filter((i) => !i.recused);
  return { done: scorable.filter((i) => i.submitted).length, of: scorable.length };
}

/** The shortest reason for a chief judge's correction (the server's rule; the form says so as one types). */
export const CORRECTION_REASON_MIN = 5;
