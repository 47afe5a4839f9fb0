import { Routes } from '@angular/router';
import type { Translations } from '../../core/feature';
import type { NavItem } from '../../core/navigation';

/**
 * One area of the attendance feature (intake: devices and punches; absences: leave and whereabouts notes; results:
 * timetables, results, the board and reports). Each area folder exports one, joined in attendance.feature.ts, so the
 * areas' routes, menu items and texts live next to their pages. Texts sit under `attendance.<area>`.
 */
export interface AttendanceArea {
  routes: Routes;
  items: NavItem[];
  zh: Translations;
  en: Translations;
}
