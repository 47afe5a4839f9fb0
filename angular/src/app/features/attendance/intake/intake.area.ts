import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { AttendanceArea } from '../attendance.area';
import { INTAKE_EN } from './i18n/intake.en';
import { INTAKE_ZH } from './i18n/intake.zh-hans';

/** Intake: devices and their keys, the device user mapping, clock corrections. */
export const INTAKE_AREA: AttendanceArea = {
  routes: [
    { path: 'devices', ...requires(Permissions.Attendance.Devices.Default), loadComponent: () => import('./pages/devices.page').then((m) => m.DevicesPage) },
    { path: 'devices/:id/users', ...requires(Permissions.Attendance.Devices.Default), loadComponent: () => import('./pages/device-users.page').then((m) => m.DeviceUsersPage) },
    {
      path: 'devices/:id/corrections',
      ...requires(Permissions.Attendance.Devices.Default),
      loadComponent: () => import('./pages/clock-corrections.page').then((m) => m.ClockCorrectionsPage),
    },
  ],
  items: [{ path: '/attendance/devices', label: 'nav.attendanceDevices', icon: 'fingerprint', permission: Permissions.Attendance.Devices.Default }],
  zh: INTAKE_ZH,
  en: INTAKE_EN,
};
