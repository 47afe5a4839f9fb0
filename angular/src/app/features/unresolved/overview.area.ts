import { requires } from '../../core/guards';
import { Permissions } from '../../core/permissions.generated';
import type { UnresolvedArea } from './unresolved.area';

const ZH = { nav: { unresolvedOverview: '概况' }, unresolved: { title: '办不成事', pendingEvents: '待投递事件：{{n}} 条' } };
const EN: typeof ZH = { nav: { unresolvedOverview: 'Overview' }, unresolved: { title: 'Unresolved matters', pendingEvents: 'Events waiting for delivery: {{n}}' } };

/** The module at a glance for administrators and hall managers (the events of its outbox not yet delivered). */
export const OVERVIEW_AREA: UnresolvedArea = {
  routes: [{ path: 'overview', ...requires(Permissions.Unresolved.Overview), loadComponent: () => import('./pages/unresolved.page').then((m) => m.UnresolvedPage) }],
  items: [{ path: '/unresolved/overview', label: 'nav.unresolvedOverview', icon: 'widgets', permission: Permissions.Unresolved.Overview }],
  zh: ZH,
  en: EN,
};
