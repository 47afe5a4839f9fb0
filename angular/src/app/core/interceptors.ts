import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService } from './auth.service';
import { LanguageService } from './i18n/language.service';

export const FORCED_PASSWORD_CHANGE = 'Identity:00003';

/** Sends the UI language so the server localizes its problem titles. */
export const languageInterceptor: HttpInterceptorFn = (req, next) => {
  const lang = inject(LanguageService).current();
  return next(req.clone({ setHeaders: { 'Accept-Language': lang } }));
};

/** 401 → sign-in page; 403 with the forced-password-change code → that page. */
export const authErrorInterceptor: HttpInterceptorFn = (req, next) => {
  const router = inject(Router);
  const auth = inject(AuthService);
  return next(req).pipe(
    catchError((err: unknown) => {
      if (err instanceof HttpErrorResponse && req.url.startsWith('/api/') && !req.url.startsWith('/api/account/')) {
        if (err.status === 401) {
          auth.user.set(null);
          void router.navigate(['/login'], { queryParams: { returnUrl: router.url } });
        } else if (err.status === 403 && err.error?.code === FORCED_PASSWORD_CHANGE) {
          void router.navigate(['/change-password']);
        }
      }
      return throwError(() => err);
    }),
  );
};
