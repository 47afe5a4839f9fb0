import { ADMIN_ZH } from './admin.feature.zh-hans';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The admin feature's texts in English; typed against the Chinese so a missing key does not compile. */
export const ADMIN_EN: Shape<typeof ADMIN_ZH> = {
  nav: {
    groups: { admin: 'Administration' },
    users: 'Users', roles: 'Roles and permissions', deviceKeys: 'Device keys', settings: 'Settings', auditLogs: 'Audit log',
  },
  users: {
    create: 'New user', edit: 'Edit user', filter: 'Find by user name or name', userName: 'User name', displayName: 'Name', roles: 'Roles', state: 'State',
    active: 'Active', inactive: 'Disabled', locked: 'Sign-in blocked from an address', mustChange: 'Must change password', resetPassword: 'Reset password', oneTimePassword: 'One-time password',
  },
  roles: { scope: 'Scope' },
  deviceKeys: {
    intro: 'Clock-in terminals and rating devices call the API with a key (header X-Device-Key).', name: 'Device name', create: 'Create key',
    created: 'Device key created', prefix: 'Prefix', lastUsed: 'Last used', revoke: 'Revoke', revoked: 'Revoked', secret: 'Secret',
  },
  auditLogs: {
    intro: 'Every write, every action of the jobs dashboard and every view of other people\'s personal data. Within seconds each row is sealed in order and chained to the one before by a hash; etc/audit-check.sh shows whether rows were deleted, changed or swapped.',
    userName: 'User name', path: 'Path contains', at: 'Time (Beijing)', user: 'User', anonymous: 'Anonymous', notSignedIn: 'not signed in (name tried)', request: 'Request',
    status: 'Result', duration: 'Duration', clientIp: 'Client address', sequence: 'Seal no.', unsealed: 'Not sealed yet',
  },
  settings: {
    intro: 'Leave a value empty to use the default.', default: 'Default', range: 'Between {{min}} and {{max}}', value: 'Value', useDefault: 'Use default', allHalls: 'All halls',
  },
};
