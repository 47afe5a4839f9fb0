import { Feature } from '../../core/feature';
import { Permissions } from '../../core/permissions.generated';
import { BULLETINS_EN } from './i18n/bulletins.en';
import { BULLETINS_ZH } from './i18n/bulletins.zh-hans';

/** 通报 (Bulletins): the list and a bulletin's page for everyone with the grant; generating and schedules for managers. */
export const BULLETINS_FEATURE: Feature = {
  routes: [{ path: 'bulletins', loadChildren: () => import('./bulletins.routes').then((m) => m.BULLETINS_ROUTES) }],
  navigation: [
    {
      label: 'nav.groups.bulletins',
      items: [
        { path: '/bulletins', label: 'nav.bulletins', icon: 'campaign', permission: Permissions.Bulletins.Bulletins.Default },
        { path: '/bulletins/schedules', label: 'nav.bulletinSchedules', icon: 'event_repeat', permission: Permissions.Bulletins.Bulletins.Manage },
      ],
    },
  ],
  translations: { 'zh-Hans': BULLETINS_ZH, en: BULLETINS_EN },
};
