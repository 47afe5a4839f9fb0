import { UNRESOLVED_ZH } from './unresolved.zh-hans';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** 办不成事's shared texts in English; typed against the Chinese so a missing key does not compile. */
export const UNRESOLVED_EN: Shape<typeof UNRESOLVED_ZH> = {
  nav: { groups: { unresolved: 'Unresolved matters' } },
  home: {
    items: {
      unresolved: {
        todayCases: { title: '{{count}} unresolved-matter cases today', text: 'You are the hall guide on duty, first responsible for today\u2019s cases.', action: 'Open the workbench' },
        overdueSteps: { title: '{{count}} overdue steps', text: 'Steps of the hall\u2019s unresolved-matter cases past their day.', action: 'See the deadlines' },
        escalationsToAnswer: { title: '{{count}} unsatisfied cases for the efficiency section', text: 'Answer with the departments within 2 working days.', action: 'Answer' },
        transfersToAnswer: { title: '{{count}} transferred cases to answer', text: 'Contact the complainant and answer within 3 working days.', action: 'Open the inbox' },
      },
    },
  },
  unresolved: {
    hidden: 'Hidden',
    hiddenWhy: 'The complainant is kept from the unit complained about (nobody may disclose the name or contact of a complainant to the unit complained about).',
    hiddenViaSupervision: 'Transferred by the efficiency supervision section; the complainant is hidden.',
    complainantKinds: { Person: 'Person', Enterprise: 'Enterprise' },
    channels: { Window: 'Window', Hotline: 'Service hotline', Online: 'Online' },
    notAcceptedReasons: { Legal: 'Legal matter', Litigation: 'In litigation', Petition: 'Petition (信访)', ContraryToPolicy: 'Contrary to current policy' },
    categories: {
      General: 'General', Complex: 'Complex', NonStandardService: 'Non-standard service', NotStationed: 'Not stationed in the hall',
      UnclearAuthority: 'Unclear authority',
    },
    states: {
      Registered: 'Registered', Handling: 'Handling', Transferred: 'Transferred', Answered: 'Answered', AwaitingFollowUp: 'Awaiting follow-up',
      Escalated: 'With the efficiency section', Closed: 'Closed', NotAccepted: 'Not accepted',
    },
    stepKinds: {
      Intake: 'Recorded', NotAccepted: 'Not accepted', Classified: 'Classified', WindowAnswer: 'Window\u2019s answer', Conference: 'Case conference',
      ComplaintCheckOpened: 'Complaint check opened', Transferred: 'Transferred', FirstReply: 'First reply', ReceiverAnswer: 'Receiver\u2019s answer',
      FollowUp: 'Follow-up', Escalated: 'Sent to the efficiency section', EscalationAnswer: 'Efficiency section\u2019s answer', Closed: 'Closed',
    },
    deadlineKinds: {
      SameDayResolution: 'Resolved the same day', FirstReply: 'First reply the same day', ReceiverAnswer: 'Receiver\u2019s answer',
      FollowUp: 'Follow-up call', EscalationAnswer: 'Efficiency section\u2019s answer',
    },
    owners: { Guide: 'Hall guide', Desk: 'Window staff', Receiver: 'Receiver', EfficiencySection: 'Efficiency section' },
    receiverKinds: { Department: 'Department', Township: 'Township (street)', ConvenienceCentre: 'City convenience centre' },
    outcomes: { Resolved: 'Resolved', NotResolvable: 'Cannot be done', NotAccepted: 'Not accepted' },
    due: {
      met: 'Done on time', late: 'Done late', overdue: 'Overdue', today: 'Due today', open: 'By {{date}}',
      notYet: 'not due yet',
      overdueDays: 'Overdue by {{n}} days (due {{date}})',
    },
  },
};
