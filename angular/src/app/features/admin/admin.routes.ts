import { Routes } from '@angular/router';
import { requires } from '../../core/guards';
import { Permissions } from '../../core/permissions.generated';

export const ADMIN_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'users' },
  {
    path: 'users',
    ...requires(Permissions.Identity.Users.Default),
    loadComponent: () => import('./pages/users.page').then((m) => m.UsersPage),
  },
  {
    path: 'roles',
    ...requires(Permissions.Identity.Roles.Default),
    loadComponent: () => import('./pages/roles.page').then((m) => m.RolesPage),
  },
  {
    path: 'device-keys',
    ...requires(Permissions.Identity.DeviceKeys.Default),
    loadComponent: () => import('./pages/device-keys.page').then((m) => m.DeviceKeysPage),
  },
  {
    path: 'settings',
    ...requires(Permissions.Platform.Settings.Default),
    loadComponent: () => import('./pages/settings.page').then((m) => m.SettingsPage),
  },
  {
    path: 'audit-logs',
    ...requires(Permissions.Platform.AuditLogs),
    loadComponent: () => import('./pages/audit-logs.page').then((m) => m.AuditLogsPage),
  },
];
