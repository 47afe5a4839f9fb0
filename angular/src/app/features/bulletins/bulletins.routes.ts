import { Routes } from '@angular/router';
import { requires } from '../../core/guards';
import { Permissions } from '../../core/permissions.generated';

export const BULLETINS_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    ...requires(Permissions.Bulletins.Bulletins.Default),
    loadComponent: () => import('./pages/bulletin-list.page').then((m) => m.BulletinListPage),
  },
  {
    path: 'schedules',
    ...requires(Permissions.Bulletins.Bulletins.Manage),
    loadComponent: () => import('./pages/bulletin-schedules.page').then((m) => m.BulletinSchedulesPage),
  },
  {
    path: ':id',
    ...requires(Permissions.Bulletins.Bulletins.Default),
    loadComponent: () => import('./pages/bulletin-detail.page').then((m) => m.BulletinDetailPage),
  },
];
