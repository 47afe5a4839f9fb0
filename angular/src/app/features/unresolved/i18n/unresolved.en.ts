import { UNRESOLVED_ZH } from './unresolved.zh-hans';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Unresolved matters's texts in English; typed against the Chinese so a missing key does not compile. */
export const UNRESOLVED_EN: Shape<typeof UNRESOLVED_ZH> = {
  nav: { groups: { unresolved: 'Unresolved matters' }, unresolved: 'Overview' },
  unresolved: { title: 'Unresolved matters', pendingEvents: 'Events waiting for delivery: {{n}}' },
};
