import type { TableState } from '../../../shared/url-state';
import { CHANNELS, GroupCountsDto, LEVELS, RatingChannel, RatingLevel, RatingListParams } from './ratings-api';

/** The list's filters kept in the URL next to page, size, sort and filter (the case number). */
export const LIST_FILTERS = ['hall', 'unit', 'window', 'staff', 'matter', 'tag', 'from', 'to', 'level', 'bad', 'attribution', 'excluded', 'channel'] as const;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ID = /^[0-9a-fA-F-]{36}$/;

/** "2026-03" → the first and last day of the month ("2026-03-01", "2026-03-31"); null when not a month. */
export function monthDays(month: string): { first: string; last: string } | null {
  const m = MONTH.exec(month);
  if (!m) return null;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  const lastDay = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(lastDay).padStart(2, '0')}` };
}

/** The longest range the dashboard takes (the server's 366 days: twelve whole months). */
export const MAX_MONTHS = 12;

/**
 * A month range from the URL, ordered and defaulted: `to` defaults to `today`'s month, `from` to five months before it
 * (a half-year view); a reversed range is swapped rather than refused, and a longer one is cut to its last twelve months.
 */
export function monthRange(from: string, to: string, today: string): { from: string; to: string } {
  const end0 = MONTH.test(to) ? to : today.slice(0, 7);
  const start0 = MONTH.test(from) ? from : addMonths(end0, -5);
  const [start, end] = start0 <= end0 ? [start0, end0] : [end0, start0];
  const earliest = addMonths(end, 1 - MAX_MONTHS);
  return { from: start < earliest ? earliest : start, to: end };
}

export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The server's RatingListInput for the URL's state; ids, days and names that are not well formed are left out. */
export function listParams(s: TableState): RatingListParams {
  const id = (k: string) => (ID.test(String(s[k] ?? '')) ? String(s[k]) : undefined);
  const day = (k: string) => (DAY.test(String(s[k] ?? '')) ? String(s[k]) : undefined);
  const level = LEVELS.includes(s['level'] as RatingLevel) ? (s['level'] as RatingLevel) : undefined;
  const channel = CHANNELS.includes(s['channel'] as RatingChannel) ? (s['channel'] as RatingChannel) : undefined;
  return {
    HallId: id('hall'), UnitId: id('unit'), WindowId: id('window'), StaffId: id('staff'), MatterId: id('matter'), TagId: id('tag'),
    From: day('from'), To: day('to'), Level: level, Channel: channel,
    BadOnly: s['bad'] === '1' ? true : undefined,
    NeedsAttribution: s['attribution'] === '1' ? true : undefined,
    Excluded: s['excluded'] === 'yes' ? true : s['excluded'] === 'no' ? false : undefined,
    Filter: s.filter.trim() || undefined,
    SkipCount: s.page * s.size, MaxResultCount: s.size, Sorting: s.sort,
  };
}

/** What a chart's bar opens: the ratings list filtered by that window, matter or tag over the dashboard's place and months. */
export function drillDown(
  kind: 'window' | 'matter' | 'tag',
  id: string,
  place: { hall?: string; unit?: string },
  months: { from: string; to: string },
  badOnly = false,
): Record<string, string> {
  const q: Record<string, string> = { [kind]: id, from: monthDays(months.from)!.first, to: monthDays(months.to)!.last };
  if (place.hall) q['hall'] = place.hall;
  if (place.unit) q['unit'] = place.unit;
  if (badOnly) q['bad'] = '1';
  return q;
}

/** A rate (0–1) under its target (the KPI card is coloured); no rate (nothing due) is not below. */
export function belowTarget(rate: number | null, target: number): boolean {
  return rate !== null && rate < target;
}

/** A rate (0–1) as shown: "97.5%", or "—" when there is nothing to measure. */
export function percent(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : `${Math.round(v * 1000) / 10}%`;
}

/**
 * Each unit's satisfaction from its windows' counts (the dashboard counts by window; the tree says which unit a window
 * is in). Both satisfaction rules (the share of levels 1–3, or the mean points over full points) are means over the
 * ratings, so a unit's rate is its windows' rates weighted by their totals. Units without ratings are left out.
 */
export function unitSatisfaction(byWindow: GroupCountsDto[], unitOfWindow: ReadonlyMap<string, string>): Map<string, { total: number; rate: number | null }> {
  const sums = new Map<string, { total: number; weighted: number; rated: number }>();
  for (const w of byWindow) {
    const unit = w.id ? unitOfWindow.get(w.id) : undefined;
    if (!unit || w.counts.total === 0) continue;
    const s = sums.get(unit) ?? { total: 0, weighted: 0, rated: 0 };
    s.total += w.counts.total;
    if (w.counts.satisfactionRate !== null) { s.weighted += w.counts.satisfactionRate * w.counts.total; s.rated += w.counts.total; }
    sums.set(unit, s);
  }
  return new Map([...sums].map(([unit, s]) => [unit, { total: s.total, rate: s.rated ? s.weighted / s.rated : null }]));
}
