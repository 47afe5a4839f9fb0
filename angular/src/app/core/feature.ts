import { InjectionToken } from '@angular/core';
import { Routes } from '@angular/router';
import type { NavGroup } from './navigation';

/** A translation tree: nested objects whose leaves are strings. */
export interface Translations {
  [key: string]: string | Translations;
}

/**
 * What one feature folder contributes to the app, exported from its `<name>.feature.ts`. The shell reads the one list in
 * `features/features.ts`; nothing in core imports a feature.
 */
export interface Feature {
  /** Routes inside the signed-in shell (lazy). */
  routes?: Routes;
  /** Routes outside the shell (e.g. a public verification page). */
  publicRoutes?: Routes;
  /** Menu groups; groups with the same label from several features are joined in list order. */
  navigation?: NavGroup[];
  /** Texts in both languages, merged into the core texts (a key may be defined once only). */
  translations?: { 'zh-Hans': Translations; en: Translations };
}

/** The features of the app, provided in app.config.ts from features/features.ts. */
export const FEATURES = new InjectionToken<readonly Feature[]>('FEATURES', { factory: () => [] });

/** Deep-merges translation trees; the same leaf twice is a mistake worth failing on. */
export function mergeTranslations(...trees: Translations[]): Translations {
  const out: Translations = {};
  const merge = (target: Translations, source: Translations, path: string) => {
    for (const [key, value] of Object.entries(source)) {
      const at = path ? `${path}.${key}` : key;
      const existing = target[key];
      if (typeof value === 'string') {
        if (existing !== undefined) throw new Error(`Translation key '${at}' is defined twice`);
        target[key] = value;
      } else {
        if (typeof existing === 'string') throw new Error(`Translation key '${at}' is both a text and a group`);
        const group = (existing as Translations | undefined) ?? {};
        target[key] = group;
        merge(group, value, at);
      }
    }
  };
  for (const tree of trees) merge(out, tree, '');
  return out;
}

/** The app's texts in one language: core first, then each feature's. */
export function translationsFor(lang: 'zh-Hans' | 'en', core: Translations, features: readonly Feature[]): Translations {
  return mergeTranslations(core, ...features.flatMap((f) => (f.translations ? [f.translations[lang]] : [])));
}
