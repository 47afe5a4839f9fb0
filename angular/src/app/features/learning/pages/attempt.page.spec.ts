import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AttemptDto } from '../../../proxy/models';
import { AttemptPage } from './attempt.page';
import { provideTestTranslations } from '../../../testing/translations';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const URL = '/api/learning/my/attempts/att1';

function attempt(deadlineInMs: number, patch: Partial<AttemptDto> = {}): AttemptDto {
  const now = Date.now();
  return {
    id: 'att1', examId: 'e1', examTitle: '窗口服务规范考试', number: 1, status: 'InProgress',
    startedAt: new Date(now - 60_000).toISOString(), deadline: new Date(now + deadlineInMs).toISOString(), serverNow: new Date(now).toISOString(),
    questions: [
      { index: 0, type: 'SingleChoice', stem: '首问负责制是指：', options: [{ key: 'A', text: '谁先问谁负责' }, { key: 'B', text: '首位接待者负责到底' }], points: 10 },
      { index: 1, type: 'FillIn', stem: '所需材料应当____告知。', options: [], points: 10 },
    ],
    answers: { '0': 'B' }, score: null, maxScore: 20, passed: null, submittedAt: null, ...patch,
  };
}

describe('AttemptPage', () => {
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]), provideHttpClient(), provideHttpClientTesting(),
        ...provideTestTranslations('zh-Hans'),
      ],
    });
    await firstValueFrom(TestBed.inject(TranslateService).use('zh-Hans'));
    backend = TestBed.inject(HttpTestingController);
  });

  async function render(a: AttemptDto) {
    const fixture = TestBed.createComponent(AttemptPage);
    fixture.componentRef.setInput('id', 'att1');
    await fixture.whenStable();
    backend.expectOne(URL).flush(a);
    await settle();
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('Should_resume_with_the_saved_answers_and_count_down_by_the_server_clock', async () => {
    // The server's clock is 2 minutes ahead of this browser: 10 minutes by the server are what the countdown shows.
    const a = attempt(10 * 60_000 + 120_000, { serverNow: new Date(Date.now() + 120_000).toISOString() });
    const { fixture, el } = await render(a);
    expect(el.querySelector('[data-testid=countdown]')?.textContent).toMatch(/(10:0[01]|09:59)/) // not 12:00;
    expect(el.querySelector('[data-testid=countdown]')?.classList.contains('warn')).toBe(false);
    expect(el.querySelectorAll('[data-testid=navigator] .answered')).toHaveLength(1);
    expect(el.querySelector<HTMLInputElement>('[data-testid=question-1] input[value=B]')?.checked).toBe(true);
    fixture.destroy();
  });

  it('Should_show_the_servers_message_and_the_graded_result_when_handing_in_too_late', async () => {
    const { fixture, el } = await render(attempt(10 * 60_000));
    const submitting = fixture.componentInstance.submit(false);
    await settle();
    const submit = backend.expectOne(`${URL}/submit`);
    expect(submit.request.body).toEqual({ answers: { 0: 'B' } });
    submit.flush({ title: '已超过交卷时间，系统已按保存的答案评分。', status: 409, code: 'Learning:00018' }, { status: 409, statusText: 'Conflict' });
    await settle();
    backend.expectOne(URL).flush(attempt(-60_000, { status: 'TimedOut', score: 10, passed: false, submittedAt: new Date().toISOString() }));
    await submitting;
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=problem]')?.textContent).toContain('已超过交卷时间');
    expect(el.querySelector('[data-testid=attempt-score]')?.textContent).toContain('10');
    expect(el.querySelector('[data-testid=attempt-score]')?.textContent).toContain('/ 20');
    expect(el.querySelector('[data-testid=attempt-passed]')?.textContent).toContain('不合格');
    expect(el.querySelector('[data-testid=exam-bar]')).toBeNull();
  });

  it('Should_hand_in_by_itself_with_every_answer_when_the_time_is_up', async () => {
    const { fixture, el } = await render(attempt(1_200));
    expect(el.querySelector('[data-testid=countdown]')?.classList.contains('warn')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 2_300));
    const submit = backend.expectOne(`${URL}/submit`);
    expect(submit.request.body).toEqual({ answers: { 0: 'B' } });
    submit.flush({ id: 'att1', examId: 'e1', status: 'Submitted', score: 10, maxScore: 20, passed: false, submittedAt: new Date().toISOString() });
    await settle();
    await fixture.whenStable();
    backend.verify(); // the result alone is enough: the page keeps the paper it has
    expect(el.querySelector('[data-testid=attempt-result]')).not.toBeNull();
    expect(el.querySelector('[data-testid=attempt-score]')?.textContent).toContain('10');
    expect(el.querySelector('[data-testid=attempt-score]')?.textContent).toContain('/ 20');
    expect(el.querySelector('[data-testid=announcer]')?.textContent).toContain('时间到');
  });
});
