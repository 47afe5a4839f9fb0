import { SessionStatus } from '../../../proxy/models';

/**
 * Why a correction cannot be saved yet, as the user types (the server checks the same): late needs its minutes, early
 * leave its early minutes (and no late ones), any other status none; a reason of at least two characters. A key of
 * `attendance.results.errors.*`, or null.
 */
export function correctionProblem(status: SessionStatus, late: number, early: number, reason: string): string | null {
  if (!Number.isInteger(late) || !Number.isInteger(early) || late < 0 || early < 0 || late > 1440 || early > 1440) {
    return 'attendance.results.errors.minutes';
  }
  const fits = status === 'Late' ? late > 0 : status === 'EarlyLeave' ? late === 0 && early > 0 : late === 0 && early === 0;
  if (!fits) return 'attendance.results.errors.minutesStatus';
  if (reason.trim().length < 2) return 'attendance.results.errors.reason';
  return null;
}
