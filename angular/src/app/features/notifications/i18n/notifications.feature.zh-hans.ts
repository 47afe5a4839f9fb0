/** The notifications feature's texts in Chinese (menu, pages, enum names); keys must match the English file. */
export const NOTIFICATIONS_ZH = {
  inbox: { title: '消息', unreadOnly: '只看未读', markAll: '全部标为已读', markRead: '标为已读', open: '查看', empty: '没有消息' },
};
