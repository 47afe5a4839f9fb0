import { inject } from '@angular/core';
import { Routes } from '@angular/router';
import { AuthService } from './core/auth.service';
import { anonymousGuard, authGuard } from './core/guards';
import { homeFor } from './core/navigation';
import { APP_FEATURES } from './features/features';

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
  ...APP_FEATURES.flatMap((f) => f.publicRoutes ?? []),
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./core/layout/shell.component').then((m) => m.ShellComponent),
    children: [
      { path: '', pathMatch: 'full', redirectTo: () => homeFor(inject(AuthService).user(), APP_FEATURES) },
      ...APP_FEATURES.flatMap((f) => f.routes ?? []),
      { path: 'no-access', loadComponent: () => import('./shared/no-access.page').then((m) => m.NoAccessPage) },
      { path: '**', loadComponent: () => import('./shared/not-found.page').then((m) => m.NotFoundPage) },
    ],
  },
];
