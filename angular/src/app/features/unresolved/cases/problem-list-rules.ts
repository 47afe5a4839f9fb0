/** The month of a problem list from the URL (?month=2026-03); the current month when missing or not a month. */
export function monthFromQuery(value: string | null, today: string): { year: number; month: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  const month = m ? Number(m[2]) : 0;
  if (m && month >= 1 && month <= 12) return { year: Number(m[1]), month };
  return { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
}

/** This year and the ones before it, newest first (the month picker's years). */
export function recentYears(today: string, count: number): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, i) => year - i);
}
