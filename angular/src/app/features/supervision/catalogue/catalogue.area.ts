import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { SupervisionArea } from '../supervision.area';
import { CATALOGUE_EN } from './i18n/catalogue.en';
import { CATALOGUE_ZH } from './i18n/catalogue.zh-hans';

/** The catalogue of violations and commendations with their points (versioned); edited with Catalogue.Manage. */
export const CATALOGUE_AREA: SupervisionArea = {
  routes: [
    { path: 'catalogue', ...requires(Permissions.Supervision.Catalogue.Default), loadComponent: () => import('./pages/catalogue.page').then((m) => m.CataloguePage) },
  ],
  items: [{ path: '/supervision/catalogue', label: 'nav.supervisionCatalogue', icon: 'rule', permission: Permissions.Supervision.Catalogue.Default }],
  zh: CATALOGUE_ZH,
  en: CATALOGUE_EN,
};
