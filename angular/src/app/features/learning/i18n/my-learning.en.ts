import { MY_LEARNING_ZH } from './my-learning.zh-hans';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** "My learning" and the public verification page, in English; typed against the Chinese. */
export const MY_LEARNING_EN: Shape<typeof MY_LEARNING_ZH> = {
  title: 'My learning',
};
