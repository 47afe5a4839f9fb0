import { FormControl, FormGroup } from '@angular/forms';
import { QuestionFormValue, acceptedAnswers, answerProblem, answerValidator, fromQuestion, splitTags, toSaveQuestion } from './question-form';

const base: QuestionFormValue = {
  code: ' ZC-1 ', categoryId: 'c', type: 'SingleChoice', difficulty: 'Easy', stem: '窗口人员上岗应当（ ）', options: ['佩戴工作牌', '玩手机'],
  correctKeys: ['A'], trueFalse: '', fillIn: '', explanation: '', tags: '岗前，服务规范, 岗前',
};

describe('question-form', () => {
  it('Should_check_the_answer_for_each_type', () => {
    expect(answerProblem(base)).toBeNull();
    expect(answerProblem({ ...base, correctKeys: ['A', 'B'] })).toBe('pickOne');
    expect(answerProblem({ ...base, options: ['佩戴工作牌', ' '] })).toBe('needTwoOptions');
    expect(answerProblem({ ...base, options: ['佩戴工作牌', '', '玩手机'] })).toBe('needTwoOptions'); // a gap in the middle
    expect(answerProblem({ ...base, options: ['佩戴工作牌', '玩手机', '', ''] })).toBeNull(); // empty ones at the end are left out
    expect(answerProblem({ ...base, options: ['佩戴工作牌', '玩手机', ''], correctKeys: ['C'] })).toBe('pickOne');
    expect(answerProblem({ ...base, type: 'MultipleChoice', correctKeys: [] })).toBe('pickSome');
    expect(answerProblem({ ...base, type: 'MultipleChoice', correctKeys: ['C'] })).toBe('pickSome'); // C is not an option
    expect(answerProblem({ ...base, type: 'TrueFalse' })).toBe('pickOne');
    expect(answerProblem({ ...base, type: 'TrueFalse', trueFalse: 'false' })).toBeNull();
    expect(answerProblem({ ...base, type: 'FillIn', fillIn: ' | ' })).toBe('fillInRequired');
    expect(answerProblem({ ...base, type: 'FillIn', fillIn: '一次性告知|一次告知' })).toBeNull();
  });

  it('Should_validate_a_form_group', () => {
    const group = new FormGroup({
      type: new FormControl('SingleChoice'), options: new FormControl(['a', 'b']), correctKeys: new FormControl<string[]>([]),
      trueFalse: new FormControl(''), fillIn: new FormControl(''),
    }, { validators: answerValidator });
    expect(group.errors).toEqual({ answer: 'pickOne' });
    group.controls.correctKeys.setValue(['B']);
    expect(group.valid).toBe(true);
  });

  it('Should_build_the_request_body', () => {
    const body = toSaveQuestion({ ...base, type: 'MultipleChoice', correctKeys: ['B', 'A'], options: ['佩戴工作牌', '玩手机', ' '] });
    expect(body.code).toBe('ZC-1');
    expect(body.answer).toBe('A,B');
    expect(body.options).toEqual([{ key: 'A', text: '佩戴工作牌' }, { key: 'B', text: '玩手机' }]);
    expect(body.tags).toEqual(['岗前', '服务规范']);
    expect(body.explanation).toBeNull();
    const fill = toSaveQuestion({ ...base, type: 'FillIn', fillIn: ' 一次性告知 | 一次告知 ' });
    expect([fill.answer, fill.options]).toEqual(['一次性告知|一次告知', null]);
  });

  it('Should_split_answers_and_tags_and_read_a_stored_question', () => {
    expect(acceptedAnswers('a||b |')).toEqual(['a', 'b']);
    expect(splitTags('a、b;c；a')).toEqual(['a', 'b', 'c']);
    const v = fromQuestion({
      id: 'q', code: 'Q1', categoryId: 'c', categoryName: '规范', type: 'MultipleChoice', difficulty: 'Hard', stem: 's',
      options: [{ key: 'A', text: 'x' }, { key: 'B', text: 'y' }, { key: 'C', text: 'z' }], answer: 'A,C', explanation: null, tags: ['t1', 't2'],
    });
    expect([v.correctKeys, v.options, v.tags]).toEqual([['A', 'C'], ['x', 'y', 'z'], 't1, t2']);
  });
});
