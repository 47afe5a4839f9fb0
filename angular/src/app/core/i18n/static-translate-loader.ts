import { Injectable } from '@angular/core';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import { Observable, of } from 'rxjs';
import { EN } from './en';
import { ZH_HANS } from './zh-hans';

/** Translations ship inside the bundle: no extra request, and the switch is instant. */
@Injectable()
export class StaticTranslateLoader implements TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return of(lang === 'en' ? EN : ZH_HANS);
  }
}
