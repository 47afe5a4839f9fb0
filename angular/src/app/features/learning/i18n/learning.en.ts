import { LEARNING_ZH } from './learning.zh-hans';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Authoring (courses, question bank, exams, certificates) and statistics, in English; typed against the Chinese. */
export const LEARNING_EN: Shape<typeof LEARNING_ZH> = {
  title: 'Training and exams',
};
