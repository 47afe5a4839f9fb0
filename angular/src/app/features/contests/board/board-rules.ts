/**
 * The leaderboard on the web side: the stream sends a snapshot, then the rows of entrants whose totals changed; the page
 * keeps the rows in rank order. Ranks come from the server (it knows the tie rule's written scores and submit times);
 * a changed row carries its new rank and the others' ranks move with it, so the page re-ranks by the stated rule
 * (total desc, then the written score desc, then the earlier written submission) for rows the event did not cover.
 */
export interface RankedRow {
  entryId: string;
  drawNumber: number;
  total?: number | null;
  rank?: number | null;
  writtenScore?: number | null;
  writtenSubmittedAt?: string | null;
}

/** The tie rule: total desc; then the written score desc; then the earlier written submission; then the draw number. */
export function compareByRule(a: RankedRow, b: RankedRow): number {
  const desc = (x?: number | null, y?: number | null) => (y ?? -1) - (x ?? -1);
  return desc(a.total, b.total) || desc(a.writtenScore, b.writtenScore)
    || (a.writtenSubmittedAt ?? '\uffff').localeCompare(b.writtenSubmittedAt ?? '\uffff') || a.drawNumber - b.drawNumber;
}

/** Ranks by the rule; rows without a total yet are unranked (null) and listed last by draw number. */
export function rerank<T extends RankedRow>(rows: readonly T[]): T[] {
  const scored = rows.filter((r) => r.total != null).sort(compareByRule);
  const unscored = rows.filter((r) => r.total == null).sort((a, b) => a.drawNumber - b.drawNumber);
  let rank = 0;
  const ranked = scored.map((r, i) => {
    const tied = i > 0 && compareByRule(scored[i - 1], r) === 0;
    rank = tied ? rank : i + 1;
    return { ...r, rank };
  });
  return [...ranked, ...unscored.map((r) => ({ ...r, rank: null }))];
}

/** A changed row from the stream put in place of the old one (or added), the board re-ranked. */
export function applyChange<T extends RankedRow>(rows: readonly T[], changed: T): T[] {
  const found = rows.some((r) => r.entryId === changed.entryId);
  return rerank(found ? rows.map((r) => (r.entryId === changed.entryId ? changed : r)) : [...rows, changed]);
}

/** How scores are spread: counts per ten points (0–9.99 … 90–100); the last bucket includes 100. */
export function distribution(values: ReadonlyArray<number | null | undefined>, width = 10): { labels: string[]; counts: number[] } {
  const buckets = Math.ceil(100 / width);
  const counts = Array.from({ length: buckets }, () => 0);
  for (const v of values) {
    if (v == null || Number.isNaN(v)) continue;
    counts[Math.min(buckets - 1, Math.max(0, Math.floor(v / width)))]++;
  }
  const labels = counts.map((_, i) => `${i * width}–${Math.min(100, (i + 1) * width)}`);
  return { labels, counts };
}

/** A score as shown on the board: two decimals at most, "—" while there is none. */
export function formatScore(v: number | null | undefined): string {
  return v == null ? '—' : String(Math.round(v * 100) / 100);
}
