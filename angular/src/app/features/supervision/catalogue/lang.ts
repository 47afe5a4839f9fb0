import { Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslateService } from '@ngx-translate/core';
import { map, startWith } from 'rxjs';

/** The UI's language as a signal (call in an injection context), for names the server sends in both languages. */
export function uiLang(): Signal<string> {
  const translate = inject(TranslateService);
  return toSignal(translate.onLangChange.pipe(map((e) => e.lang), startWith(translate.getCurrentLang() ?? 'zh-Hans')), { initialValue: 'zh-Hans' });
}

/** A catalogue item's name in the UI's language (Chinese unless English is chosen). */
export function nameIn(lang: string, item: { nameZh?: string; nameEn?: string; itemNameZh?: string; itemNameEn?: string }): string {
  const zh = item.nameZh ?? item.itemNameZh ?? '';
  const en = item.nameEn ?? item.itemNameEn ?? '';
  return lang === 'en' && en ? en : zh;
}
