import { SUPERVISION_ZH } from './supervision.zh-hans';

/** 督查's shared texts in English; the type keeps the keys the same as the Chinese. */
export const SUPERVISION_EN: typeof SUPERVISION_ZH = {
  nav: { groups: { supervision: 'Supervision' } },
  supervision: {
    kinds: { Violation: 'Violation', Commendation: 'Commendation' },
    categories: {
      WorkDiscipline: 'Work discipline', AppearanceEtiquette: 'Appearance and etiquette', ServiceAttitude: 'Service attitude', Integrity: 'Integrity',
      BusinessNorms: 'Business norms', Banner: 'Banner', ThankYouLetter: 'Thank-you letter', GoodDeed: 'Good deed',
    },
    inspectionKinds: {
      Open: 'Open inspection', Covert: 'Covert inspection', VideoPatrol: 'Video patrol', RandomCheck: 'Random check', SimulatedService: 'Simulated service',
      WalkThrough: 'Walk-through', ComplaintCheck: 'Complaint check',
    },
    walkModes: { Apply: 'As an applicant', OnBehalf: 'On behalf', Accompany: 'Accompanying', SitIn: 'At a window', Backward: 'Backwards' },
    backwardSources: { BadRating: 'Bad rating', Hotline12345: '12345 hotline' },
    channels: { Online: 'Online', Hall: 'At the hall' },
    targets: { Person: 'Person', Window: 'Window' },
    findingStates: { Recorded: 'Recorded', Disputed: 'Disputed', Upheld: 'Upheld', Withdrawn: 'Withdrawn' },
    ledgerSources: { Finding: 'Finding', WalkThrough: 'Walk-through', SelfCheck: 'Self-check' },
    ledgerStates: { Open: 'To rectify', InProgress: 'In progress', Rectified: 'To review', Accepted: 'Accepted', SentBack: 'Sent back' },
    marks: { False: 'False rectification', Perfunctory: 'Perfunctory rectification' },
    overdue: 'Overdue',
    reviewOutcomes: { Accepted: 'Accepted', SentBack: 'Sent back', Reopened: 'Reopened at re-check', Confirmed: 'Confirmed at re-check' },
  },
};
