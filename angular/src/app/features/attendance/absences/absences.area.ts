import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { AttendanceArea } from '../attendance.area';
import { ABSENCES_EN, ABSENCES_HOME_EN } from './i18n/absences.en';
import { ABSENCES_HOME_ZH, ABSENCES_ZH } from './i18n/absences.zh-hans';

/** 请假 and 去向留言: my leave, the approver's queue, leave types and balances, the whereabouts button and the team's notes. */
export const ABSENCES_AREA: AttendanceArea = {
  routes: [
    {
      path: 'my-leave', ...requires(Permissions.Attendance.My),
      loadComponent: () => import('./pages/my-leave.page').then((m) => m.MyLeavePage),
    },
    {
      path: 'leave/queue', ...requires(Permissions.Attendance.Leave.Approve),
      loadComponent: () => import('./pages/leave-queue.page').then((m) => m.LeaveQueuePage),
    },
    {
      path: 'leave/types', ...requires(Permissions.Attendance.Leave.Manage),
      loadComponent: () => import('./pages/leave-types.page').then((m) => m.LeaveTypesPage),
    },
    {
      path: 'whereabouts', ...requires(Permissions.Attendance.My),
      loadComponent: () => import('./pages/whereabouts.page').then((m) => m.WhereaboutsPage),
    },
    {
      path: 'team-whereabouts', ...requires(Permissions.Attendance.Board),
      loadComponent: () => import('./pages/team-whereabouts.page').then((m) => m.TeamWhereaboutsPage),
    },
  ],
  items: [
    { path: '/attendance/my-leave', label: 'attendance.absences.nav.myLeave', icon: 'event_busy', permission: Permissions.Attendance.My, staffOnly: true },
    { path: '/attendance/whereabouts', label: 'attendance.absences.nav.whereabouts', icon: 'directions_walk', permission: Permissions.Attendance.My, staffOnly: true },
    { path: '/attendance/leave/queue', label: 'attendance.absences.nav.leaveQueue', icon: 'fact_check', permission: Permissions.Attendance.Leave.Approve },
    {
      path: '/attendance/team-whereabouts', label: 'attendance.absences.nav.teamWhereabouts', icon: 'groups', permission: Permissions.Attendance.Board,
      scopes: ['Units', 'Halls', 'All'],
    },
    { path: '/attendance/leave/types', label: 'attendance.absences.nav.leaveTypes', icon: 'tune', permission: Permissions.Attendance.Leave.Manage },
  ],
  zh: { attendance: { absences: ABSENCES_ZH }, home: { items: { attendance: ABSENCES_HOME_ZH } } },
  en: { attendance: { absences: ABSENCES_EN }, home: { items: { attendance: ABSENCES_HOME_EN } } },
};
