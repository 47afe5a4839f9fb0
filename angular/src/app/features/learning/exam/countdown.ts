/** The last minutes of an exam, shown in the warning colour. */
export const WARNING_MS = 5 * 60_000;

/** Minutes left at which the countdown is announced to screen readers (sparse, never every second). */
export const ANNOUNCE_AT_MINUTES = [30, 15, 10, 5, 1] as const;

/** How far the server's clock is ahead of this browser's: serverNow − local time when the response arrived (ms). */
export function clockOffset(serverNow: string, localNowMs: number): number {
  return Date.parse(serverNow) - localNowMs;
}

/** Milliseconds until the deadline by the server's clock, never below zero. */
export function remainingMs(deadline: string, offsetMs: number, localNowMs: number): number {
  return Math.max(0, Date.parse(deadline) - (localNowMs + offsetMs));
}

/** "1:05:09" with hours, "05:09" without; rounded up so "00:00" means the time is really up. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => n.toString().padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

export function isWarning(ms: number): boolean {
  return ms <= WARNING_MS;
}

/** The minute mark crossed between two readings of the remaining time (to announce it), or null. */
export function crossedMark(previousMs: number, currentMs: number): number | null {
  const marks = ANNOUNCE_AT_MINUTES.filter((m) => previousMs > m * 60_000 && currentMs <= m * 60_000);
  return marks.length ? Math.min(...marks) : null;
}
