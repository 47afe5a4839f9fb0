import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { RatingsArea } from '../ratings.area';
import { CATALOGUE_EN } from './i18n/catalogue.en';
import { CATALOGUE_ZH } from './i18n/catalogue.zh-hans';

/** What ratings are measured against: the matters, the indicator tags, the third-party surveys and service efficiency. */
export const CATALOGUE_AREA: RatingsArea = {
  routes: [
    { path: 'matters', ...requires(Permissions.Ratings.Catalogue.Default), loadComponent: () => import('./pages/matters.page').then((m) => m.MattersPage) },
    { path: 'tags', ...requires(Permissions.Ratings.Catalogue.Default), loadComponent: () => import('./pages/tags.page').then((m) => m.TagsPage) },
    { path: 'surveys', ...requires(Permissions.Ratings.Catalogue.Default), loadComponent: () => import('./pages/surveys.page').then((m) => m.SurveysPage) },
    { path: 'efficiency', ...requires(Permissions.Ratings.Catalogue.Default), loadComponent: () => import('./pages/service-records.page').then((m) => m.ServiceRecordsPage) },
  ],
  items: [
    { path: '/ratings/matters', label: 'ratings.catalogue.nav.matters', icon: 'list_alt', permission: Permissions.Ratings.Catalogue.Default },
    { path: '/ratings/tags', label: 'ratings.catalogue.nav.tags', icon: 'sell', permission: Permissions.Ratings.Catalogue.Default },
    { path: '/ratings/surveys', label: 'ratings.catalogue.nav.surveys', icon: 'fact_check', permission: Permissions.Ratings.Catalogue.Default },
    { path: '/ratings/efficiency', label: 'ratings.catalogue.nav.efficiency', icon: 'speed', permission: Permissions.Ratings.Catalogue.Default },
  ],
  zh: CATALOGUE_ZH,
  en: CATALOGUE_EN,
};
