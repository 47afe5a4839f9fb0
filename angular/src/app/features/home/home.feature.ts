import { Feature } from '../../core/feature';
import { requires } from '../../core/guards';
import { Permissions } from '../../core/permissions.generated';
import { HOME_EN } from './i18n/home.en';
import { HOME_ZH } from './i18n/home.zh-hans';

/** The home page every signed-in person lands on: to-dos and figures that the modules contribute (GET /api/home). */
export const HOME_FEATURE: Feature = {
  routes: [
    {
      path: 'home',
      ...requires(Permissions.Platform.Home),
      loadComponent: () => import('./home.page').then((m) => m.HomePage),
    },
  ],
  // The first menu group, without a heading.
  navigation: [{ items: [{ path: '/home', label: 'nav.home', icon: 'home', permission: Permissions.Platform.Home }] }],
  translations: { 'zh-Hans': { nav: { home: '首页' }, home: HOME_ZH }, en: { nav: { home: 'Home' }, home: HOME_EN } },
};
