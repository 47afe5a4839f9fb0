import { Feature } from '../../core/feature';
import { requires } from '../../core/guards';
import { Permissions } from '../../core/permissions.generated';
import { CONTESTS_EN } from './i18n/contests.en';
import { CONTESTS_ZH } from './i18n/contests.zh-hans';

/** 技能大赛 (Skill contests): its routes, menu entry and texts. Listed once in features/features.ts. */
export const CONTESTS_FEATURE: Feature = {
  routes: [
    {
      path: 'contests',
      ...requires(Permissions.Contests.Overview),
      loadComponent: () => import('./pages/contests.page').then((m) => m.ContestsPage),
    },
  ],
  navigation: [
    {
      label: 'nav.groups.contests',
      items: [{ path: '/contests', label: 'nav.contests', icon: 'widgets', permission: Permissions.Contests.Overview }],
    },
  ],
  translations: { 'zh-Hans': CONTESTS_ZH, en: CONTESTS_EN },
};
