import { Feature } from '../../core/feature';
import { requires } from '../../core/guards';
import { Permissions } from '../../core/permissions.generated';
import { SAMPLE_EN } from './i18n/sample.en';
import { SAMPLE_ZH } from './i18n/sample.zh-hans';

/** 示例模块 (Sample module): its routes, menu entry and texts. Listed once in features/features.ts. */
export const SAMPLE_FEATURE: Feature = {
  routes: [
    {
      path: 'sample',
      ...requires(Permissions.Sample.Overview),
      loadComponent: () => import('./pages/sample.page').then((m) => m.SamplePage),
    },
  ],
  navigation: [
    {
      label: 'nav.groups.sample',
      items: [{ path: '/sample', label: 'nav.sample', icon: 'widgets', permission: Permissions.Sample.Overview }],
    },
  ],
  translations: { 'zh-Hans': SAMPLE_ZH, en: SAMPLE_EN },
};
