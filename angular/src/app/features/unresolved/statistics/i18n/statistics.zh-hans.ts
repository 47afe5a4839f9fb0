/** 办不成事统计 in Chinese; keys must match statistics.en.ts. */
export const UNRESOLVED_STATISTICS_ZH = {
  nav: { unresolvedStatistics: '办不成事统计' },
  unresolved: {
    statistics: {
      title: '办不成事统计', hall: '中心', from: '受理起', to: '受理止',
      totals: '共受理 {{total}} 件（已办结 {{closed}} 件，未办结 {{open}} 件），其中不予受理 {{notAccepted}} 件；跟踪回访 {{followUps}} 次，不满意 {{unsatisfied}} 次。',
      byUnit: '按窗口单位和情形', unit: '窗口单位', cases: '件数', unclassified: '未分类', onTime: '各环节按时完成率',
      step: '环节', due: '到期', onTimeCount: '按时', rate: '按时率',
    },
  },
};
