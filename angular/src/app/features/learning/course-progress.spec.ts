import { LessonDto } from '../../proxy/models';
import { lessonToShow, progressPercent, readingSecondsLeft } from './course-progress';

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

  it('Should_count_the_reading_time_down_by_the_servers_clock', () => {
    const readyAt = '2026-11-23T02:01:00Z';
    const local = Date.parse('2026-11-23T02:00:00Z');
    expect(readingSecondsLeft(readyAt, 0, local)).toBe(60);
    expect(readingSecondsLeft(readyAt, 0, local + 59_500)).toBe(1); // rounded up: 0 only when the server accepts it
    expect(readingSecondsLeft(readyAt, 0, local + 60_000)).toBe(0);
    expect(readingSecondsLeft(readyAt, 30_000, local)).toBe(30);    // the server's clock is 30 s ahead of this browser's
    expect(readingSecondsLeft(readyAt, 0, local + 3_600_000)).toBe(0);
  });
});
