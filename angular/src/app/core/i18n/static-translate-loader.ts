import { Injectable, inject } from '@angular/core';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import { Observable, of } from 'rxjs';
import { FEATURES, translationsFor } from '../feature';
import { EN } from './en';
import { ZH_HANS } from './zh-hans';

/** Translations ship inside the bundle: no extra request, and the switch is instant. Core texts plus each feature's. */
@Injectable()
export class StaticTranslateLoader implements TranslateLoader {
  private readonly features = inject(FEATURES);
  private readonly merged = new Map<string, TranslationObject>();

  getTranslation(lang: string): Observable<TranslationObject> {
    const key = lang === 'en' ? 'en' : 'zh-Hans';
    if (!this.merged.has(key)) {
      this.merged.set(key, translationsFor(key, key === 'en' ? EN : ZH_HANS, this.features) as TranslationObject);
    }
    return of(this.merged.get(key)!);
  }
}
