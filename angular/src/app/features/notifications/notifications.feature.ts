import { Feature } from '../../core/feature';
import { requires } from '../../core/guards';
import { Permissions } from '../../core/permissions.generated';
import { NOTIFICATIONS_EN } from './i18n/notifications.feature.en';
import { NOTIFICATIONS_ZH } from './i18n/notifications.feature.zh-hans';

/** The inbox (its unread count sits in the shell's toolbar). */
export const NOTIFICATIONS_FEATURE: Feature = {
  routes: [
    {
      path: 'notifications',
      ...requires(Permissions.Platform.Notifications),
      loadComponent: () => import('./pages/inbox.page').then((m) => m.InboxPage),
    },
  ],
  translations: { 'zh-Hans': NOTIFICATIONS_ZH, en: NOTIFICATIONS_EN },
};
