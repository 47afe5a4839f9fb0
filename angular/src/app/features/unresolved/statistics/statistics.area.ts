import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { UnresolvedArea } from '../unresolved.area';
import { UNRESOLVED_STATISTICS_EN } from './i18n/statistics.en';
import { UNRESOLVED_STATISTICS_ZH } from './i18n/statistics.zh-hans';

/** 办不成事统计: cases by unit and category, on-time rate per step. */
export const STATISTICS_AREA: UnresolvedArea = {
  routes: [{ path: 'statistics', ...requires(Permissions.Unresolved.Statistics), loadComponent: () => import('./statistics.page').then((m) => m.UnresolvedStatisticsPage) }],
  items: [{ path: '/unresolved/statistics', label: 'nav.unresolvedStatistics', icon: 'bar_chart', permission: Permissions.Unresolved.Statistics }],
  zh: UNRESOLVED_STATISTICS_ZH,
  en: UNRESOLVED_STATISTICS_EN,
};
