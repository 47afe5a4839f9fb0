import { AbstractControl, ValidationErrors } from '@angular/forms';
import { DayHalf, LeaveRequestDto } from '../../../proxy/models';

/** A half day as one ordered number: 2026-03-02 afternoon comes after 2026-03-02 morning. */
export function halfOrdinal(day: string, half: DayHalf): string {
  return `${day}${half === 'Morning' ? 'A' : 'B'}`;
}

/** The stretch's end is not before its start, half by half (ISO days compare as text); marks endDate with `order`. */
export function stretchInOrder(group: AbstractControl): ValidationErrors | null {
  const start = group.get('startDate')?.value as string | null;
  const end = group.get('endDate')?.value as string | null;
  const startHalf = (group.get('startHalf')?.value ?? 'Morning') as DayHalf;
  const endHalf = (group.get('endHalf')?.value ?? 'Afternoon') as DayHalf;
  const order = !!start && !!end && halfOrdinal(end, endHalf) < halfOrdinal(start, startHalf);
  const control = group.get('endDate');
  if (control) {
    const { order: _, ...rest } = control.errors ?? {};
    control.setErrors(order ? { ...rest, order: true } : Object.keys(rest).length ? rest : null);
  }
  return null;
}

/** The requester may withdraw a pending or approved request until its first day (today in Beijing). */
export function canCancel(request: Pick<LeaveRequestDto, 'status' | 'startDate'>, today: string): boolean {
  return (request.status === 'Pending' || request.status === 'Approved') && today < request.startDate;
}

/** Days as people say them: 1, 1.5, 0.5. */
export function formatDays(days: number | null | undefined): string {
  if (days === null || days === undefined) return '';
  return Number.isInteger(days) ? String(days) : days.toFixed(1);
}

/** The instant a note's wearer expects to be back, `minutes` from `now`, as UTC ISO. */
export function backAfter(minutes: number, now = new Date()): string {
  return new Date(now.getTime() + minutes * 60_000).toISOString();
}
