import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../../../core/auth.service';
import { CurrentUserDto } from '../../../../proxy/models';
import { provideTestTranslations } from '../../../../testing/translations';
import type { CaseDetailDto, CaseDto, RaterWire } from '../cases.api';
import { CaseDetailPage } from './case-detail.page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const PHONE = '13812345678';
// The server's two types: RaterDto in full for the handler, MaskedRaterDto for everyone else.
const rater = (full: boolean): RaterWire => (full
  ? { kind: 'Person', name: '张三丰', phone: PHONE, enterpriseName: null, creditCode: null, removed: false }
  : { kind: 'Person', maskedName: '张*', maskedPhone: '138****5678', enterpriseName: null, maskedCreditCode: null, removed: false });

function detail(patch: Partial<CaseDto>, full: boolean, extra: Partial<CaseDetailDto> = {}): CaseDetailDto {
  return {
    case: {
      id: 'c1', state: 'Verifying', openedAt: '2026-10-12T01:00:00Z', openedDate: '2026-10-12', callbackDue: '2026-10-13', rectifyDue: '2026-10-19',
      callbackOverdue: false, rectifyOverdue: false, handlerUserId: null, handlerName: null, isMine: false, verdict: null, overdueNotifiedAt: null, version: 3,
      rating: {
        id: 'r1', channel: 'Pad', caseNumber: 'SZX-2026-001', level: 'VeryDissatisfied', comment: '等了很久', ratedAt: '2026-10-12T01:00:00Z', date: '2026-10-12',
        unitId: 'u', unitName: '综合受理窗口', windowId: 'w', windowCode: 'A02', windowName: '综合受理窗口2号', staffId: 's', staffNumber: 'S0004',
        staffName: '王五', isRealName: true, rater: rater(false), excluded: false, excludedAt: null,
      },
      ...patch,
    },
    raterInFull: full ? rater(true) : null,
    verificationNote: null, verifiedAt: null, callbackNote: null, calledBackAt: null, rectificationNote: null, rectifiedAt: null, reply: null,
    repliedAt: null, followUpLinkExpiresAt: null, closedAt: null, closedByAppealId: null, followUp: null, appeal: null, ...extra,
  };
}

async function open(first: CaseDetailDto) {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), ...provideTestTranslations('zh-Hans')],
  });
  await firstValueFrom(TestBed.inject(TranslateService).use('zh-Hans'));
  TestBed.inject(AuthService).user.set({ userId: 'me', permissions: ['Ratings.Cases', 'Ratings.Cases.Handle'] } as unknown as CurrentUserDto);
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(CaseDetailPage);
  fixture.componentRef.setInput('id', 'c1');
  fixture.detectChanges();
  await settle();
  http.expectOne('/api/ratings/cases/c1').flush(first);
  await settle();
  await fixture.whenStable();
  // The working days left come from the work calendar (no exceptions in these weeks).
  for (const req of http.match((r) => r.url.startsWith('/api/organization/calendar/'))) req.flush({ year: 2026, days: [], hasSampleDays: false, workingDays: 250 });
  await settle();
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const text = (id: string) => el.querySelector(`[data-testid=${id}]`)?.textContent?.trim() ?? null;
  return { fixture, http, el, text };
}

