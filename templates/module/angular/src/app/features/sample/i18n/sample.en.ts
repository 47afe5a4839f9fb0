import { SAMPLE_ZH } from './sample.zh-hans';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Sample module's texts in English; typed against the Chinese so a missing key does not compile. */
export const SAMPLE_EN: Shape<typeof SAMPLE_ZH> = {
  nav: { groups: { sample: 'Sample module' }, sample: 'Overview' },
  sample: { title: 'Sample module', pendingEvents: 'Events waiting for delivery: {{n}}' },
};
