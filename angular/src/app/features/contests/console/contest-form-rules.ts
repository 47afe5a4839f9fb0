/**
 * The organiser's form rules, checked as one types (the server checks them again): the entry window closes after it
 * opens; a team has 2..max members; each round weighs more than 0 and a judged round has criteria with positive
 * maximum points; an award tier is a count (≥ 1) or a share (0–100 %), and the shares together stay within 100 %.
 */
export function windowError(opensAt: string | null, closesAt: string | null): 'required' | 'closesBeforeOpens' | null {
  if (!opensAt || !closesAt) return 'required';
  return new Date(closesAt).getTime() <= new Date(opensAt).getTime() ? 'closesBeforeOpens' : null;
}

export function teamSizeError(mode: string, size: number | null, max: number): 'range' | null {
  if (mode !== 'Team') return null;
  return size == null || !Number.isInteger(size) || size < 2 || size > max ? 'range' : null;
}

export interface RoundDraft {
  kind: string;
  weight: number | null;
  examId?: string | null;
  criteria: ReadonlyArray<{ name: string; maxPoints: number | null }>;
}

export type RoundError = 'weight' | 'noCriteria' | 'criterionName' | 'criterionMax';

export function roundError(r: RoundDraft): RoundError | null {
  if (r.weight == null || !(r.weight > 0)) return 'weight';
  if (r.kind === 'Written') return null;
  if (r.criteria.length === 0) return 'noCriteria';
  if (r.criteria.some((c) => !c.name.trim())) return 'criterionName';
  if (r.criteria.some((c) => c.maxPoints == null || !(c.maxPoints > 0))) return 'criterionMax';
  return null;
}

/** Each round's part of the final score, in percent (weights are relative: 3 and 1 make 75 % and 25 %). */
export function weightShares(weights: ReadonlyArray<number | null>): number[] {
  const sum = weights.reduce<number>((s, w) => s + (w && w > 0 ? w : 0), 0);
  return weights.map((w) => (sum > 0 && w && w > 0 ? Math.round((w / sum) * 1000) / 10 : 0));
}

export interface TierDraft {
  count: number | null;
  sharePercent: number | null;
}

export function tierError(t: TierDraft): 'oneOf' | 'count' | 'share' | null {
  const hasCount = t.count != null, hasShare = t.sharePercent != null;
  if (hasCount === hasShare) return 'oneOf';
  if (hasCount) return Number.isInteger(t.count) && t.count! >= 1 ? null : 'count';
  return t.sharePercent! > 0 && t.sharePercent! <= 100 ? null : 'share';
}

export function sharesTooLarge(tiers: readonly TierDraft[]): boolean {
  return tiers.reduce((s, t) => s + (t.sharePercent ?? 0), 0) > 100;
}

/** The shortest reason for editing an award before publication (kept with the award). */
export const AWARD_REASON_MIN = 5;
