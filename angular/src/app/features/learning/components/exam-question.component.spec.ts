import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AttemptQuestionDto } from '../../../proxy/models';
import { ExamQuestionComponent } from './exam-question.component';
import { provideTestTranslations } from '../../../testing/translations';

async function render(question: AttemptQuestionDto, response = '') {
  TestBed.configureTestingModule({
    providers: [...provideTestTranslations('zh-Hans')],
  });
  await firstValueFrom(TestBed.inject(TranslateService).use('zh-Hans'));
  const fixture = TestBed.createComponent(ExamQuestionComponent);
  fixture.componentRef.setInput('question', question);
  fixture.componentRef.setInput('response', response);
  const emitted: string[] = [];
  fixture.componentInstance.answer.subscribe((v) => emitted.push(v));
  await fixture.whenStable();
  return { el: fixture.nativeElement as HTMLElement, emitted };
}

describe('ExamQuestionComponent', () => {
  it('Should_answer_a_multiple_choice_question_with_the_ticked_keys_in_order', async () => {
    const { el, emitted } = await render({ index: 1, type: 'MultipleChoice', stem: '一次性告知的内容：', points: 10,
      options: [{ key: 'A', text: '办理依据' }, { key: 'B', text: '个人喜好' }, { key: 'C', text: '所需材料' }] }, 'C');
    expect(el.querySelector('legend')?.textContent).toContain('第 2 题');
    el.querySelector<HTMLInputElement>('[data-option=A] input')!.click();
    expect(emitted).toEqual(['A,C']);
  });

  it('Should_offer_true_and_false_for_a_true_false_question', async () => {
    const { el, emitted } = await render({ index: 0, type: 'TrueFalse', stem: '可以擅自离岗。', points: 10, options: [] });
    expect(el.textContent).toContain('对');
    el.querySelector<HTMLInputElement>('[data-option=false] input')!.click();
    expect(emitted).toEqual(['false']);
  });

  it('Should_wait_for_the_input_method_to_finish_before_answering_a_fill_in', async () => {
    const { el, emitted } = await render({ index: 3, type: 'FillIn', stem: '所需材料应当____告知。', points: 10, options: [] });
    const input = el.querySelector<HTMLInputElement>('[data-testid=fill-in]')!;
    input.value = 'yici';
    input.dispatchEvent(new InputEvent('input', { isComposing: true }));
    expect(emitted).toEqual([]);
    input.value = '一次';
    input.dispatchEvent(new CompositionEvent('compositionend', { data: '一次' }));
    input.value = '一次性';
    input.dispatchEvent(new InputEvent('input'));
    expect(emitted).toEqual(['一次', '一次性']);
  });
});
