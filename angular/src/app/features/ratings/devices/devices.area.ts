import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { RatingsArea } from '../ratings.area';
import { DEVICES_EN } from './i18n/devices.en';
import { DEVICES_ZH } from './i18n/devices.zh-hans';

/** Rating pads and case systems: register with a one-time key, a new key, deactivate. */
export const DEVICES_AREA: RatingsArea = {
  routes: [
    { path: 'devices', ...requires(Permissions.Ratings.Devices.Default), loadComponent: () => import('./pages/rating-devices.page').then((m) => m.RatingDevicesPage) },
  ],
  items: [{ path: '/ratings/devices', label: 'nav.ratingDevices', icon: 'tablet', permission: Permissions.Ratings.Devices.Default }],
  zh: DEVICES_ZH,
  en: DEVICES_EN,
};
