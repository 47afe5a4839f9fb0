import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { utcToBeijing } from '../../shared/beijing-time';

/**
 * A complainant's phone as the window takes it: a mainland mobile (11 digits from 1) or a landline with its area code
 * (0512-52xxxxxx, dash optional), spaces ignored. Checked as one types; the server checks again.
 */
export const COMPLAINANT_PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

export function complainantPhoneCheck(c: AbstractControl<string>): ValidationErrors | null {
  const v = (c.value ?? '').replace(/\s/g, '');
  return !v || COMPLAINANT_PHONE.test(v) ? null : { phone: true };
}

/** Length as a person counts it: characters, not UTF-16 units (𠀀 is one), spaces at the ends left out. */
export function textLength(text: string | null | undefined): number {
  return [...(text ?? '').trim()].length;
}

/** The shortest explanation, answer or note the forms accept (the server refuses shorter with its own message). */
export const MIN_TEXT = 2;

/** As-you-type check that a text has at least {@link MIN_TEXT} characters when it has any (required is its own check). */
export function minTextCheck(c: AbstractControl<string>): ValidationErrors | null {
  const n = textLength(c.value);
  return n === 0 || n >= MIN_TEXT ? null : { minText: { n: MIN_TEXT } };
}

/**
 * The intake form's rule across fields: a case recorded as not accepted (不予受理) needs its reason and what the
 * complainant was told; an enterprise complainant needs the enterprise's name. Errors sit on the form group, the
 * fields show them.
 */
export function intakeCheck(g: AbstractControl): ValidationErrors | null {
  const v = g.value as { kind?: string; enterpriseName?: string; notAccepted?: boolean; notAcceptedReason?: string | null; notAcceptedExplanation?: string };
  const errors: ValidationErrors = {};
  if (v.kind === 'Enterprise' && !textLength(v.enterpriseName)) errors['enterpriseName'] = true;
  if (v.notAccepted) {
    if (!v.notAcceptedReason) errors['notAcceptedReason'] = true;
    if (!textLength(v.notAcceptedExplanation)) errors['notAcceptedExplanation'] = true;
  }
  return Object.keys(errors).length ? errors : null;
}

export type DueStatus = 'met' | 'late' | 'overdue' | 'today' | 'open';

/**
 * A deadline as people read it, on the hall's (Beijing) calendar: met on time when done on or before its due day, late
 * when done after; not done yet it is overdue after its day, due today on it, open before. The word goes next to the
 * colour, so it reads without colour too.
 */
export function dueStatus(d: { dueOn: string; metAt?: string | null }, today: string): DueStatus {
  if (d.metAt) return utcToBeijing(d.metAt).slice(0, 10) <= d.dueOn ? 'met' : 'late';
  if (today > d.dueOn) return 'overdue';
  return today === d.dueOn ? 'today' : 'open';
}

/** Calendar days since a due day (the working-day count is the server's; the page only says how long it is overdue). */
export function daysPast(dueOn: string, today: string): number {
  return Math.max(0, Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / 86_400_000));
}

/** The complainant's name and contact as shown: the server's values, or the localized 已隐去 when it hid them. */
export function complainantShown(
  c: { complainantHidden: boolean; complainantName?: string | null; complainantContact?: string | null },
  hidden: string,
): { name: string; contact: string } {
  if (c.complainantHidden) return { name: hidden, contact: hidden };
  return { name: c.complainantName ?? '', contact: c.complainantContact ?? '' };
}
