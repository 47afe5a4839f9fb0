import { FormControl } from '@angular/forms';
import { RateFormValue, browserId, creditCodeCheck, newSubmissionId, phoneCheck, publicErrorKey, toPublicRating } from './rate-form';

const FORM: RateFormValue = {
  level: 4, caseNumber: ' SZX-2026-0001 ', matterCode: '', tags: ['ATT'], comment: '  ', realName: false, kind: 'Person',
  name: '张三', phone: '138 0013 8000', enterpriseName: '某某公司', creditCode: '91440300MA5xxxxx1x',
};

describe('Public rating form', () => {
  it('Should_check_the_phone_and_credit_code_as_they_are_typed', () => {
    expect(phoneCheck(new FormControl('13800138000', { nonNullable: true }))).toBeNull();
    expect(phoneCheck(new FormControl('138 0013 8000', { nonNullable: true }))).toBeNull();
    expect(phoneCheck(new FormControl('1380013800', { nonNullable: true }))).toEqual({ phone: true });
    expect(phoneCheck(new FormControl('', { nonNullable: true }))).toBeNull();
    expect(creditCodeCheck(new FormControl('91440300ma5dc5xk1x', { nonNullable: true }))).toBeNull();
    expect(creditCodeCheck(new FormControl('91440300MA5DC5XK1', { nonNullable: true }))).toEqual({ creditCode: true });
    expect(creditCodeCheck(new FormControl('91440300MA5DC5XKIO', { nonNullable: true }))).toEqual({ creditCode: true });
  });

  it('Should_send_an_anonymous_rating_without_any_personal_field', () => {
    const body = toPublicRating('w1', 's1', FORM);
    expect(body).toMatchObject({ windowId: 'w1', submissionId: 's1', caseNumber: 'SZX-2026-0001', level: 4, raterKind: 'Anonymous', comment: null, matterCode: null });
    expect([body.raterName, body.raterPhone, body.enterpriseName, body.creditCode]).toEqual([null, null, null, null]);
  });

  it('Should_send_only_the_chosen_kinds_fields', () => {
    const person = toPublicRating('w1', 's1', { ...FORM, realName: true });
    expect(person).toMatchObject({ raterKind: 'Person', raterName: '张三', raterPhone: '13800138000', enterpriseName: null, creditCode: null });
    const firm = toPublicRating('w1', 's1', { ...FORM, realName: true, kind: 'Enterprise' });
    expect(firm).toMatchObject({ raterKind: 'Enterprise', enterpriseName: '某某公司', creditCode: '91440300MA5XXXXX1X' });
  });

  it('Should_explain_an_already_rated_case_and_too_many_tries', () => {
    expect(publicErrorKey({ status: 400, title: 'x', code: 'Ratings:00004' })).toBe('ratings.public.errors.alreadyRated');
    expect(publicErrorKey({ status: 429, title: '' })).toBe('ratings.public.errors.tooMany');
    expect(publicErrorKey({ status: 400, title: 'x', code: 'Ratings:00022' })).toBeNull();
  });

  it('Should_make_a_version_4_submission_id_without_randomUUID_on_plain_http', () => {
    const id = newSubmissionId({ getRandomValues: <T extends ArrayBufferView | null>(a: T) => { (a as unknown as Uint8Array).fill(0xff); return a; } });
    expect(id).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newSubmissionId({ getRandomValues: (a) => a, randomUUID: () => 'given' })).toBe('given');
  });

  it('Should_keep_one_browser_id_in_storage_and_do_without_storage', () => {
    const kept = new Map<string, string>();
    const storage = { getItem: (k: string) => kept.get(k) ?? null, setItem: (k: string, v: string) => void kept.set(k, v) };
    const first = browserId(storage);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(browserId(storage)).toBe(first);
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => undefined };
    expect(browserId(broken, () => 'page-only')).toBe('page-only');
  });
});
