import { APPEALS_ZH } from './appeals.zh-hans';

/** Appeals in English; keys must match appeals.zh-hans.ts. */
export const APPEALS_EN: typeof APPEALS_ZH = {
  nav: { ratingAppeals: 'Appeals' },
  home: {
    items: {
      ratings: {
        appealsToDecide: {
          title: '{{count}} appeal(s) to decide',
          text: 'An approved appeal excludes the rating from statistics and appraisals; give your reason.',
          action: 'Decide',
        },
      },
    },
  },
  ratings: {
    appeals: {
      title: 'Appeals',
      intro: 'A staff member or their unit can appeal a mistaken or malicious rating with evidence; the hall manager decides. An approved appeal excludes the rating: it stops counting in statistics, the integration service and appraisals, and is marked “Excluded” wherever it is shown.',
      state: 'State',
      states: { Pending: 'To decide', Approved: 'Approved (rating excluded)', Rejected: 'Rejected' },
      reason: 'Grounds',
      reasons: { Mistaken: 'Mistaken rating', Malicious: 'Malicious rating' },
      caseNumber: 'Case number',
      level: 'Rating',
      unit: 'Unit',
      staff: 'Staff member',
      ratedOn: 'Rated on',
      comment: 'Comment',
      requestedAt: 'Appealed at',
      none: 'No appeals match.',
      back: 'Back to the appeals',
      detailTitle: 'Appeal · case {{number}}',
      rating: 'The rating appealed',
      statement: 'Statement',
      evidence: 'Evidence',
      noEvidence: 'No evidence was uploaded.',
      decision: 'Decision',
      approvedText: 'Approved by {{name}} at {{at}}: the rating is excluded.',
      rejectedText: 'Rejected by {{name}} at {{at}}: the rating still counts.',
      decide: 'Decide',
      decisionReason: 'Reason for the decision',
      decisionHint: 'Required, at least {{n}} characters; the appellant sees it.',
      approve: 'Approve and exclude the rating',
      approveConfirm: 'Once approved, the rating of case {{number}} is excluded from statistics and appraisals. Approve?',
      reject: 'Reject',
      waiting: 'The appeal waits for the hall manager’s decision.',
      request: {
        title: 'Appeal the rating · case {{number}}',
        heading: 'Appeal',
        statementHint: 'Say how the rating was mistaken or malicious, in at least {{n}} characters.',
        addFiles: 'Add evidence (up to {{max}} files: PDF, PNG or JPEG)',
        noFiles: 'No evidence added yet.',
        empty: 'Empty file',
        refused: 'Only PDF, PNG and JPEG are taken',
        remove: 'Remove',
        dropped: 'At most {{max}} files: {{n}} more were not added.',
        uploading: 'Uploading',
        send: 'Send the appeal',
      },
    },
  },
};
