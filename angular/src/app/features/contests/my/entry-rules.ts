/**
 * What an entrant may do, shown before the server is asked: enter while the contest is announced and its entry window
 * is open; withdraw only before the first round opens (the server refuses the rest with its stable codes).
 */
export interface EntryWindow {
  state: string;
  entryOpensAt: string;
  entryClosesAt: string;
}

export function entryOpen(c: EntryWindow, now: Date = new Date()): boolean {
  const t = now.getTime();
  return c.state === 'Announced' && new Date(c.entryOpensAt).getTime() <= t && t < new Date(c.entryClosesAt).getTime();
}

/** Before the window, open, or closed: the line shown beside the contest. */
export function entryPhase(c: EntryWindow, now: Date = new Date()): 'notYet' | 'open' | 'closed' {
  if (c.state === 'Draft' || now.getTime() < new Date(c.entryOpensAt).getTime()) return 'notYet';
  return entryOpen(c, now) ? 'open' : 'closed';
}

export function canWithdraw(entryState: string | null | undefined, roundStates: readonly string[]): boolean {
  return entryState === 'Entered' && roundStates.every((s) => s === 'Pending');
}
