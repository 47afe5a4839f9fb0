import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { RatingsArea } from '../ratings.area';
import { APPEALS_EN } from './i18n/appeals.en';
import { APPEALS_ZH } from './i18n/appeals.zh-hans';

/** Appeals: the list in scope, one appeal with its evidence and the decision; the request dialog
 * (components/appeal-request-dialog.component.ts, imported by the lazy page that opens it) from "my ratings". */
export const APPEALS_AREA: RatingsArea = {
  routes: [
    { path: 'appeals', ...requires(Permissions.Ratings.Appeals.Default), loadComponent: () => import('./pages/appeal-list.page').then((m) => m.AppealListPage) },
    { path: 'appeals/:id', ...requires(Permissions.Ratings.Appeals.Default), loadComponent: () => import('./pages/appeal-detail.page').then((m) => m.AppealDetailPage) },
  ],
  items: [{ path: '/ratings/appeals', label: 'nav.ratingAppeals', icon: 'gavel', permission: Permissions.Ratings.Appeals.Default }],
  zh: APPEALS_ZH,
  en: APPEALS_EN,
};
