import type { AbstractControl, ValidationErrors } from '@angular/forms';
import type { Problem } from '../../../core/problem';
import type { PublicRatingInput } from './public-api';
import type { RaterKind } from '../../../proxy/models';

/** A mainland mobile number: 11 digits starting with 1. */
export const PHONE = /^1\d{10}$/;

/** A unified social credit code 统一社会信用代码: 18 characters of digits and capitals without I, O, S, V, Z. */
export const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** As-you-type check of a phone field: empty is fine (the section is optional), otherwise 11 digits. */
export function phoneCheck(c: AbstractControl<string>): ValidationErrors | null {
  const v = (c.value ?? '').replace(/\s/g, '');
  return !v || PHONE.test(v) ? null : { phone: true };
}

/** As-you-type check of a credit code field (letters are taken in either case). */
export function creditCodeCheck(c: AbstractControl<string>): ValidationErrors | null {
  const v = (c.value ?? '').trim().toUpperCase();
  return !v || CREDIT_CODE.test(v) ? null : { creditCode: true };
}

/** The five levels as the public page shows them, best first; `value` is what the server takes (1 … 5). */
export const FACES = [
  { value: 1, level: 'VerySatisfied', icon: 'sentiment_very_satisfied' },
  { value: 2, level: 'Satisfied', icon: 'sentiment_satisfied' },
  { value: 3, level: 'Basic', icon: 'sentiment_neutral' },
  { value: 4, level: 'Dissatisfied', icon: 'sentiment_dissatisfied' },
  { value: 5, level: 'VeryDissatisfied', icon: 'sentiment_very_dissatisfied' },
] as const;

export interface RateFormValue {
  level: number | null;
  caseNumber: string;
  matterCode: string;
  tags: string[];
  comment: string;
  realName: boolean;
  kind: 'Person' | 'Enterprise';
  name: string;
  phone: string;
  enterpriseName: string;
  creditCode: string;
}

/** The body sent for the form: trimmed, the real-name part only when chosen and only its kind's fields. */
export function toPublicRating(windowId: string, submissionId: string, v: RateFormValue): PublicRatingInput {
  const text = (s: string) => s.trim() || null;
  const kind: RaterKind = v.realName ? v.kind : 'Anonymous';
  return {
    windowId, submissionId, caseNumber: v.caseNumber.trim(), level: v.level ?? 0,
    matterCode: text(v.matterCode), tags: v.tags, comment: text(v.comment), raterKind: kind,
    raterName: kind === 'Anonymous' ? null : text(v.name),
    raterPhone: kind === 'Anonymous' ? null : text(v.phone.replace(/\s/g, '')),
    enterpriseName: kind === 'Enterprise' ? text(v.enterpriseName) : null,
    creditCode: kind === 'Enterprise' ? text(v.creditCode.toUpperCase()) : null,
  };
}

/** The server's refusals the page explains in its own words; anything else shows the server's title. */
export function publicErrorKey(p: Problem): string | null {
  if (p.status === 429) return 'ratings.public.errors.tooMany';
  if (p.code === 'Ratings:00004') return 'ratings.public.errors.alreadyRated';
  if (p.code === 'Ratings:00001' || p.status === 404) return 'ratings.public.errors.unknownWindow';
  if (p.status === 0) return 'ratings.public.errors.network';
  return null;
}

/**
 * A submission id, made once per form so a double tap or a retry after a lost answer is the same submission.
 * crypto.randomUUID exists only in secure contexts; a hall's QR code may point at plain http, so fall back to
 * getRandomValues (available everywhere) shaped as a version-4 UUID.
 */
export function newSubmissionId(c: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = crypto): string {
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const BROWSER_KEY = 'ratings.qr.browser';

/**
 * The page's own random browser id, kept in local storage and sent as X-Rating-Client: the server limits tries per
 * browser (and per case number), because every phone on a hall's Wi-Fi shares one address. Without storage (private
 * mode) the id lives as long as the page.
 */
export function browserId(storage: Pick<Storage, 'getItem' | 'setItem'> | null, make: () => string = newSubmissionId): string {
  try {
    const kept = storage?.getItem(BROWSER_KEY);
    if (kept && /^[0-9a-f-]{36}$/.test(kept)) return kept;
    const id = make();
    storage?.setItem(BROWSER_KEY, id);
    return id;
  } catch {
    return make();
  }
}
