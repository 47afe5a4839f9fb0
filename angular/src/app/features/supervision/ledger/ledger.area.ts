import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { SupervisionArea } from '../supervision.area';
import { LEDGER_EN } from './i18n/ledger.en';
import { LEDGER_ZH } from './i18n/ledger.zh-hans';

/** The rectification ledger 问题台账: the board with its counts and deadlines (and 对照自查), and one item with its history and actions. */
export const LEDGER_AREA: SupervisionArea = {
  routes: [
    { path: 'ledger', ...requires(Permissions.Supervision.Ledger.Default), loadComponent: () => import('./pages/ledger-board.page').then((m) => m.LedgerBoardPage) },
    { path: 'ledger/:id', ...requires(Permissions.Supervision.Ledger.Default), loadComponent: () => import('./pages/ledger-item.page').then((m) => m.LedgerItemPage) },
  ],
  items: [{ path: '/supervision/ledger', label: 'nav.supervisionLedger', icon: 'checklist', permission: Permissions.Supervision.Ledger.Default }],
  zh: LEDGER_ZH,
  en: LEDGER_EN,
};
