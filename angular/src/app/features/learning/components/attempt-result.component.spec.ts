import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AttemptDto } from '../../../proxy/models';
import { AttemptResultComponent } from './attempt-result.component';
import { provideTestTranslations } from '../../../testing/translations';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const graded: AttemptDto = {
  id: 'att1', examId: 'e1', examTitle: '窗口服务规范考试', number: 1, status: 'Submitted', startedAt: '2026-12-02T01:00:00Z',
  deadline: '2026-12-02T01:30:00Z', serverNow: '2026-12-02T01:20:00Z', submittedAt: '2026-12-02T01:20:00Z', score: 10, maxScore: 20, passed: false,
  questions: [
    { index: 0, type: 'MultipleChoice', stem: '一次性告知的内容：', options: [{ key: 'A', text: '办理依据' }, { key: 'B', text: '个人喜好' }, { key: 'C', text: '所需材料' }], points: 10 },
    { index: 1, type: 'TrueFalse', stem: '可以擅自离岗。', options: [], points: 10 },
  ],
  answers: { '0': 'A,C', '1': 'true' },
};

describe('AttemptResultComponent', () => {
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

  async function render() {
    const fixture = TestBed.createComponent(AttemptResultComponent);
    fixture.componentRef.setInput('attempt', graded);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    el.querySelector<HTMLButtonElement>('[data-testid=review]')!.click();
    return { fixture, el, req: backend.expectOne('/api/learning/my/attempts/att1/review') };
  }

  it('Should_show_the_servers_reason_while_the_exam_is_still_open', async () => {
    const { fixture, el, req } = await render();
    req.flush({ title: '考试结束（2026-12-02 18:00）后才能查看答案和解析。', status: 409, code: 'Learning:00021' }, { status: 409, statusText: 'Conflict' });
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=problem]')?.textContent).toContain('后才能查看答案和解析');
    expect(el.querySelector('[data-testid=review-items]')).toBeNull();
  });

  it('Should_list_my_answer_the_correct_one_and_the_explanation_once_the_exam_has_closed', async () => {
    const { fixture, el, req } = await render();
    req.flush({
      attemptId: 'att1', score: 10, maxScore: 20, passed: false, items: [
        { index: 0, stem: '一次性告知的内容：', options: graded.questions[0].options, response: 'A,C', correctAnswer: 'A,C', isCorrect: true, points: 10, explanation: null },
        { index: 1, stem: '可以擅自离岗。', options: [], response: 'true', correctAnswer: 'false', isCorrect: false, points: 10, explanation: '工作时间不得擅自离岗。' },
      ],
    });
    await settle();
    await fixture.whenStable();
    const items = el.querySelectorAll('[data-testid=review-items] > li');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('A、C');
    expect(items[0].textContent).toContain('正确');
    expect(items[1].classList.contains('wrong')).toBe(true);
    expect(items[1].textContent).toMatch(/你的答案\s*对/);
    expect(items[1].textContent).toMatch(/正确答案\s*错/);
    expect(items[1].textContent).toContain('工作时间不得擅自离岗。');
  });
});
