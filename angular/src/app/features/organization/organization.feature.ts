import { Feature } from '../../core/feature';
import { Permissions } from '../../core/permissions.generated';
import { ORGANIZATION_EN } from './i18n/organization.feature.en';
import { ORGANIZATION_ZH } from './i18n/organization.feature.zh-hans';

/** Halls, units, windows, staff and their posts, the staff import and the work calendar. */
export const ORGANIZATION_FEATURE: Feature = {
  routes: [{ path: 'organization', loadChildren: () => import('./organization.routes').then((m) => m.ORGANIZATION_ROUTES) }],
  navigation: [
    {
      label: 'nav.groups.organization',
      items: [
        { path: '/organization/tree', label: 'nav.tree', icon: 'account_tree', permission: Permissions.Organization.Structure.Default },
        { path: '/organization/staff', label: 'nav.staff', icon: 'groups', permission: Permissions.Organization.Staff.Default, scopes: ['Units', 'Halls', 'All'] },
        { path: '/organization/me', label: 'nav.myRecord', icon: 'badge', permission: Permissions.Organization.Staff.Default, scopes: ['Own'] },
        { path: '/organization/import', label: 'nav.import', icon: 'upload_file', permission: Permissions.Organization.Staff.Import },
        { path: '/organization/calendar', label: 'nav.calendar', icon: 'calendar_month', permission: Permissions.Organization.Calendar.Default },
      ],
    },
  ],
  translations: { 'zh-Hans': ORGANIZATION_ZH, en: ORGANIZATION_EN },
};
