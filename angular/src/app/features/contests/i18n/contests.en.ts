import { CONTESTS_ZH } from './contests.zh-hans';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Skill contests's texts in English; typed against the Chinese so a missing key does not compile. */
export const CONTESTS_EN: Shape<typeof CONTESTS_ZH> = {
  nav: { groups: { contests: 'Skill contests' }, contests: 'Contests' },
  contests: { title: 'Skill contests', pendingEvents: 'Events waiting for delivery: {{n}}' },
};
