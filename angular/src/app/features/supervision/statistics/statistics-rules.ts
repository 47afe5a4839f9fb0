import type { OrganizationTreeDto } from '../../../proxy/models';
import { COMMENDATION_CATEGORIES, Category, MAX_MONTHS, SupervisionStatisticsDto, VIOLATION_CATEGORIES } from './statistics.api';

/** A month as the month field and the URL keep it: "2026-05". */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function shift(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Every month from the first to the last, both included ("2026-01" … "2026-06"). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to && out.length <= MAX_MONTHS; m = shift(m, 1)) out.push(m);
  return out;
}

/**
 * The URL's months, made sensible: the last six months to this one by default; a month after this one is this one;
 * a span the wrong way round is turned; a span longer than the server answers keeps its last month and is shortened.
 */
export function monthRange(fromRaw: string, toRaw: string, thisMonth: string): { from: string; to: string } {
  let to = MONTH.test(toRaw) && toRaw <= thisMonth ? toRaw : thisMonth;
  let from = MONTH.test(fromRaw) && fromRaw <= thisMonth ? fromRaw : shift(to, -5);
  if (from > to) [from, to] = [to, from];
  if (monthsBetween(from, to).length > MAX_MONTHS) from = shift(to, -(MAX_MONTHS - 1));
  return { from, to };
}

/** The server takes any day of a month: the first. */
export const firstDay = (month: string) => `${month}-01`;

export interface Chart {
  categories: string[];
  series: { key: Category; values: number[] }[];
  /** The table under the chart: one row per category (x) with a cell per series and their total. */
  rows: { label: string; cells: number[]; total: number }[];
}

/** Only categories with something to show, in the catalogue's order; all of them would fill the legend with zeros. */
function present(keys: Category[], count: (c: Category) => number): Category[] {
  return keys.filter((c) => count(c) > 0);
}

function chart(labels: string[], keys: Category[], value: (i: number, c: Category) => number): Chart {
  const series = keys.map((key) => ({ key, values: labels.map((_, i) => value(i, key)) }));
  const rows = labels.map((label, i) => {
    const cells = series.map((s) => s.values[i]);
    return { label, cells, total: cells.reduce((a, b) => a + b, 0) };
  });
  return { categories: labels, series, rows };
}

/** Counted violations by month (every month of the span, empty ones too), stacked by category. */
export function byMonthChart(d: SupervisionStatisticsDto, months: string[]): Chart {
  const counts = new Map<string, number>();
  for (const r of d.byMonth) counts.set(`${r.year}-${String(r.month).padStart(2, '0')}|${r.category}`, r.count);
  const keys = present(VIOLATION_CATEGORIES, (c) => d.byMonth.filter((r) => r.category === c).reduce((a, r) => a + r.count, 0));
  return chart(months, keys, (i, c) => counts.get(`${months[i]}|${c}`) ?? 0);
}

/** Counted violations (or commendations) by unit, stacked by category; units with none of them are left out, most first. */
export function byUnitChart(d: SupervisionStatisticsDto, kind: 'violations' | 'commendations'): Chart {
  const all = kind === 'violations' ? VIOLATION_CATEGORIES : COMMENDATION_CATEGORIES;
  const units = d.byUnit.filter((u) => u[kind] > 0).sort((a, b) => b[kind] - a[kind] || a.unitCode.localeCompare(b.unitCode));
  const count = (i: number, c: Category) => units[i].byCategory.find((x) => x.category === c)?.count ?? 0;
  const keys = present(all, (c) => units.reduce((a, _, i) => a + count(i, c), 0));
  return chart(units.map((u) => u.unitName), keys, count);
}

/** A place the statistics can be narrowed to: a hall, or one of its units (key "hall:<id>" / "unit:<id>"). */
export interface Place {
  key: string;
  label: string;
}

export function places(tree: OrganizationTreeDto | null): Place[] {
  const halls = tree?.halls ?? [];
  return halls.flatMap((h) => [
    { key: `hall:${h.hall.id}`, label: h.hall.name },
    ...h.units.map((u) => ({ key: `unit:${u.unit.id}`, label: halls.length > 1 ? `${u.unit.name}（${h.hall.name}）` : u.unit.name })),
  ]);
}

/** The place's key as the query's hall or unit. */
export function placeFilter(key: string): { hallId?: string; unitId?: string } {
  if (key.startsWith('unit:')) return { unitId: key.slice(5) };
  if (key.startsWith('hall:')) return { hallId: key.slice(5) };
  return {};
}
