/** Exam windows and periods are entered and shown in Beijing time (UTC+8, no daylight saving) and sent as UTC ISO. */
const OFFSET_MS = 8 * 60 * 60 * 1000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-03-01T09:00" (Beijing) → "2026-03-01T01:00:00.000Z"; null when the text is not a valid date-time. */
export function beijingToUtc(local: string): string | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const ms = Date.UTC(y, mo - 1, d, h, mi) - OFFSET_MS;
  const back = new Date(ms + OFFSET_MS);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59) return null;
  return new Date(ms).toISOString();
}

/** A UTC instant → "2026-03-01T09:00" in Beijing time, the value of an <input type="datetime-local">. */
export function utcToBeijing(utc: string | Date): string {
  return new Date(new Date(utc).getTime() + OFFSET_MS).toISOString().slice(0, 16);
}

/** A UTC instant shown to people: "2026-03-01 09:00". */
export function formatBeijing(utc: string | Date | null | undefined): string {
  return utc ? utcToBeijing(utc).replace('T', ' ') : '';
}

/** The first instant of a Beijing calendar day ("2026-01-01") as UTC ISO. */
export function beijingDayStartUtc(day: string): string | null {
  return beijingToUtc(`${day}T00:00`);
}

/** Today's Beijing calendar year. */
export function beijingYear(now = new Date()): number {
  return new Date(now.getTime() + OFFSET_MS).getUTCFullYear();
}

/** Today's Beijing calendar day: "2026-03-01" (business dates are days in the hall's zone, as on the server). */
export function beijingToday(now = new Date()): string {
  return utcToBeijing(now).slice(0, 10);
}
