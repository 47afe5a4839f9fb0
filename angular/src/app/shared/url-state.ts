import { ParamMap } from '@angular/router';

/** Table state kept in the URL (?page=2&size=20&sort=name%20desc&filter=王), so a link or a reload shows the same rows. */
export interface TableState {
  page: number;
  size: number;
  sort: string;
  filter: string;
  [key: string]: string | number;
}

export const PAGE_SIZES = [10, 20, 50, 100];

export function readTableState(q: ParamMap, defaults: { sort: string; size?: number }, extra: string[] = []): TableState {
  const page = Math.max(0, toInt(q.get('page'), 0));
  const sizeRaw = toInt(q.get('size'), defaults.size ?? 20);
  const size = PAGE_SIZES.includes(sizeRaw) ? sizeRaw : (defaults.size ?? 20);
  const sort = /^[A-Za-z]+ (asc|desc)$/.test(q.get('sort') ?? '') ? q.get('sort')! : defaults.sort;
  const state: TableState = { page, size, sort, filter: q.get('filter') ?? '' };
  for (const k of extra) state[k] = q.get(k) ?? '';
  return state;
}

/** The query params for a state: defaults and empty values are left out so URLs stay short. */
export function toQueryParams(s: Partial<TableState>, defaults: { sort: string; size?: number }): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [k, v] of Object.entries(s)) {
    const isDefault = (k === 'page' && v === 0) || (k === 'size' && v === (defaults.size ?? 20)) || (k === 'sort' && v === defaults.sort);
    out[k] = v === '' || v === null || v === undefined || isDefault ? null : v;
  }
  return out;
}

function toInt(v: string | null, fallback: number): number {
  const n = v === null ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : fallback;
}
