/** Ratings statistics, the ratings list and my ratings; keys must match dashboard.zh-hans.ts. */
export const DASHBOARD_EN = {
  ratings: {
    dashboard: {
      nav: { dashboard: 'Ratings statistics', list: 'Ratings', my: 'My ratings' },
      title: 'Ratings statistics', allRatings: 'See the ratings', place: 'Place', allInScope: 'All (my scope)', from: 'From month', to: 'To month',
      kpis: 'Key figures', ratings: 'Ratings', satisfaction: 'Satisfaction', bad: 'Bad ratings', excludedNote: '{{n}} more excluded, not counted',
      callbackRate: 'Real-name callback rate', rectificationRate: 'Rectification rate', ofTarget: '{{done}} / {{total}}, target {{target}}', belowTarget: 'Below target',
      onTimeNote: 'On time {{rate}}', openCases: '{{open}} open, {{overdue}} overdue', noMatter: 'No matter chosen',
      trend: 'Monthly trend', drillHint: 'Click a bar or a name to see its ratings', badCount: '{{n}} bad',
      by: { window: 'By window', matter: 'By matter', tag: 'By indicator' },
      units: 'Units’ satisfaction and third-party surveys', unit: 'Unit', survey: 'Third-party survey', surveyLine: '{{year}} period {{period}}: {{score}} (sample {{n}})',
      efficiency: 'Service efficiency', personMonths: 'Person-months', caseVolume: 'Cases', onTime: 'On time', onTimeRate: 'On-time rate', efficiencyDetail: 'See each person’s months',
      list: {
        title: 'Ratings', ratedAt: 'Rated at', level: 'Level', channel: 'Channel', caseNumber: 'Case number', window: 'Window', matter: 'Matter', staff: 'Served by',
        tags: 'Indicators', rater: 'Rater', case: 'Bad-rating case', from: 'From', to: 'To', excludedFilter: 'Excluded', counted: 'Counted',
        badOnly: 'Bad ratings only', toAttribute: 'To attribute', attribute: 'Attribute', nobody: 'Nobody on duty', anonymous: 'Anonymous', raterRemoved: 'Removed after retention',
        drilled: 'Filtered from a chart', clear: 'Clear this filter', by: { window: 'One window', matter: 'One matter', tag: 'One indicator', staff: 'One person' },
      },
      attribute: {
        title: 'Attribute the rating', text: 'Two people could have served at {{window}} when case {{case}} was rated: say who did.', save: 'Attribute', done: 'Attributed to {{name}}',
      },
      my: { title: 'My ratings', appeal: 'Appeal', appealed: 'Appeal sent; the hall manager decides' },
    },
  },
};
