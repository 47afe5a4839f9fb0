import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { UnresolvedArea } from '../unresolved.area';
import { WORKBENCH_EN } from './i18n/workbench.en';
import { WORKBENCH_ZH } from './i18n/workbench.zh-hans';

/** 巡导员工作台: today's cases, open deadlines, the actions. */
export const WORKBENCH_AREA: UnresolvedArea = {
  routes: [{ path: 'workbench', ...requires(Permissions.Unresolved.Cases.Handle), loadComponent: () => import('./workbench.page').then((m) => m.UnresolvedWorkbenchPage) }],
  items: [{ path: '/unresolved/workbench', label: 'nav.unresolvedWorkbench', icon: 'support_agent', permission: Permissions.Unresolved.Cases.Handle }],
  zh: WORKBENCH_ZH,
  en: WORKBENCH_EN,
};
