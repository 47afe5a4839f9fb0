import { Feature } from '../../core/feature';
import { requires } from '../../core/guards';
import { Permissions } from '../../core/permissions.generated';
import { UNRESOLVED_EN } from './i18n/unresolved.en';
import { UNRESOLVED_ZH } from './i18n/unresolved.zh-hans';

/** 办不成事 (Unresolved matters): its routes, menu entry and texts. Listed once in features/features.ts. */
export const UNRESOLVED_FEATURE: Feature = {
  routes: [
    {
      path: 'unresolved',
      ...requires(Permissions.Unresolved.Overview),
      loadComponent: () => import('./pages/unresolved.page').then((m) => m.UnresolvedPage),
    },
  ],
  navigation: [
    {
      label: 'nav.groups.unresolved',
      items: [{ path: '/unresolved', label: 'nav.unresolved', icon: 'widgets', permission: Permissions.Unresolved.Overview }],
    },
  ],
  translations: { 'zh-Hans': UNRESOLVED_ZH, en: UNRESOLVED_EN },
};
