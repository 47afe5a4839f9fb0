import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { UnresolvedArea } from '../unresolved.area';
import { UNRESOLVED_ADMIN_EN } from './i18n/admin.en';
import { UNRESOLVED_ADMIN_ZH } from './i18n/admin.zh-hans';

/** Receivers with their liaisons, and the guide duty roster by month. */
export const ADMIN_AREA: UnresolvedArea = {
  routes: [
    { path: 'receivers', ...requires(Permissions.Unresolved.Receivers.Default), loadComponent: () => import('./receivers.page').then((m) => m.UnresolvedReceiversPage) },
    { path: 'roster', ...requires(Permissions.Unresolved.Roster.Default), loadComponent: () => import('./roster.page').then((m) => m.UnresolvedRosterPage) },
  ],
  items: [
    { path: '/unresolved/receivers', label: 'nav.unresolvedReceivers', icon: 'account_tree', permission: Permissions.Unresolved.Receivers.Default },
    { path: '/unresolved/roster', label: 'nav.unresolvedRoster', icon: 'calendar_month', permission: Permissions.Unresolved.Roster.Default },
  ],
  zh: UNRESOLVED_ADMIN_ZH,
  en: UNRESOLVED_ADMIN_EN,
};
