import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { UnresolvedArea } from '../unresolved.area';
import { INBOX_EN } from './i18n/inbox.en';
import { INBOX_ZH } from './i18n/inbox.zh-hans';

/** 联络员收件箱: the transfers a liaison answers. */
export const INBOX_AREA: UnresolvedArea = {
  routes: [{ path: 'transfers', ...requires(Permissions.Unresolved.Transfers.Default), loadComponent: () => import('./inbox.page').then((m) => m.UnresolvedInboxPage) }],
  items: [{ path: '/unresolved/transfers', label: 'nav.unresolvedInbox', icon: 'move_to_inbox', permission: Permissions.Unresolved.Transfers.Default }],
  zh: INBOX_ZH,
  en: INBOX_EN,
};
