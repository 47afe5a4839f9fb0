import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { RatingsArea } from '../ratings.area';
import { CASES_EN } from './i18n/cases.en';
import { CASES_ZH } from './i18n/cases.zh-hans';

/** The bad-rating workbench: the cases in scope with their deadlines, and one case with its steps and actions. */
export const CASES_AREA: RatingsArea = {
  routes: [
    { path: 'cases', ...requires(Permissions.Ratings.Cases.Default), loadComponent: () => import('./pages/case-list.page').then((m) => m.CaseListPage) },
    { path: 'cases/:id', ...requires(Permissions.Ratings.Cases.Default), loadComponent: () => import('./pages/case-detail.page').then((m) => m.CaseDetailPage) },
  ],
  items: [{ path: '/ratings/cases', label: 'nav.ratingCases', icon: 'report_problem', permission: Permissions.Ratings.Cases.Default }],
  zh: CASES_ZH,
  en: CASES_EN,
};
