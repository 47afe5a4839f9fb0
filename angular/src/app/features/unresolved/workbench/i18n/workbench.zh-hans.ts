/** 巡导员工作台 in Chinese; keys must match workbench.en.ts. */
export const WORKBENCH_ZH = {
  nav: { unresolvedWorkbench: '巡导员工作台' },
  unresolved: {
    workbench: {
      title: '巡导员工作台', intro: '今天是 {{today}}。', onDuty: '当日巡导员：{{name}}。',
      today: '今日受理（{{n}} 件）', noneToday: '今天还没有受理办件。', deadlines: '未完成的时限（{{n}} 项，其中逾期 {{overdue}} 项）',
      hall: '中心', noGuide: '今日未排班巡导员，办件通知中心管理人员。',
      noDeadlines: '没有未完成的时限。',
    },
  },
};
