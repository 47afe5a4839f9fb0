import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { QuestionDto, QuestionType, SaveQuestionInput } from '../../../proxy/models';

export const QUESTION_TYPES: QuestionType[] = ['SingleChoice', 'MultipleChoice', 'TrueFalse', 'FillIn'];
export const OPTION_LIMIT = 6;

/** The editor's values: the answer is kept per type (option keys, true/false, accepted fill-in texts). */
export interface QuestionFormValue {
  code: string;
  categoryId: string;
  type: QuestionType;
  difficulty: QuestionDto['difficulty'];
  stem: string;
  options: string[];
  correctKeys: string[];
  trueFalse: string;
  fillIn: string;
  explanation: string;
  tags: string;
}

export const isChoice = (type: QuestionType): boolean => type === 'SingleChoice' || type === 'MultipleChoice';

/** Option keys A, B, C … by position (the server assigns them the same way). */
export const optionKey = (index: number): string => String.fromCharCode(65 + index);

/** The options an author filled in: empty ones at the end are left out (the editor starts with four). */
export function filledOptions(options: string[]): string[] {
  const out = [...options];
  while (out.length && !out[out.length - 1].trim()) out.pop();
  return out;
}

/** What is wrong with the answer for the type, as a translation key under learning.question; null when it is fine. */
export function answerProblem(v: Pick<QuestionFormValue, 'type' | 'options' | 'correctKeys' | 'trueFalse' | 'fillIn'>): string | null {
  if (isChoice(v.type)) {
    const options = filledOptions(v.options);
    if (options.length < 2 || options.some((o) => !o.trim())) return 'needTwoOptions';
    const keys = v.correctKeys.filter((k) => k.charCodeAt(0) - 65 < options.length);
    if (v.type === 'SingleChoice' && keys.length !== 1) return 'pickOne';
    if (keys.length === 0) return 'pickSome';
    return null;
  }
  if (v.type === 'TrueFalse') return v.trueFalse === 'true' || v.trueFalse === 'false' ? null : 'pickOne';
  return acceptedAnswers(v.fillIn).length ? null : 'fillInRequired';
}

/** A form-group validator around {@link answerProblem}: { answer: 'pickOne' } etc. */
export const answerValidator: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const problem = answerProblem(group.getRawValue() as QuestionFormValue);
  return problem ? { answer: problem } : null;
};

export function acceptedAnswers(text: string): string[] {
  return text.split('|').map((a) => a.trim()).filter((a) => a.length > 0);
}

export function splitTags(text: string): string[] {
  return [...new Set(text.split(/[,，、;；]/).map((t) => t.trim()).filter((t) => t.length > 0))];
}

/** The request body for the editor's values. */
export function toSaveQuestion(v: QuestionFormValue): SaveQuestionInput {
  const choice = isChoice(v.type);
  const options = filledOptions(v.options);
  const answer = choice
    ? v.correctKeys.filter((k) => k.charCodeAt(0) - 65 < options.length).sort().join(',')
    : v.type === 'TrueFalse' ? v.trueFalse : acceptedAnswers(v.fillIn).join('|');
  return {
    code: v.code.trim(), categoryId: v.categoryId, type: v.type, difficulty: v.difficulty, stem: v.stem.trim(),
    options: choice ? options.map((text, i) => ({ key: optionKey(i), text: text.trim() })) : null,
    answer, explanation: v.explanation.trim() || null, tags: splitTags(v.tags),
  };
}

/** The editor's values for a stored question. */
export function fromQuestion(q: QuestionDto): QuestionFormValue {
  const choice = isChoice(q.type);
  return {
    code: q.code, categoryId: q.categoryId, type: q.type, difficulty: q.difficulty, stem: q.stem,
    options: choice ? q.options.map((o) => o.text) : ['', ''],
    correctKeys: choice ? q.answer.split(',').filter(Boolean) : [],
    trueFalse: q.type === 'TrueFalse' ? q.answer : '',
    fillIn: q.type === 'FillIn' ? q.answer : '',
    explanation: q.explanation ?? '', tags: q.tags.join(', '),
  };
}
