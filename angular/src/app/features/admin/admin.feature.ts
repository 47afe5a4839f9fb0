import { Feature } from '../../core/feature';
import { Permissions } from '../../core/permissions.generated';
import { ADMIN_EN } from './i18n/admin.feature.en';
import { ADMIN_ZH } from './i18n/admin.feature.zh-hans';

/** Users, roles and permission grants, device keys, settings and the audit log. */
export const ADMIN_FEATURE: Feature = {
  routes: [{ path: 'admin', loadChildren: () => import('./admin.routes').then((m) => m.ADMIN_ROUTES) }],
  navigation: [
    {
      label: 'nav.groups.admin',
      items: [
        { path: '/admin/users', label: 'nav.users', icon: 'manage_accounts', permission: Permissions.Identity.Users.Default },
        { path: '/admin/roles', label: 'nav.roles', icon: 'admin_panel_settings', permission: Permissions.Identity.Roles.Default },
        { path: '/admin/device-keys', label: 'nav.deviceKeys', icon: 'key', permission: Permissions.Identity.DeviceKeys.Default },
        { path: '/admin/settings', label: 'nav.settings', icon: 'tune', permission: Permissions.Platform.Settings.Default },
        { path: '/admin/audit-logs', label: 'nav.auditLogs', icon: 'history', permission: Permissions.Platform.AuditLogs },
      ],
    },
  ],
  translations: { 'zh-Hans': ADMIN_ZH, en: ADMIN_EN },
};
