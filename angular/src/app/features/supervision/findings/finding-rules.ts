import type { CurrentUserDto } from '../../../proxy/models';
import type { FindingDto } from './findings.api';

/**
 * Whether the caller may dispute a finding, as the server decides it: a violation still only recorded (once), the
 * deadline not past (the hall's day, compared as yyyy-MM-dd), and the caller is the person it is about or the lead
 * of its unit. The server checks again; this only decides whether the button is offered.
 */
export function canDispute(f: FindingDto, user: CurrentUserDto | null, today: string, mayDispute: boolean): boolean {
  if (!user || !mayDispute || f.kind !== 'Violation' || f.state !== 'Recorded' || f.disputedAt || today > f.disputeUntil) return false;
  const aboutMe = !!user.staffId && f.staffId === user.staffId;
  const myUnit = user.scope.kind === 'Units' && user.scope.unitIds.includes(f.unitId);
  return aboutMe || myUnit;
}

/** A hall manager decides a disputed finding (upheld it counts from its date, withdrawn never). */
export function canDecide(f: FindingDto, mayDecide: boolean): boolean {
  return mayDecide && f.state === 'Disputed';
}

/** Days left to dispute, counted in calendar days for the chip (the deadline itself is in working days on the server). */
export function daysLeft(until: string, today: string): number {
  return Math.round((Date.parse(`${until}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** Length as a person counts it: characters, not UTF-16 units (𠀀 is one), spaces at the ends left out. */
export function reasonLength(text: string): number {
  return [...text.trim()].length;
}
