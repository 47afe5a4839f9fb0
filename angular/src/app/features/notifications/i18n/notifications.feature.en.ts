import { NOTIFICATIONS_ZH } from './notifications.feature.zh-hans';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The notifications feature's texts in English; typed against the Chinese so a missing key does not compile. */
export const NOTIFICATIONS_EN: Shape<typeof NOTIFICATIONS_ZH> = {
  inbox: { title: 'Notifications', unreadOnly: 'Unread only', markAll: 'Mark all read', markRead: 'Mark read', open: 'Open', empty: 'No notifications' },
};
