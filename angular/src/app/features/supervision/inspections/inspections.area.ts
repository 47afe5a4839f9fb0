import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { SupervisionArea } from '../supervision.area';
import { INSPECTIONS_EN } from './i18n/inspections.en';
import { INSPECTIONS_ZH } from './i18n/inspections.zh-hans';

/** Inspections: the phone entry (现场记录), the list, a new inspection, one inspection and its walk-through recorder. */
export const INSPECTIONS_AREA: SupervisionArea = {
  routes: [
    { path: 'record', ...requires(Permissions.Supervision.Inspections.Record), loadComponent: () => import('./record/record.page').then((m) => m.RecordPage) },
    { path: 'inspections', ...requires(Permissions.Supervision.Inspections.Default), loadComponent: () => import('./pages/inspection-list.page').then((m) => m.InspectionListPage) },
    { path: 'inspections/new', ...requires(Permissions.Supervision.Inspections.Record), loadComponent: () => import('./pages/inspection-create.page').then((m) => m.InspectionCreatePage) },
    { path: 'inspections/:id', ...requires(Permissions.Supervision.Inspections.Default), loadComponent: () => import('./pages/inspection-detail.page').then((m) => m.InspectionDetailPage) },
    { path: 'inspections/:id/walk', ...requires(Permissions.Supervision.Inspections.Record), loadComponent: () => import('./walk/walk.page').then((m) => m.WalkPage) },
  ],
  items: [
    { path: '/supervision/record', label: 'nav.supervisionRecord', icon: 'add_a_photo', permission: Permissions.Supervision.Inspections.Record },
    { path: '/supervision/inspections', label: 'nav.supervisionInspections', icon: 'fact_check', permission: Permissions.Supervision.Inspections.Default },
  ],
  zh: INSPECTIONS_ZH,
  en: INSPECTIONS_EN,
};
