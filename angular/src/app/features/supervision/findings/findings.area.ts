import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { SupervisionArea } from '../supervision.area';
import { FINDINGS_EN } from './i18n/findings.en';
import { FINDINGS_ZH } from './i18n/findings.zh-hans';

const mine = requires(Permissions.Supervision.My);

/** Findings: the list in scope (disputes for a unit's lead, decisions for the hall manager) and one's own (我的督查记录, disputes). */
export const FINDINGS_AREA: SupervisionArea = {
  routes: [
    { path: 'findings', ...requires(Permissions.Supervision.Findings.Default), loadComponent: () => import('./pages/finding-list.page').then((m) => m.FindingListPage) },
    { path: 'my', canActivate: mine.canActivate, data: { ...mine.data, mine: true }, loadComponent: () => import('./pages/finding-list.page').then((m) => m.FindingListPage) },
  ],
  items: [
    { path: '/supervision/findings', label: 'nav.supervisionFindings', icon: 'report', permission: Permissions.Supervision.Findings.Default },
    { path: '/supervision/my', label: 'nav.supervisionMy', icon: 'assignment_ind', permission: Permissions.Supervision.My, staffOnly: true },
  ],
  zh: FINDINGS_ZH,
  en: FINDINGS_EN,
};
