import { Feature, mergeTranslations } from '../../core/feature';
import { ADMIN_AREA } from './admin/admin.area';
import { CASES_AREA } from './cases/cases.area';
import { UNRESOLVED_EN } from './i18n/unresolved.en';
import { UNRESOLVED_ZH } from './i18n/unresolved.zh-hans';
import { INBOX_AREA } from './inbox/inbox.area';
import { INTAKE_AREA } from './intake/intake.area';
import { OVERVIEW_AREA } from './overview.area';
import { STATISTICS_AREA } from './statistics/statistics.area';
import type { UnresolvedArea } from './unresolved.area';
import { WORKBENCH_AREA } from './workbench/workbench.area';

/** In menu order: the window's intake, the guide's workbench, the cases and problem list, the liaison's inbox, statistics, then set-up and the overview. */
const AREAS: UnresolvedArea[] = [INTAKE_AREA, WORKBENCH_AREA, CASES_AREA, INBOX_AREA, STATISTICS_AREA, ADMIN_AREA, OVERVIEW_AREA];

/** 办不成事 (Unresolved matters): its routes, menu entries and texts, joined from its areas. Listed once in features/features.ts. */
export const UNRESOLVED_FEATURE: Feature = {
  routes: [{ path: 'unresolved', children: [{ path: '', pathMatch: 'full', redirectTo: 'cases' }, ...AREAS.flatMap((a) => a.routes)] }],
  navigation: [{ label: 'nav.groups.unresolved', items: AREAS.flatMap((a) => a.items) }],
  translations: {
    'zh-Hans': mergeTranslations(UNRESOLVED_ZH, ...AREAS.map((a) => a.zh)),
    en: mergeTranslations(UNRESOLVED_EN, ...AREAS.map((a) => a.en)),
  },
};
