import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { beijingToday } from '../../shared/beijing-time';

/** The bulletins pages' rules that need no DOM: which periods can be asked for, progress, polling, cron shape. */

export type PeriodKind = 'Month' | 'Year';

/** The years offered in filters and the generate dialog: this Beijing year and the five before it, newest first. */
export function recentYears(now = new Date(), count = 6): number[] {
  const year = Number(beijingToday(now).slice(0, 4));
  return Array.from({ length: count }, (_, i) => year - i);
}

/**
 * Whether a period is over in Beijing (a bulletin reports a finished month or year; the server refuses the others):
 * a month before the current one, a year before the current one.
 */
export function isPeriodOver(kind: PeriodKind, year: number, month: number | null, now = new Date()): boolean {
  const [y, m] = beijingToday(now).split('-').map(Number);
  if (kind === 'Year') return year < y;
  if (month === null || month < 1 || month > 12) return false;
  return year < y || (year === y && month < m);
}

/** The last finished period of a kind: last month (or December of last year) / last year — the dialog's default. */
export function lastFinishedPeriod(kind: PeriodKind, now = new Date()): { year: number; month: number | null } {
  const [y, m] = beijingToday(now).split('-').map(Number);
  if (kind === 'Year') return { year: y - 1, month: null };
  return m === 1 ? { year: y - 1, month: 12 } : { year: y, month: m - 1 };
}

/** On the generate form (controls periodKind, year, month): a month is chosen for a monthly bulletin, and the period is over. */
export const periodValidator: ValidatorFn = (g: AbstractControl): ValidationErrors | null => {
  const kind = g.get('periodKind')?.value as PeriodKind | null;
  const year = g.get('year')?.value as number | null;
  const month = g.get('month')?.value as number | null;
  if (!kind || !year) return null; // the fields' own "required" speaks
  if (kind === 'Month' && !month) return { monthRequired: true };
  return isPeriodOver(kind, year, kind === 'Month' ? month : null) ? null : { periodNotOver: true };
};

/** Rows rendered so far as a percentage, or null while the total is not known yet (the bar is indeterminate then). */
export function progressPercent(done: number, total: number): number | null {
  if (!total || total <= 0) return null;
  return Math.min(100, Math.max(0, Math.round((done / total) * 100)));
}

/** A bulletin still rendering is asked for again after this long. */
export const POLL_MILLISECONDS = 1000;

export type BulletinStateName = 'Rendering' | 'Draft' | 'Failed' | 'Published' | 'Withdrawn';

/** Whether the detail page keeps asking: only while the job renders. */
export function isRendering(state: BulletinStateName | string | null | undefined): boolean {
  return state === 'Rendering';
}

/** A withdrawal's reason: at least this many characters, not counting spaces at the ends (the server checks the same). */
export const WITHDRAW_REASON_MIN = 5;
export const WITHDRAW_REASON_MAX = 500;

export const withdrawReasonValidator: ValidatorFn = (c: AbstractControl): ValidationErrors | null => {
  const text = String(c.value ?? '').trim();
  if (text.length === 0) return { required: true };
  if (text.length < WITHDRAW_REASON_MIN) return { minlength: { requiredLength: WITHDRAW_REASON_MIN, actualLength: text.length } };
  if (text.length > WITHDRAW_REASON_MAX) return { maxlength: { requiredLength: WITHDRAW_REASON_MAX, actualLength: text.length } };
  return null;
};

/**
 * The shape of a cron expression as Hangfire takes it: five fields (minute hour day month weekday) of digits, names
 * (MON, JAN), *, ?, ranges, lists, steps, L, W and #. The server parses it for real and answers Bulletins:00012 when it cannot.
 */
const CRON_FIELD = /^[0-9A-Za-z*?/,#-]+$/;

export const cronValidator: ValidatorFn = (c: AbstractControl): ValidationErrors | null => {
  const text = String(c.value ?? '').trim();
  if (!text) return { required: true };
  const fields = text.split(/\s+/);
  return fields.length === 5 && fields.every((f) => CRON_FIELD.test(f)) ? null : { cron: true };
};

/** A file size for people: 1.2 MB, 830 KB. */
export function formatSize(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
