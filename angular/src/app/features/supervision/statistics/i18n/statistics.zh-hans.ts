/** 督查统计 in Chinese; keys must match statistics.en.ts. */
export const STATISTICS_ZH = {
  nav: { supervisionStatistics: '督查统计' },
  supervision: {
    statistics: {
      title: '督查统计',
      intro: '计入的督查问题（已记录或异议后维持；异议中和已撤销的不计）按月份、单位和类别统计，以及表扬、异议和整改台账情况。',
      place: '范围',
      allInScope: '我的全部范围',
      from: '起始月份',
      to: '截止月份',
      byMonth: '各月督查问题（按类别）',
      byUnit: '各单位督查问题（按类别）',
      commendations: '各单位表扬（按类别）',
      ledger: '问题整改台账',
      ledgerNote: '本期登记的台账按当前状态统计；拖而不改按今日计；退回按本期验收退回的标记统计。',
      disputes: '异议',
      month: '月份',
      unit: '单位',
      total: '合计',
      count: '数量',
      empty: '本期没有数据。',
      disputeStates: { pending: '异议待裁定', upheld: '维持', withdrawn: '撤销（不计）' },
      ledgerRows: { sentBackFalse: '退回：虚假整改', sentBackPerfunctory: '退回：敷衍整改' },
    },
  },
};
