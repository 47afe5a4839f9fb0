import { inject } from '@angular/core';
import { Routes } from '@angular/router';
import { AuthService } from '../../core/auth.service';
import { requires } from '../../core/guards';
import { Permissions } from '../../core/permissions.generated';

export const ORGANIZATION_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'staff' },
  {
    path: 'tree',
    ...requires(Permissions.Organization.Structure.Default),
    loadComponent: () => import('./pages/organization-tree.page').then((m) => m.OrganizationTreePage),
  },
  {
    path: 'staff',
    ...requires(Permissions.Organization.Staff.Default),
    loadComponent: () => import('./pages/staff-list.page').then((m) => m.StaffListPage),
  },
  {
    path: 'me',
    ...requires(Permissions.Organization.Staff.Default),
    redirectTo: () => {
      const staffId = inject(AuthService).user()?.staffId;
      return staffId ? `/organization/staff/${staffId}` : '/not-found';
    },
  },
  {
    path: 'staff/:id',
    ...requires(Permissions.Organization.Staff.Default),
    loadComponent: () => import('./pages/staff-detail.page').then((m) => m.StaffDetailPage),
  },
  {
    path: 'units/:id/posts',
    ...requires(Permissions.Organization.Backups.Default),
    loadComponent: () => import('./pages/unit-posts.page').then((m) => m.UnitPostsPage),
  },
  {
    path: 'import',
    ...requires(Permissions.Organization.Staff.Import),
    loadComponent: () => import('./pages/staff-import.page').then((m) => m.StaffImportPage),
  },
  {
    path: 'calendar',
    ...requires(Permissions.Organization.Calendar.Default),
    loadComponent: () => import('./pages/calendar.page').then((m) => m.CalendarPage),
  },
];

