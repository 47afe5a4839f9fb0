import { Feature, mergeTranslations } from '../../core/feature';
import { APPEALS_AREA } from './appeals/appeals.area';
import { CASES_AREA } from './cases/cases.area';
import { CATALOGUE_AREA } from './catalogue/catalogue.area';
import { DASHBOARD_AREA } from './dashboard/dashboard.area';
import { DEVICES_AREA } from './devices/devices.area';
import { RATINGS_EN } from './i18n/ratings.en';
import { RATINGS_ZH } from './i18n/ratings.zh-hans';
import { PUBLIC_EN } from './public/i18n/public.en';
import { PUBLIC_ZH } from './public/i18n/public.zh-hans';
import type { RatingsArea } from './ratings.area';

/** In menu order: what people see (statistics, ratings, mine), the loop (workbench, appeals), then what is configured. */
const AREAS: RatingsArea[] = [
  DASHBOARD_AREA,
  CASES_AREA,
  APPEALS_AREA,
  CATALOGUE_AREA,
  DEVICES_AREA,
];

/** 好差评 (Ratings): its routes, menu entries and texts, joined from its areas. Listed once in features/features.ts. */
export const RATINGS_FEATURE: Feature = {
  routes: [{ path: 'ratings', children: AREAS.flatMap((a) => a.routes) }],
  // The citizens' pages (rate by a window's QR code, the monthly disclosure, the follow-up link): anonymous, outside the shell.
  publicRoutes: [
    { path: 'rate', loadChildren: () => import('./public/public.routes').then((m) => m.RATE_ROUTES) },
    { path: 'disclosure', loadChildren: () => import('./public/public.routes').then((m) => m.DISCLOSURE_ROUTES) },
  ],
  navigation: [{ label: 'nav.groups.ratings', items: AREAS.flatMap((a) => a.items) }],
  translations: {
    'zh-Hans': mergeTranslations(RATINGS_ZH, PUBLIC_ZH, ...AREAS.map((a) => a.zh)),
    en: mergeTranslations(RATINGS_EN, PUBLIC_EN, ...AREAS.map((a) => a.en)),
  },
};
