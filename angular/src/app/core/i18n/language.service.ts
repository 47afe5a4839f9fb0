import { Injectable, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';

export type UiLanguage = 'zh-Hans' | 'en';
export const LANGUAGES: readonly UiLanguage[] = ['zh-Hans', 'en'];
const STORAGE_KEY = 'training.lang';

/** The UI language: drives ngx-translate, the Accept-Language header and <html lang>. Chinese by default. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  readonly current = signal<UiLanguage>('zh-Hans');

  async init(): Promise<void> {
    const saved = readSaved();
    await this.use(saved ?? 'zh-Hans');
  }

  async use(lang: UiLanguage): Promise<void> {
    await firstValueFrom(this.translate.use(lang));
    this.current.set(lang);
    try { localStorage.setItem(STORAGE_KEY, lang); } catch { /* private mode */ }
    if (typeof document !== 'undefined') document.documentElement.lang = lang === 'en' ? 'en' : 'zh-Hans';
  }

  toggle(): Promise<void> {
    return this.use(this.current() === 'en' ? 'zh-Hans' : 'en');
  }
}

function readSaved(): UiLanguage | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return (LANGUAGES as readonly string[]).includes(v ?? '') ? (v as UiLanguage) : null;
  } catch {
    return null;
  }
}
