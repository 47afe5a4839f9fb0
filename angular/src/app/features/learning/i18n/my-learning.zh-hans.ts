/** "My learning" and the public verification page, in Chinese. Keys must match my-learning.en.ts. */
export const MY_LEARNING_ZH = {
  title: '我的学习',
};
