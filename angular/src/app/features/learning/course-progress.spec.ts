import { LessonDto } from '../../proxy/models';
import { lessonToShow, progressPercent } from './course-progress';

const lesson = (id: string, order: number): LessonDto => ({ id, order, title: id, body: '<p></p>', minutes: 10, attachments: [] });

describe('course progress', () => {
  it('Should_show_progress_as_a_whole_percentage', () => {
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(2, 2)).toBe(100);
    expect(progressPercent(0, 0)).toBe(0);
    expect(progressPercent(5, 4)).toBe(100);
  });

  it('Should_open_the_asked_lesson_else_the_first_not_done', () => {
    const lessons = [lesson('b', 2), lesson('a', 1), lesson('c', 3)];
    expect(lessonToShow(lessons, [], 'c')?.id).toBe('c');
    expect(lessonToShow(lessons, ['a'], null)?.id).toBe('b');
    expect(lessonToShow(lessons, ['a'], 'unknown')?.id).toBe('b');
    expect(lessonToShow(lessons, ['a', 'b', 'c'])?.id).toBe('a');
    expect(lessonToShow([], [])).toBeNull();
  });
});
