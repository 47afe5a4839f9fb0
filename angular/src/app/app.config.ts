import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { ErrorStateMatcher, ShowOnDirtyErrorStateMatcher } from '@angular/material/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import { routes } from './app.routes';
import { FEATURES } from './core/feature';
import { APP_FEATURES } from './features/features';
import { AuthService } from './core/auth.service';
import { LanguageService } from './core/i18n/language.service';
import { StaticTranslateLoader } from './core/i18n/static-translate-loader';
import { authErrorInterceptor, languageInterceptor } from './core/interceptors';
import { provideAppDates } from './shared/dates';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    { provide: FEATURES, useValue: APP_FEATURES },
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([languageInterceptor, authErrorInterceptor]),
    ),
    provideTranslateService({ loader: provideTranslateLoader(StaticTranslateLoader), fallbackLang: 'zh-Hans', lang: 'zh-Hans' }),
    // Forms validate as you type: a field shows its error as soon as it was edited (or the form was submitted).
    { provide: ErrorStateMatcher, useClass: ShowOnDirtyErrorStateMatcher },
    { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: { appearance: 'outline' } },
    // Date fields and prose dates in the UI language (2026-01-01 / 2026年1月1日 in Chinese), following the switch.
    provideAppDates(),
    provideAppInitializer(async () => {
      const language = inject(LanguageService);
      const auth = inject(AuthService);
      await language.init();
      await auth.init();
    }),
  ],
};
