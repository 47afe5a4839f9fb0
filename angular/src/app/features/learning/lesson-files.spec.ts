import { fileSizeText, lessonFileUrl } from './lesson-files';

describe('lesson files', () => {
  it('Should_build_the_download_url_of_a_lesson_file', () => {
    expect(lessonFileUrl('c1', 'l1', 'a1')).toBe('/api/learning/courses/c1/lessons/l1/attachments/a1');
  });

  it('Should_show_sizes_in_KB_below_a_megabyte_and_in_MB_above', () => {
    expect([fileSizeText(200), fileSizeText(15_360), fileSizeText(3.5 * 1024 * 1024)]).toEqual(['1 KB', '15 KB', '3.5 MB']);
  });
});
