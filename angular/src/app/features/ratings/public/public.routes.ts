import { Routes } from '@angular/router';

/** The citizens' rating pages (anonymous, outside the shell): the QR page of a window and the follow-up link of a case. */
export const RATE_ROUTES: Routes = [
  { path: 'follow-up', loadComponent: () => import('./follow-up.page').then((m) => m.FollowUpPage) },
  { path: ':windowId', loadComponent: () => import('./rate.page').then((m) => m.RatePage) },
];

/** The monthly public disclosure of ratings (anonymous). */
export const DISCLOSURE_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./disclosure.page').then((m) => m.DisclosurePage) },
];
