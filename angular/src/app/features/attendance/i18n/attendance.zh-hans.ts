/** 考勤's shared texts in Chinese (each area keeps its own next to its pages); keys must match attendance.en.ts. */
export const ATTENDANCE_ZH = {
  nav: { groups: { attendance: '考勤' } },
};
