import { STATISTICS_ZH } from './statistics.zh-hans';

/** Supervision statistics in English; keys must match statistics.zh-hans.ts. */
export const STATISTICS_EN: typeof STATISTICS_ZH = {
  nav: { supervisionStatistics: 'Supervision statistics' },
  supervision: {
    statistics: {
      title: 'Supervision statistics',
      intro: 'Counted findings (recorded, or upheld after a dispute; disputed and withdrawn ones do not count) by month, unit and category, with commendations, disputes and the rectification ledger.',
      place: 'Scope',
      allInScope: 'All of my scope',
      from: 'From month',
      to: 'To month',
      byMonth: 'Findings by month and category',
      byUnit: 'Findings by unit and category',
      commendations: 'Commendations by unit and category',
      ledger: 'Rectification ledger',
      ledgerNote: 'Items opened in the span by their state now; overdue as of today; send-backs of the span by their mark.',
      disputes: 'Disputes',
      month: 'Month',
      unit: 'Unit',
      total: 'Total',
      count: 'Count',
      empty: 'Nothing in this span.',
      disputeStates: { pending: 'Awaiting decision', upheld: 'Upheld', withdrawn: 'Withdrawn (not counted)' },
      ledgerRows: { sentBackFalse: 'Sent back: false rectification', sentBackPerfunctory: 'Sent back: perfunctory rectification' },
    },
  },
};
