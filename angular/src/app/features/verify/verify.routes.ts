import { Routes } from '@angular/router';

/** The public verification page (certificates and documents): anonymous, outside the shell. */
export const VERIFY_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./verify.page').then((m) => m.VerifyPage) },
  { path: ':code', loadComponent: () => import('./verify.page').then((m) => m.VerifyPage) },
];
