import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { AttendanceArea } from '../attendance.area';
import { BOARD_EN } from './i18n/board.en';
import { BOARD_ZH } from './i18n/board.zh-hans';

/** What people see of attendance: my month calendar, the team board, the monthly report with its chart. */
export const BOARD_AREA: AttendanceArea = {
  routes: [
    { path: 'my', ...requires(Permissions.Attendance.My), loadComponent: () => import('./pages/my-attendance.page').then((m) => m.MyAttendancePage) },
    { path: 'board', ...requires(Permissions.Attendance.Board), loadComponent: () => import('./pages/team-board.page').then((m) => m.TeamBoardPage) },
    { path: 'report', ...requires(Permissions.Attendance.Results.Default), loadComponent: () => import('./pages/monthly-report.page').then((m) => m.MonthlyReportPage) },
  ],
  items: [
    { path: '/attendance/my', label: 'attendance.board.nav.my', icon: 'calendar_month', permission: Permissions.Attendance.My, staffOnly: true },
    { path: '/attendance/board', label: 'attendance.board.nav.board', icon: 'dashboard', permission: Permissions.Attendance.Board },
    { path: '/attendance/report', label: 'attendance.board.nav.report', icon: 'insert_chart', permission: Permissions.Attendance.Results.Default, scopes: ['Units', 'Halls', 'All'] },
  ],
  zh: BOARD_ZH,
  en: BOARD_EN,
};
