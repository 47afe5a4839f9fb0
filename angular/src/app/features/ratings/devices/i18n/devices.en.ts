import { DEVICES_ZH } from './devices.zh-hans';

/** Rating pads and case systems in English; keys must match devices.zh-hans.ts. */
export const DEVICES_EN: typeof DEVICES_ZH = {
  nav: { ratingDevices: 'Rating pads' },
  ratings: {
    devices: {
      title: 'Rating pads and case systems',
      intro: 'A window’s rating pad pushes ratings with its device key (for its own window by default); a case system pushes case volumes and on-time completion. A key is shown only when registered or replaced.',
      register: 'Register device',
      filter: 'Name',
      name: 'Name',
      kind: 'Kind',
      kinds: { RatingPad: 'Window rating pad', CaseSystem: 'Case system' },
      kindHints: { RatingPad: 'At a window, where citizens rate the service', CaseSystem: 'The hall’s case system, reporting service efficiency' },
      hall: 'Hall',
      window: 'Window',
      windowRequired: 'A rating pad needs its window',
      status: 'Status',
      active: 'Active',
      inactive: 'Deactivated',
      none: 'No devices registered yet.',
      newKey: 'New key',
      newKeyConfirm: 'The old key stops working at once and the device must use the new one. Give “{{name}}” a new key?',
      deactivate: 'Deactivate',
      activate: 'Activate',
      deactivateConfirm: 'What this device pushes will be refused. Deactivate “{{name}}”?',
      keyTitle: 'Device key',
      keyPrefix: 'Key prefix (how lists name the key): {{prefix}}',
      keyIntro: 'Configure this key on the device (header X-Device-Key). It is shown only this once and cannot be read again.',
      copy: 'Copy',
      copied: 'Copied',
      saved: 'I have saved the key',
    },
  },
};
