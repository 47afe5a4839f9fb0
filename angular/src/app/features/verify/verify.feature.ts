import { Feature } from '../../core/feature';

/** The public certificate verification page (its texts are Learning's). */
export const VERIFY_FEATURE: Feature = {
  publicRoutes: [{ path: 'verify', loadChildren: () => import('./verify.routes').then((m) => m.VERIFY_ROUTES) }],
};
