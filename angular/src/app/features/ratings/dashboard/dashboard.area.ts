import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { RatingsArea } from '../ratings.area';
import { DASHBOARD_EN } from './i18n/dashboard.en';
import { DASHBOARD_ZH } from './i18n/dashboard.zh-hans';

/** What people see of the ratings: the statistics with their charts, the ratings list (drill-down target) and my ratings. */
export const DASHBOARD_AREA: RatingsArea = {
  routes: [
    { path: '', pathMatch: 'full', ...requires(Permissions.Ratings.Ratings.Default), loadComponent: () => import('./pages/dashboard.page').then((m) => m.RatingsDashboardPage) },
    { path: 'list', ...requires(Permissions.Ratings.Ratings.Default), loadComponent: () => import('./pages/ratings-list.page').then((m) => m.RatingsListPage) },
    { path: 'my', ...requires(Permissions.Ratings.My), loadComponent: () => import('./pages/my-ratings.page').then((m) => m.MyRatingsPage) },
  ],
  items: [
    { path: '/ratings', label: 'ratings.dashboard.nav.dashboard', icon: 'insights', permission: Permissions.Ratings.Ratings.Default },
    { path: '/ratings/list', label: 'ratings.dashboard.nav.list', icon: 'reviews', permission: Permissions.Ratings.Ratings.Default },
    { path: '/ratings/my', label: 'ratings.dashboard.nav.my', icon: 'thumbs_up_down', permission: Permissions.Ratings.My, staffOnly: true },
  ],
  zh: DASHBOARD_ZH,
  en: DASHBOARD_EN,
};
