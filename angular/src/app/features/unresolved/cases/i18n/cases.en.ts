import { CASES_ZH } from './cases.zh-hans';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Cases in English; typed against the Chinese so a missing key does not compile. */
export const CASES_EN: Shape<typeof CASES_ZH> = {
  nav: { unresolvedCases: 'Cases', unresolvedProblemList: 'Problem list' },
  unresolved: {
    cases: {
      title: 'Unresolved matters', intro: 'Cases in your scope: hall managers and guides see their hall, a window unit\u2019s lead sees the cases about the unit (the complainant hidden), window staff see the cases they recorded.',
      back: 'Back to the cases', search: 'Number or matter', state: 'State', category: 'Category', unit: 'Window unit', receiver: 'Receiver', from: 'Received from', to: 'Received to',
      overdueOnly: 'Overdue only', number: 'Number', complainant: 'Complainant', matter: 'Matter', none: 'No case matches.', notInHall: 'Not in the hall',
      kind: 'Kind', name: 'Name', enterprise: 'Enterprise', contact: 'Phone', call: 'Call', matterHeading: 'The matter', received: 'Received',
      guide: 'First responsible (guide)', noGuide: 'No guide on duty that day', complaintCheck: 'Complaint check', openComplaintCheck: 'Open the complaint check in Supervision',
      outcome: 'Outcome', registrationForm: 'Registration form (PDF)', deadlines: 'Deadlines', dueOn: 'due {{date}}', transfers: 'Transfers',
      transferredAt: 'transferred {{at}} by {{by}}', answeredBy: 'answered {{at}} by {{by}}', transferSlip: 'Transfer slip (PDF)', history: 'History',
      satisfied: 'satisfied', unsatisfied: 'unsatisfied',
    },
    actions: {
      classify: 'Classify', windowAnswer: 'Record the window\u2019s answer', conference: 'Case conference', complaintCheck: 'Hand to the efficiency section', transfer: 'Transfer',
      firstReply: 'First reply', followUp: 'Follow-up', escalationAnswer: 'Efficiency section\u2019s answer', close: 'Close', save: 'Submit',
      category: 'Category',
      categoryHint: {
        none: 'One of the five categories of the mechanism.', General: 'The guide has the window answer; resolved on the spot or the same day.',
        Complex: 'A conference of the sections concerned; record its outcome.', NonStandardService: 'Handed to the efficiency section, which opens a complaint check.',
        NotStationed: 'Transferred to the department or township; answer within 3 working days.', UnclearAuthority: 'Transferred to the city convenience centre, which reports back.',
      },
      sections: 'Sections taking part', sectionsRequired: 'Choose at least one section.', receiver: 'Receiver',
      satisfied: 'Result of the call', yesSatisfied: 'Satisfied', notSatisfied: 'Unsatisfied', unsatisfiedNote: 'An unsatisfied case goes to the efficiency section, which answers with the departments within 2 working days.',
      outcome: 'Outcome',
      text: {
        classify: 'Note (optional)', windowAnswer: 'The window\u2019s answer', conference: 'Outcome of the conference', complaintCheck: 'Why it is handed over', transfer: 'Note for the receiver (optional)',
        firstReply: 'What the complainant was told', followUp: 'Notes of the call', escalationAnswer: 'The answer', close: 'Closing note',
      },
    },
    problemList: {
      title: 'Problem list', intro: 'The monthly problem list; cases still open at the end of a month are listed again the next month, marked “yes”.',
      hall: 'Hall', month: 'Month', xlsx: 'Download Excel', pdf: 'Download PDF', seq: 'No.', receivedAt: 'Received', window: 'Window',
      complainant: 'Complainant', contact: 'Phone', channel: 'Channel', description: 'The request', handling: 'Handling and replies',
      inProgress: 'In progress', basis: 'Basis', carriedOver: 'From the last period', yes: 'yes', none: 'No case this month.',
    },
  },
};
