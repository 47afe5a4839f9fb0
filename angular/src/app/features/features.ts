import { Feature } from '../core/feature';
import { ADMIN_FEATURE } from './admin/admin.feature';
import { ATTENDANCE_FEATURE } from './attendance/attendance.feature';
import { BULLETINS_FEATURE } from './bulletins/bulletins.feature';
import { HOME_FEATURE } from './home/home.feature';
import { LEARNING_FEATURE } from './learning/learning.feature';
import { NOTIFICATIONS_FEATURE } from './notifications/notifications.feature';
import { ORGANIZATION_FEATURE } from './organization/organization.feature';
import { RATINGS_FEATURE } from './ratings/ratings.feature';
import { SUPERVISION_FEATURE } from './supervision/supervision.feature';
import { CONTESTS_FEATURE } from './contests/contests.feature';
import { VERIFY_FEATURE } from './verify/verify.feature';

/**
 * The one list of features on the web side (the server's is aspnet-core/src/modules/Modules.props). Each feature folder
 * exports its routes, menu entries and texts from `<name>.feature.ts`; the menu follows this order.
 */
export const APP_FEATURES: readonly Feature[] = [
  HOME_FEATURE,
  ORGANIZATION_FEATURE,
  LEARNING_FEATURE,
  ATTENDANCE_FEATURE,
  RATINGS_FEATURE,
  SUPERVISION_FEATURE,
  CONTESTS_FEATURE,
  BULLETINS_FEATURE,
  ADMIN_FEATURE,
  NOTIFICATIONS_FEATURE,
  VERIFY_FEATURE,
];
