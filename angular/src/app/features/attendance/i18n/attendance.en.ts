/** Attendance's shared texts in English; keys must match attendance.zh-hans.ts. */
export const ATTENDANCE_EN = {
  nav: { groups: { attendance: 'Attendance' } },
};
