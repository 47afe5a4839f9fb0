import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { UnresolvedArea } from '../unresolved.area';
import { CASES_EN } from './i18n/cases.en';
import { CASES_ZH } from './i18n/cases.zh-hans';

const read = requires(Permissions.Unresolved.Cases.Default);

/** The case list in scope, one case with its history and actions, and the monthly 问题清单. */
export const CASES_AREA: UnresolvedArea = {
  routes: [
    { path: 'cases', ...read, loadComponent: () => import('./pages/case-list.page').then((m) => m.UnresolvedCaseListPage) },
    { path: 'cases/:id', ...read, loadComponent: () => import('./pages/case-detail.page').then((m) => m.UnresolvedCaseDetailPage) },
    { path: 'problem-list', ...read, loadComponent: () => import('./pages/problem-list.page').then((m) => m.UnresolvedProblemListPage) },
  ],
  items: [
    { path: '/unresolved/cases', label: 'nav.unresolvedCases', icon: 'fact_check', permission: Permissions.Unresolved.Cases.Default },
    { path: '/unresolved/problem-list', label: 'nav.unresolvedProblemList', icon: 'list_alt', permission: Permissions.Unresolved.Cases.Default },
  ],
  zh: CASES_ZH,
  en: CASES_EN,
};
