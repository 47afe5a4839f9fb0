/** Authoring (courses, question bank, exams, certificates) and statistics, in Chinese. Keys must match learning.en.ts. */
export const LEARNING_ZH = {
  title: '培训考试',
};
