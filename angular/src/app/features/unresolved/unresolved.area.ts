import { Routes } from '@angular/router';
import type { Translations } from '../../core/feature';
import type { NavItem } from '../../core/navigation';

/**
 * One area of the 办不成事 feature (intake; the guide's workbench; the case list, detail and monthly problem list; the
 * liaison's inbox; statistics; receivers and the duty roster). Each area folder exports one, joined in
 * unresolved.feature.ts, so its routes, menu items and texts live next to its pages. Texts sit under `unresolved.<area>`.
 */
export interface UnresolvedArea {
  routes: Routes;
  items: NavItem[];
  zh: Translations;
  en: Translations;
}