describe('CaseDetailPage', () => {
  it('Should_mask_the_rater_for_one_who_has_not_taken_the_case_and_say_why_then_show_the_phone_with_a_call_link_once_taken', async () => {
    const { fixture, http, el, text } = await open(detail({}, false));
    expect(text('rater-phone')).toBe('138****5678');
    expect(text('masked-why')).toContain('接办后即可看到并回访');
    expect(el.querySelector('[data-testid=call-rater]')).toBeNull();

    (el.querySelector('[data-testid=take-case]') as HTMLButtonElement).click();
    const take = http.expectOne('/api/ratings/cases/c1/take');
    expect(take.request.body).toEqual({ version: 3 });
    take.flush(detail({ isMine: true, handlerUserId: 'me', handlerName: '李四', version: 4 }, true));
    await settle();
    await fixture.whenStable();
    expect(text('rater-phone')).toBe(PHONE);
    expect(el.querySelector('[data-testid=call-rater]')?.getAttribute('href')).toBe(`tel:${PHONE}`);
    expect(el.querySelector('[data-testid=masked-why]')).toBeNull();
    expect(text('case-handler')).toBe('李四');
  });

  it('Should_check_the_note_as_one_types_and_send_the_verdict_with_the_version_seen', async () => {
    const { fixture, http, el } = await open(detail({ isMine: true, handlerUserId: 'me', handlerName: '李四' }, true));
    const note = el.querySelector('[data-testid=case-note]') as HTMLTextAreaElement;
    note.value = '属实';
    note.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=case-action]')?.textContent).toContain('至少 5 个字符');

    (el.querySelector('[data-testid=case-submit]') as HTMLButtonElement).click();
    http.expectNone('/api/ratings/cases/c1/verify');

    note.value = '经调取录像核实，属实。';
    note.dispatchEvent(new Event('input'));
    (el.querySelector('[data-testid=case-submit]') as HTMLButtonElement).click();
    const verify = http.expectOne('/api/ratings/cases/c1/verify');
    expect(verify.request.body).toEqual({ version: 3, verdict: 'Real', note: '经调取录像核实，属实。' });
  });

  it('Should_show_the_citizens_follow_up_link_once_after_the_reply_and_a_conflict_as_a_problem', async () => {
    const replying = detail({ isMine: true, handlerUserId: 'me', handlerName: '李四', state: 'Replying', verdict: 'Real' }, true);
    const { fixture, http, el, text } = await open(replying);
    const note = el.querySelector('[data-testid=case-note]') as HTMLTextAreaElement;
    note.value = '已整改，感谢您的监督。';
    note.dispatchEvent(new Event('input'));
    (el.querySelector('[data-testid=case-submit]') as HTMLButtonElement).click();
    http.expectOne('/api/ratings/cases/c1/reply').flush({
      case: detail({ isMine: true, handlerUserId: 'me', state: 'FollowingUp', verdict: 'Real', version: 5 }, true, { reply: '已整改，感谢您的监督。', repliedAt: '2026-10-14T02:00:00Z' }),
      followUpToken: 'tok_EN-123', followUpLinkExpiresAt: '2026-11-13T02:00:00Z',
    });
    await settle();
    await fixture.whenStable();
    expect(text('follow-up-link')).toBe(`${location.origin}/rate/follow-up#tok_EN-123`);
    expect(el.querySelector('[data-testid=case-action]')?.getAttribute('data-step')).toBe('FollowingUp');
    expect((el.querySelector('[data-testid=close-case]') as HTMLButtonElement).disabled).toBe(true);

    (el.querySelector('[data-testid=case-submit]') as HTMLButtonElement).click();
    http.expectOne('/api/ratings/cases/c1/follow-up').flush(
      { type: 'about:blank', title: '办件已被他人更新，请刷新后重试。', status: 409 }, { status: 409, statusText: 'Conflict' });
    await settle();
    // The case is read again (someone else moved it on); the refusal stays above the step it is at now.
    http.expectOne('/api/ratings/cases/c1').flush(detail({ isMine: true, state: 'FollowingUp', verdict: 'Real', version: 6 }, true, {
      followUp: { level: 'Satisfied', satisfied: true, comment: null, source: 'Citizen', at: '2026-10-14T03:00:00Z' },
    }));
    await settle();
    await fixture.whenStable();
    expect(text('problem')).toContain('办件已被他人更新');
    expect(text('follow-up-recorded')).toContain('满意');
    expect((el.querySelector('[data-testid=close-case]') as HTMLButtonElement).disabled).toBe(false);
  });
});
