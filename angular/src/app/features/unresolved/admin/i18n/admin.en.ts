import { UNRESOLVED_ADMIN_ZH } from './admin.zh-hans';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Receivers and the duty roster in English; typed against the Chinese so a missing key does not compile. */
export const UNRESOLVED_ADMIN_EN: Shape<typeof UNRESOLVED_ADMIN_ZH> = {
  nav: { unresolvedReceivers: 'Receivers', unresolvedRoster: 'Guide roster' },
  unresolved: {
    receivers: {
      title: 'Receivers and liaisons', intro: 'Matters not stationed in the hall go to the department or township concerned; those with unclear authority to the city convenience centre. Each receiver names liaisons who answer its transfers.',
      new: 'New receiver', edit: 'Edit receiver', kind: 'Kind', name: 'Name', department: 'Department', departmentHint: 'When the unit complained about belongs to this department, the efficiency section makes the transfer and the complainant is hidden from it.',
      townshipHall: 'Its township service centre',
      active: 'Active', inactive: 'inactive', liaisons: 'Liaisons', userName: 'User name', liaisonName: 'Name', phone: 'Phone', addLiaison: 'Add a liaison',
      removeLiaison: 'Remove the liaison', noLiaison: 'No liaison',
    },
    roster: {
      title: 'Guide duty roster', intro: 'One hall guide on duty each day, first responsible for that day\u2019s cases and notified at intake; on a day without one the hall managers are notified.',
      hall: 'Hall', previous: 'Previous month', next: 'Next month', date: 'Date', guide: 'Guide on duty', pick: 'Choose the guide', clear: 'Clear',
      dayOff: 'day off',
      weekdays: { 0: 'Sun', 1: 'Mon', 2: 'Tue', 3: 'Wed', 4: 'Thu', 5: 'Fri', 6: 'Sat' },
    },
  },
};
