import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { SupervisionArea } from '../supervision.area';
import { STATISTICS_EN } from './i18n/statistics.en';
import { STATISTICS_ZH } from './i18n/statistics.zh-hans';

/** 督查统计: findings by category over months and by unit, commendations, disputes and the ledger, each chart with its table. */
export const STATISTICS_AREA: SupervisionArea = {
  routes: [
    { path: 'statistics', ...requires(Permissions.Supervision.Findings.Default), loadComponent: () => import('./pages/statistics.page').then((m) => m.SupervisionStatisticsPage) },
  ],
  items: [{ path: '/supervision/statistics', label: 'nav.supervisionStatistics', icon: 'stacked_bar_chart', permission: Permissions.Supervision.Findings.Default }],
  zh: STATISTICS_ZH,
  en: STATISTICS_EN,
};
