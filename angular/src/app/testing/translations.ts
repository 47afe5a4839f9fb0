import { Provider } from '@angular/core';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { FEATURES } from '../core/feature';
import { StaticTranslateLoader } from '../core/i18n/static-translate-loader';
import { APP_FEATURES } from '../features/features';

/** For specs: the app's real texts (core and every feature's), starting in the given language. */
export function provideTestTranslations(lang: 'zh-Hans' | 'en' = 'zh-Hans'): Provider[] {
  return [
    { provide: FEATURES, useValue: APP_FEATURES },
    provideTranslateService({ loader: provideTranslateLoader(StaticTranslateLoader), lang, fallbackLang: 'zh-Hans' }),
  ];
}
