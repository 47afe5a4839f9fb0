import type { CaseDetailDto, CaseDto } from './cases.api';
import { callbackDue, canClose, caseSteps, rectifyDue } from './case-rules';
import { isWorkingDay, workingDaysLeft } from './work-days';

const rating = {
  id: 'r', channel: 'Pad', caseNumber: 'SZX-1', level: 'VeryDissatisfied', comment: null, ratedAt: '2026-09-29T01:00:00Z', date: '2026-09-29',
  unitId: 'u', unitName: 'U', windowId: 'w', windowCode: 'A01', windowName: 'W', staffId: null, staffNumber: null, staffName: null,
  isRealName: true, rater: null, excluded: false, excludedAt: null,
} satisfies CaseDto['rating'];
const open = {
  id: 'c', rating, state: 'Verifying', openedAt: '2026-09-29T01:00:00Z', openedDate: '2026-09-29', callbackDue: '2026-09-30', rectifyDue: '2026-10-13',
  callbackOverdue: false, rectifyOverdue: false, handlerUserId: null, handlerName: null, isMine: false, verdict: null, overdueNotifiedAt: null, version: 1,
} satisfies CaseDto;
const detail = (c: Partial<CaseDto>, d: Partial<CaseDetailDto> = {}): CaseDetailDto => ({
  case: { ...open, ...c }, raterInFull: null, verificationNote: null, verifiedAt: null, callbackNote: null, calledBackAt: null, rectificationNote: null, rectifiedAt: null,
  reply: null, repliedAt: null, followUpLinkExpiresAt: null, closedAt: null, closedByAppealId: null, followUp: null, appeal: null, ...d,
});

// National Day 2026: 1–7 October off, Sunday 27 September and Saturday 10 October worked (调休).
const CALENDAR = new Map([
  ...['01', '02', '03', '04', '05', '06', '07'].map((d) => [`2026-10-${d}`, 'Holiday'] as const),
  ['2026-09-27', 'MakeUpWorkday'] as const, ['2026-10-10', 'MakeUpWorkday'] as const,
]);
const left = (today: string, due: string) => workingDaysLeft(today, due, CALENDAR);

describe('case deadlines', () => {
  it('Should_count_working_days_over_the_National_Day_holiday_and_a_make_up_Saturday', () => {
    expect(isWorkingDay('2026-10-10', CALENDAR)).toBe(true);
    expect(isWorkingDay('2026-10-05', CALENDAR)).toBe(false);
    expect(left('2026-09-30', '2026-10-12')).toBe(4); // 8, 9, Saturday 10 (worked) and Monday 12 October
    expect(left('2026-10-12', '2026-10-12')).toBe(0);
    expect(left('2026-10-12', '2026-09-30')).toBe(-4);
  });

  it('Should_show_a_deadline_due_today_amber_and_one_the_server_flags_overdue_red_with_its_working_days', () => {
    expect(callbackDue(open, '2026-09-30', left)).toEqual({ status: 'DueToday', date: '2026-09-30', daysLeft: 0 });
    expect(callbackDue({ ...open, callbackOverdue: true }, '2026-10-08', left)).toEqual({ status: 'Overdue', date: '2026-09-30', daysLeft: -1 });
    expect(rectifyDue(open, '2026-09-29', left)).toEqual({ status: 'Open', date: '2026-10-13', daysLeft: 6 });
    expect(rectifyDue(open, '2026-09-29', () => null).daysLeft).toBeNull();
  });

  it('Should_call_back_only_a_real_name_rating_and_count_a_step_done_once_the_case_moved_past_it', () => {
    expect(callbackDue({ ...open, rating: { ...rating, isRealName: false } }, '2026-09-29', left).status).toBe('NotNeeded');
    expect(callbackDue({ ...open, state: 'Rectifying', verdict: 'Real' }, '2026-10-08', left).status).toBe('Done');
    expect(rectifyDue({ ...open, state: 'Closed', verdict: 'Mistaken' }, '2026-10-08', left).status).toBe('NotNeeded');
  });
});

describe('case steps', () => {
  it('Should_skip_the_call_back_of_an_anonymous_rating_and_end_a_mistaken_one_at_verification', () => {
    expect(caseSteps(detail({ rating: { ...rating, isRealName: false } })).map((s) => s.state)).toEqual(['Verifying', 'Rectifying', 'Replying', 'FollowingUp', 'Closed']);
    const mistaken = caseSteps(detail({ verdict: 'Mistaken', state: 'Closed' }, { verifiedAt: '2026-09-29T02:00:00Z', closedAt: '2026-09-29T02:00:00Z' }));
    expect(mistaken.map((s) => [s.state, s.done])).toEqual([['Verifying', true], ['Closed', true]]);
  });

  it('Should_mark_the_current_step_and_close_a_real_name_case_only_after_its_follow_up', () => {
    const replied = detail({ state: 'FollowingUp', verdict: 'Real' }, { repliedAt: '2026-10-10T02:00:00Z' });
    expect(caseSteps(replied).find((s) => s.current)?.state).toBe('FollowingUp');
    expect(canClose(replied)).toBe(false);
    expect(canClose({ ...replied, followUp: { level: 'Satisfied', satisfied: true, comment: null, source: 'Handler', at: '2026-10-10T03:00:00Z' } })).toBe(true);
    expect(canClose(detail({ state: 'FollowingUp', rating: { ...rating, isRealName: false } }))).toBe(true);
  });
});
