import { WORKBENCH_ZH } from './workbench.zh-hans';

/** The guide's workbench in English; the type keeps the keys the same as the Chinese. */
export const WORKBENCH_EN: typeof WORKBENCH_ZH = {
  nav: { unresolvedWorkbench: 'Guide\u2019s workbench' },
  unresolved: {
    workbench: {
      title: 'Guide\u2019s workbench', intro: 'Today is {{today}}.', onDuty: 'Guide on duty: {{name}}.',
      today: 'Received today ({{n}})', noneToday: 'No case received today yet.', deadlines: 'Open deadlines ({{n}}, {{overdue}} overdue)',
      hall: 'Hall', noGuide: 'No guide on duty today; cases go to the hall managers.',
      noDeadlines: 'No open deadline.',
    },
  },
};
