import { Feature, mergeTranslations } from '../../core/feature';
import { requires } from '../../core/guards';
import { Permissions } from '../../core/permissions.generated';
import { CONTESTS_EN } from './i18n/contests.en';
import { CONTESTS_ZH } from './i18n/contests.zh-hans';
import { CONTESTS_PAGES_EN } from './i18n/contests-pages.en';
import { CONTESTS_PAGES_ZH } from './i18n/contests-pages.zh-hans';

const view = requires(Permissions.Contests.Contests.Default);
const manage = requires(Permissions.Contests.Contests.Manage);
const consolePage = () => import('./console/console.page').then((m) => m.ContestConsolePage);

/**
 * 技能大赛 (Skill contests): the list and announcements, my contests, the judge's scoring, the organiser's console, the
 * live leaderboard and, outside the shell and without sign-in, the hall screen's board by its display link.
 */
export const CONTESTS_FEATURE: Feature = {
  routes: [{
    path: 'contests',
    children: [
      { path: '', ...view, loadComponent: () => import('./pages/contest-list.page').then((m) => m.ContestListPage) },
      { path: 'overview', ...requires(Permissions.Contests.Overview), loadComponent: () => import('./pages/contests.page').then((m) => m.ContestsPage) },
      { path: 'my', ...view, loadComponent: () => import('./my/my-contests.page').then((m) => m.MyContestsPage) },
      { path: 'judging', ...requires(Permissions.Contests.Judging), loadComponent: () => import('./judging/judging-list.page').then((m) => m.JudgingListPage) },
      { path: 'new', ...manage, loadComponent: consolePage },
      { path: ':id', ...view, loadComponent: () => import('./pages/contest-detail.page').then((m) => m.ContestDetailPage) },
      { path: ':id/console', ...manage, loadComponent: consolePage },
      { path: ':id/entries', canActivate: manage.canActivate, data: { ...manage.data, tab: 'entries' }, loadComponent: consolePage },
      { path: ':id/board', ...requires(Permissions.Contests.Board), loadComponent: () => import('./board/board.page').then((m) => m.BoardPage) },
      { path: ':id/rounds/:roundId/judge', ...requires(Permissions.Contests.Judging), loadComponent: () => import('./judging/judge-round.page').then((m) => m.JudgeRoundPage) },
    ],
  }],
  publicRoutes: [{ path: 'contests/display/:token', loadComponent: () => import('./board/display.page').then((m) => m.BoardDisplayPage) }],
  navigation: [{
    label: 'nav.groups.contests',
    items: [
      { path: '/contests', label: 'nav.contests', icon: 'emoji_events', permission: Permissions.Contests.Contests.Default },
      { path: '/contests/my', label: 'nav.myContests', icon: 'how_to_reg', permission: Permissions.Contests.Contests.Enter, staffOnly: true },
      { path: '/contests/judging', label: 'nav.contestJudging', icon: 'rate_review', permission: Permissions.Contests.Judging, staffOnly: true },
      { path: '/contests/overview', label: 'nav.contestsOverview', icon: 'widgets', permission: Permissions.Contests.Overview },
    ],
  }],
  translations: { 'zh-Hans': mergeTranslations(CONTESTS_ZH, CONTESTS_PAGES_ZH), en: mergeTranslations(CONTESTS_EN, CONTESTS_PAGES_EN) },
};
