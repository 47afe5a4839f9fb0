import { UNRESOLVED_STATISTICS_ZH } from './statistics.zh-hans';

/** Statistics in English; the type keeps the keys the same as the Chinese. */
export const UNRESOLVED_STATISTICS_EN: typeof UNRESOLVED_STATISTICS_ZH = {
  nav: { unresolvedStatistics: 'Statistics' },
  unresolved: {
    statistics: {
      title: 'Unresolved matters: statistics', hall: 'Hall', from: 'Received from', to: 'Received to',
      totals: '{{total}} cases received ({{closed}} closed, {{open}} open), {{notAccepted}} not accepted; {{followUps}} follow-up calls, {{unsatisfied}} unsatisfied.',
      byUnit: 'By window unit and category', unit: 'Window unit', cases: 'Cases', unclassified: 'Not classified', onTime: 'On time, per step',
      step: 'Step', due: 'Due', onTimeCount: 'On time', rate: 'On-time rate',
    },
  },
};
