import { SessionTimeDto } from '../../../proxy/models';

/** A session as the form edits it: local wall-clock times "HH:mm". */
export interface SessionRow {
  name: string;
  start: string;
  end: string;
}

/** "09:00:00" (the server's TimeOnly) → "09:00" (an input of type time). */
export function toInputTime(value: string): string {
  return value.slice(0, 5);
}

/** "09:00" → "09:00:00". */
export function toServerTime(value: string): string {
  return value.length === 5 ? `${value}:00` : value;
}

export function fromDtos(sessions: readonly SessionTimeDto[]): SessionRow[] {
  return sessions.map((s) => ({ name: s.name, start: toInputTime(s.start), end: toInputTime(s.end) }));
}

export function toDtos(rows: readonly SessionRow[]): SessionTimeDto[] {
  return rows.map((r) => ({ name: r.name.trim(), start: toServerTime(r.start), end: toServerTime(r.end) }));
}

/**
 * What is wrong with a day's sessions, checked as the user types (the server checks the same): a key of
 * `attendance.results.errors.*` with its arguments, or null. "HH:mm" strings compare in time order.
 */
export function sessionsProblem(rows: readonly SessionRow[]): { key: string; args?: Record<string, string> } | null {
  if (rows.length === 0) return { key: 'attendance.results.errors.noSessions' };
  for (const r of rows) {
    if (!r.name.trim() || !r.start || !r.end) return { key: 'attendance.results.errors.incomplete' };
    if (r.end <= r.start) return { key: 'attendance.results.errors.reversed', args: { name: r.name } };
  }
  const ordered = [...rows].sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i].start < ordered[i - 1].end) {
      return { key: 'attendance.results.errors.overlap', args: { a: ordered[i - 1].name, b: ordered[i].name } };
    }
  }
  return null;
}
