/** The days of a month as yyyy-MM-dd, with their weekday (0 Sunday … 6 Saturday) for the roster's rows. */
export function daysOfMonth(year: number, month: number): { date: string; weekday: number }[] {
  const count = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 1, i + 1));
    return { date: d.toISOString().slice(0, 10), weekday: d.getUTCDay() };
  });
}

/** The month before or after, across the year's end. */
export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
