import { FormControl, FormGroup } from '@angular/forms';
import { beijingDateTime, closesAfterOpens, fromExam, intRange, newExam, ruleProblems, rulesTotal, toSaveExam } from './exam-form';

describe('exam-form', () => {
  it('Should_accept_whole_numbers_in_range_only', () => {
    const valid = (v: unknown) => new FormControl(v, intRange(1, 20)).valid;
    expect(valid(1)).toBe(true);
    expect(valid('20')).toBe(true);
    expect(valid(0)).toBe(false);
    expect(valid(21)).toBe(false);
    expect(valid(2.5)).toBe(false);
    expect(new FormControl('', intRange(1, 20)).hasError('required')).toBe(true);
  });

  it('Should_say_when_the_close_is_not_after_the_open', () => {
    const group = (opensAt: string, closesAt: string) => new FormGroup(
      { opensAt: new FormControl(opensAt, beijingDateTime), closesAt: new FormControl(closesAt, beijingDateTime) }, { validators: closesAfterOpens });
    expect(group('2026-03-01T09:00', '2026-03-01T08:00').hasError('closesAfterOpens')).toBe(true);
    expect(group('2026-03-01T09:00', '2026-03-01T09:00').hasError('closesAfterOpens')).toBe(true);
    expect(group('2026-03-01T09:00', '2026-03-01T11:00').valid).toBe(true);
    expect(group('2026-02-30T09:00', '2026-03-01T11:00').controls.opensAt.hasError('dateTime')).toBe(true);
  });

  it('Should_name_what_is_wrong_with_a_rule_row', () => {
    const row = { categoryId: 'c1', difficulty: '' as const, type: '' as const, count: 10, points: 5 };
    expect(ruleProblems(row)).toEqual([]);
    expect(ruleProblems({ ...row, categoryId: '' })).toEqual(['category']);
    expect(ruleProblems({ ...row, count: 0, points: 101 })).toEqual(['count', 'points']);
    expect(ruleProblems({ ...row, count: '3.5' })).toEqual(['count']);
    expect(ruleProblems(row, 4)).toEqual(['notEnough']);
    expect(ruleProblems(row, 10)).toEqual([]);
  });

  it('Should_total_the_rules', () => {
    expect(rulesTotal([
      { categoryId: 'a', difficulty: 'Easy', type: '', count: 10, points: 2 },
      { categoryId: 'b', difficulty: '', type: 'TrueFalse', count: '5', points: '4' },
    ])).toEqual({ count: 15, score: 40 });
  });

  it('Should_send_UTC_and_only_the_paper_of_the_mode', () => {
    const v = { ...newExam(new Date('2026-03-01T00:00:00Z')), title: ' 岗前考试 ', questionIds: ['q1', 'q2'] };
    expect(v.opensAt).toBe('2026-03-02T09:00');
    const fixed = toSaveExam(v);
    expect(fixed.title).toBe('岗前考试');
    expect(fixed.opensAt).toBe('2026-03-02T01:00:00.000Z');
    expect(fixed.questionIds).toEqual(['q1', 'q2']);
    expect(fixed.rules).toBeNull();
    expect(fixed.courseId).toBeNull();
    const rules = toSaveExam({ ...v, paperMode: 'Rules', rules: [{ categoryId: 'c', difficulty: '', type: 'SingleChoice', count: '3', points: 2 }] });
    expect(rules.questionIds).toBeNull();
    expect(rules.rules).toEqual([{ categoryId: 'c', difficulty: null, type: 'SingleChoice', count: 3, points: 2 }]);
  });

  it('Should_show_a_stored_exam_in_Beijing_time', () => {
    const v = fromExam({
      id: 'e', title: 't', courseId: null, isPreJob: true, paperMode: 'Fixed', questionIds: ['q'], pointsPerQuestion: 5, rules: [],
      timeLimitMinutes: 30, opensAt: '2026-03-02T01:00:00Z', closesAt: '2026-03-09T10:00:00Z', maxAttempts: 2, passPercent: 60,
      gradingPolicy: 'Highest', shuffleQuestions: true, shuffleOptions: false, questionCount: 1, maxScore: 5, ownerHallId: null, hasAttempts: false,
    });
    expect([v.opensAt, v.closesAt, v.courseId]).toEqual(['2026-03-02T09:00', '2026-03-09T18:00', '']);
  });
});
