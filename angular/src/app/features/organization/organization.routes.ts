import { inject } from '@angular/core';
import { Routes } from '@angular/router';
import { AuthService } from '../../core/auth.service';
import { permissionGuard } from '../../core/guards';

export const ORGANIZATION_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'staff' },
  {
    path: 'tree',
    canActivate: [permissionGuard],
    data: { permission: 'Organization.Structure' },
    loadComponent: () => import('./pages/organization-tree.page').then((m) => m.OrganizationTreePage),
  },
  {
    path: 'staff',
    canActivate: [permissionGuard],
    data: { permission: 'Organization.Staff' },
    loadComponent: () => import('./pages/staff-list.page').then((m) => m.StaffListPage),
  },
  {
    path: 'me',
    canActivate: [permissionGuard],
    data: { permission: 'Organization.Staff' },
    redirectTo: () => {
      const staffId = inject(AuthService).user()?.staffId;
      return staffId ? `/organization/staff/${staffId}` : '/not-found';
    },
  },
  {
    path: 'staff/:id',
    canActivate: [permissionGuard],
    data: { permission: 'Organization.Staff' },
    loadComponent: () => import('./pages/staff-detail.page').then((m) => m.StaffDetailPage),
  },
  {
    path: 'import',
    canActivate: [permissionGuard],
    data: { permission: 'Organization.Staff.Import' },
    loadComponent: () => import('./pages/staff-import.page').then((m) => m.StaffImportPage),
  },
  {
    path: 'calendar',
    canActivate: [permissionGuard],
    data: { permission: 'Organization.Calendar' },
    loadComponent: () => import('./pages/calendar.page').then((m) => m.CalendarPage),
  },
];

