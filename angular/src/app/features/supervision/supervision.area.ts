import { Routes } from '@angular/router';
import type { Translations } from '../../core/feature';
import type { NavItem } from '../../core/navigation';

/**
 * One area of the supervision feature (inspections and walk-throughs; findings and disputes; the rectification ledger;
 * the catalogue; statistics). Each area folder exports one, joined in supervision.feature.ts, so its routes, menu items
 * and texts live next to its pages. Texts sit under `supervision.<area>`.
 */
export interface SupervisionArea {
  routes: Routes;
  items: NavItem[];
  zh: Translations;
  en: Translations;
}
