import { Routes } from '@angular/router';
import type { Translations } from '../../core/feature';
import type { NavItem } from '../../core/navigation';

/**
 * One area of the ratings feature (dashboard and ratings; the bad-rating workbench and appeals; the catalogue:
 * matters, tags, surveys, service efficiency, devices). Each area folder exports one, joined in ratings.feature.ts, so
 * its routes, menu items and texts live next to its pages. Texts sit under `ratings.<area>`.
 */
export interface RatingsArea {
  routes: Routes;
  items: NavItem[];
  zh: Translations;
  en: Translations;
}
