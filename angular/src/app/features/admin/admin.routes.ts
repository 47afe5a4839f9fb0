import { Routes } from '@angular/router';
import { permissionGuard } from '../../core/guards';

export const ADMIN_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'users' },
  {
    path: 'users',
    canActivate: [permissionGuard],
    data: { permission: 'Identity.Users' },
    loadComponent: () => import('./pages/users.page').then((m) => m.UsersPage),
  },
  {
    path: 'roles',
    canActivate: [permissionGuard],
    data: { permission: 'Identity.Roles' },
    loadComponent: () => import('./pages/roles.page').then((m) => m.RolesPage),
  },
  {
    path: 'device-keys',
    canActivate: [permissionGuard],
    data: { permission: 'Identity.DeviceKeys' },
    loadComponent: () => import('./pages/device-keys.page').then((m) => m.DeviceKeysPage),
  },
  {
    path: 'settings',
    canActivate: [permissionGuard],
    data: { permission: 'Platform.Settings' },
    loadComponent: () => import('./pages/settings.page').then((m) => m.SettingsPage),
  },
];
