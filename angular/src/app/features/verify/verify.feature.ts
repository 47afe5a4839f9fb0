import { Feature } from '../../core/feature';
import { VERIFY_EN } from './i18n/verify.en';
import { VERIFY_ZH } from './i18n/verify.zh-hans';

/** The public verification page: certificates (Learning) and documents such as bulletins, by the code printed on them. */
export const VERIFY_FEATURE: Feature = {
  publicRoutes: [{ path: 'verify', loadChildren: () => import('./verify.routes').then((m) => m.VERIFY_ROUTES) }],
  translations: { 'zh-Hans': VERIFY_ZH, en: VERIFY_EN },
};
