import { AttemptQuestionDto, QuestionType } from '../../../proxy/models';

/** The saved answers of an attempt, by question index. */
export type Answers = Record<number, string>;

/** Option keys of a choice response ("A,C" → ["A", "C"]); the server's format, order-insensitive. */
export function choiceKeys(response: string | null | undefined): string[] {
  return (response ?? '').split(',').map((k) => k.trim().toUpperCase()).filter((k) => k.length > 0);
}

/** A multiple-choice response from ticked keys: distinct, in option order ("C", "A" → "A,C"). */
export function encodeChoices(keys: readonly string[]): string {
  return [...new Set(keys.map((k) => k.toUpperCase()))].sort().join(',');
}

/** Ticks or unticks one option of a multiple-choice response. */
export function toggleChoice(response: string | null | undefined, key: string, checked: boolean): string {
  const keys = choiceKeys(response).filter((k) => k !== key);
  return encodeChoices(checked ? [...keys, key] : keys);
}

export function isAnswered(response: string | null | undefined): boolean {
  return (response ?? '').trim().length > 0;
}

export function unansweredCount(questions: readonly AttemptQuestionDto[], answers: Answers): number {
  return questions.filter((q) => !isAnswered(answers[q.index])).length;
}

/** The server's answers (possibly with null for cleared ones) as the page keeps them. */
export function fromServer(answers: Record<string, string | null> | null | undefined): Answers {
  const out: Answers = {};
  for (const [k, v] of Object.entries(answers ?? {})) if (v !== null && v !== undefined) out[Number(k)] = v;
  return out;
}

/**
 * A response as people read it: option keys "A、C", true/false as the words given (对 / 错), fill-in as typed.
 * Empty means not answered.
 */
export function displayAnswer(type: QuestionType | undefined, response: string | null | undefined, words: { true: string; false: string }): string {
  if (!isAnswered(response)) return '';
  if (type === 'TrueFalse') {
    const v = response!.trim().toLowerCase();
    return v === 'true' ? words.true : v === 'false' ? words.false : response!;
  }
  if (type === 'SingleChoice' || type === 'MultipleChoice') return choiceKeys(response).join('、');
  return response!;
}
