import { inject } from '@angular/core';
import { Routes } from '@angular/router';
import { AuthService } from './core/auth.service';
import { anonymousGuard, authGuard, permissionGuard } from './core/guards';
import { homeFor } from './core/navigation';

export const routes: Routes = [
  {
    path: 'login',
    canActivate: [anonymousGuard],
    loadComponent: () => import('./features/account/pages/login.page').then((m) => m.LoginPage),
  },
  {
    path: 'change-password',
    loadComponent: () => import('./features/account/pages/change-password.page').then((m) => m.ChangePasswordPage),
  },
  {
    path: 'verify',
    loadChildren: () => import('./features/verify/verify.routes').then((m) => m.VERIFY_ROUTES),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./core/layout/shell.component').then((m) => m.ShellComponent),
    children: [
      { path: '', pathMatch: 'full', redirectTo: () => homeFor(inject(AuthService).user()) },
      {
        path: 'home',
        canActivate: [permissionGuard],
        data: { permission: 'Platform.Home' },
        loadComponent: () => import('./features/home/home.page').then((m) => m.HomePage),
      },
      {
        path: 'organization',
        loadChildren: () => import('./features/organization/organization.routes').then((m) => m.ORGANIZATION_ROUTES),
      },
      {
        path: 'my-learning',
        loadChildren: () => import('./features/learning/my-learning.routes').then((m) => m.MY_LEARNING_ROUTES),
      },
      {
        path: 'learning',
        loadChildren: () => import('./features/learning/learning.routes').then((m) => m.LEARNING_ROUTES),
      },
      {
        path: 'admin',
        loadChildren: () => import('./features/admin/admin.routes').then((m) => m.ADMIN_ROUTES),
      },
      {
        path: 'notifications',
        canActivate: [permissionGuard],
        data: { permission: 'Platform.Notifications' },
        loadComponent: () => import('./features/notifications/pages/inbox.page').then((m) => m.InboxPage),
      },
      { path: 'no-access', loadComponent: () => import('./shared/no-access.page').then((m) => m.NoAccessPage) },
      { path: '**', loadComponent: () => import('./shared/not-found.page').then((m) => m.NotFoundPage) },
    ],
  },
];

