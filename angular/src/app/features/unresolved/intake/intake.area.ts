import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { UnresolvedArea } from '../unresolved.area';
import { INTAKE_EN } from './i18n/intake.en';
import { INTAKE_ZH } from './i18n/intake.zh-hans';

/** 办不成事登记: the window's (or hotline's) intake form. */
export const INTAKE_AREA: UnresolvedArea = {
  routes: [{ path: 'intake', ...requires(Permissions.Unresolved.Cases.Record), loadComponent: () => import('./intake.page').then((m) => m.UnresolvedIntakePage) }],
  items: [{ path: '/unresolved/intake', label: 'nav.unresolvedIntake', icon: 'edit_note', permission: Permissions.Unresolved.Cases.Record }],
  zh: INTAKE_ZH,
  en: INTAKE_EN,
};
