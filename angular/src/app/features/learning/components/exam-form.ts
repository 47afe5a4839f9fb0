import { AbstractControl, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { Difficulty, ExamDto, ExamRuleDto, GradingPolicy, PaperMode, QuestionType, SaveExamInput } from '../../../proxy/models';
import { beijingToUtc, utcToBeijing } from '../../../shared/beijing-time';

export const EXAM_LIMITS = { title: 128, timeLimit: 600, attempts: 20, points: 100, count: 200, percent: 100 };

/** A whole number from min to max (the server's [Range]); { range: { min, max } } otherwise. */
export function intRange(min: number, max: number): ValidatorFn {
  return (c: AbstractControl): ValidationErrors | null => {
    const v = c.value;
    if (v === null || v === '' || v === undefined) return Validators.required(c);
    const n = Number(v);
    return Number.isInteger(n) && n >= min && n <= max ? null : { range: { min, max } };
  };
}

/** A Beijing date-time ("2026-03-01T09:00") that exists. */
export const beijingDateTime: ValidatorFn = (c: AbstractControl): ValidationErrors | null =>
  !c.value ? { required: true } : beijingToUtc(c.value) ? null : { dateTime: true };

/** On the group: the close is after the open (both in Beijing time). */
export const closesAfterOpens: ValidatorFn = (g: AbstractControl): ValidationErrors | null => {
  const opens = beijingToUtc(g.get('opensAt')?.value ?? ''), closes = beijingToUtc(g.get('closesAt')?.value ?? '');
  return opens && closes && closes <= opens ? { closesAfterOpens: true } : null;
};

export interface RuleRow {
  categoryId: string;
  difficulty: Difficulty | '';
  type: QuestionType | '';
  count: number | string;
  points: number | string;
}

/** What is wrong with a drawing rule, as keys under learning: null when the row is complete and within range. */
export function ruleProblems(row: RuleRow, available?: number): string[] {
  const out: string[] = [];
  if (!row.categoryId) out.push('category');
  const count = Number(row.count), points = Number(row.points);
  if (!Number.isInteger(count) || count < 1 || count > EXAM_LIMITS.count) out.push('count');
  if (!Number.isInteger(points) || points < 1 || points > EXAM_LIMITS.points) out.push('points');
  if (available !== undefined && Number.isInteger(count) && count > available) out.push('notEnough');
  return out;
}

/** Questions and the maximum score of a rule-drawn paper. */
export function rulesTotal(rows: RuleRow[]): { count: number; score: number } {
  return rows.reduce((t, r) => {
    const count = Number(r.count) || 0, points = Number(r.points) || 0;
    return { count: t.count + count, score: t.score + count * points };
  }, { count: 0, score: 0 });
}

export interface ExamFormValue {
  title: string;
  courseId: string;
  isPreJob: boolean;
  paperMode: PaperMode;
  questionIds: string[];
  pointsPerQuestion: number | string;
  rules: RuleRow[];
  timeLimitMinutes: number | string;
  opensAt: string;
  closesAt: string;
  maxAttempts: number | string;
  passPercent: number | string;
  gradingPolicy: GradingPolicy;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
}

/** The request body: Beijing times to UTC ISO, only the paper of the chosen mode. */
export function toSaveExam(v: ExamFormValue): SaveExamInput {
  const rules: ExamRuleDto[] = v.rules.map((r) => ({
    categoryId: r.categoryId, difficulty: r.difficulty || null, type: r.type || null, count: Number(r.count), points: Number(r.points),
  }));
  return {
    title: v.title.trim(), courseId: v.courseId || null, isPreJob: v.isPreJob, paperMode: v.paperMode,
    questionIds: v.paperMode === 'Fixed' ? v.questionIds : null, pointsPerQuestion: Number(v.pointsPerQuestion),
    rules: v.paperMode === 'Rules' ? rules : null, timeLimitMinutes: Number(v.timeLimitMinutes),
    opensAt: beijingToUtc(v.opensAt)!, closesAt: beijingToUtc(v.closesAt)!, maxAttempts: Number(v.maxAttempts), passPercent: Number(v.passPercent),
    gradingPolicy: v.gradingPolicy, shuffleQuestions: v.shuffleQuestions, shuffleOptions: v.shuffleOptions,
  };
}

export function fromExam(e: ExamDto): ExamFormValue {
  return {
    title: e.title, courseId: e.courseId ?? '', isPreJob: e.isPreJob, paperMode: e.paperMode, questionIds: e.questionIds,
    pointsPerQuestion: e.pointsPerQuestion,
    rules: e.rules.map((r) => ({ categoryId: r.categoryId, difficulty: r.difficulty ?? '', type: r.type ?? '', count: r.count, points: r.points })),
    timeLimitMinutes: e.timeLimitMinutes, opensAt: utcToBeijing(e.opensAt), closesAt: utcToBeijing(e.closesAt), maxAttempts: e.maxAttempts,
    passPercent: e.passPercent, gradingPolicy: e.gradingPolicy, shuffleQuestions: e.shuffleQuestions, shuffleOptions: e.shuffleOptions,
  };
}

/** A new exam: opens tomorrow 09:00 Beijing time, closes a week later. */
export function newExam(now = new Date()): ExamFormValue {
  const day = (offset: number) => utcToBeijing(new Date(now.getTime() + offset * 86_400_000)).slice(0, 10);
  return {
    title: '', courseId: '', isPreJob: false, paperMode: 'Fixed', questionIds: [], pointsPerQuestion: 5, rules: [],
    timeLimitMinutes: 60, opensAt: `${day(1)}T09:00`, closesAt: `${day(8)}T18:00`, maxAttempts: 2, passPercent: 60,
    gradingPolicy: 'Highest', shuffleQuestions: true, shuffleOptions: true,
  };
}
