import type { CaseDetailDto, CaseDto, CaseState } from './cases.api';

/** A deadline as a chip shows it: met, not yet due, due today (amber) or overdue (red), or not needed at all. */
export type DueStatus = 'Done' | 'Open' | 'DueToday' | 'Overdue' | 'NotNeeded';

export interface DueView {
  status: DueStatus;
  date: string;
  /** Working days left (0 today, negative overdue); null when the calendar is not read yet. */
  daysLeft: number | null;
}

type DaysLeft = (today: string, due: string) => number | null;

const real = (c: CaseDto) => c.verdict === null || c.verdict === 'Real';

/**
 * The call-back deadline: owed by a real-name rating not found mistaken or malicious until it is called back (the
 * case waits in verification or call-back); the server's overdue flag is the authority for red.
 */
export function callbackDue(c: CaseDto, today: string, daysLeft: DaysLeft): DueView {
  const needed = c.rating.isRealName && real(c) && !(c.state === 'Closed' && c.verdict === null);
  const owed = needed && (c.state === 'Verifying' || c.state === 'CallingBack');
  return view(c.callbackDue, needed, owed, c.callbackOverdue, today, daysLeft);
}

/** The rectification deadline: owed by every case not found mistaken or malicious until it is rectified. */
export function rectifyDue(c: CaseDto, today: string, daysLeft: DaysLeft): DueView {
  const needed = real(c) && !(c.state === 'Closed' && c.verdict === null);
  const owed = needed && (c.state === 'Verifying' || c.state === 'CallingBack' || c.state === 'Rectifying');
  return view(c.rectifyDue, needed, owed, c.rectifyOverdue, today, daysLeft);
}

function view(date: string, needed: boolean, owed: boolean, overdue: boolean, today: string, daysLeft: DaysLeft): DueView {
  if (!needed) return { status: 'NotNeeded', date, daysLeft: null };
  if (!owed) return { status: 'Done', date, daysLeft: null };
  const left = daysLeft(today, date);
  const status: DueStatus = overdue || (left !== null && left < 0) ? 'Overdue' : date === today ? 'DueToday' : 'Open';
  return { status, date, daysLeft: left };
}

/** One step of the loop as the timeline shows it. */
export interface CaseStep {
  state: CaseState;
  done: boolean;
  current: boolean;
  at: string | null;
  note: string | null;
}

/** The loop's steps in order; a rating nobody can be called about skips the call-back, a mistaken one ends at verification. */
export function caseSteps(d: CaseDetailDto): CaseStep[] {
  const c = d.case;
  const endedEarly = !real(c) || (c.state === 'Closed' && d.closedByAppealId !== null);
  const steps: { state: CaseState; at: string | null; note: string | null; skip?: boolean }[] = [
    { state: 'Verifying', at: d.verifiedAt, note: d.verificationNote },
    { state: 'CallingBack', at: d.calledBackAt, note: d.callbackNote, skip: !c.rating.isRealName || (endedEarly && !d.calledBackAt) },
    { state: 'Rectifying', at: d.rectifiedAt, note: d.rectificationNote, skip: endedEarly && !d.rectifiedAt },
    { state: 'Replying', at: d.repliedAt, note: d.reply, skip: endedEarly && !d.repliedAt },
    { state: 'FollowingUp', at: d.followUp?.at ?? null, note: d.followUp?.comment ?? null, skip: endedEarly && !d.followUp },
    { state: 'Closed', at: d.closedAt, note: null },
  ];
  return steps
    .filter((s) => !s.skip)
    .map((s) => ({ state: s.state, at: s.at, note: s.note, done: s.at !== null, current: s.state === c.state && c.state !== 'Closed' }));
}

/** Whether the case can be closed now: after the reply, and for a real-name rating once the follow-up is recorded. */
export function canClose(d: CaseDetailDto): boolean {
  return d.case.state === 'FollowingUp' && (!d.case.rating.isRealName || d.followUp !== null);
}
