import { INTAKE_ZH } from './intake.zh-hans';

/** Intake in English; the type keeps the keys the same as the Chinese. */
export const INTAKE_EN: typeof INTAKE_ZH = {
  nav: { unresolvedIntake: 'Record a case' },
  unresolved: {
    intake: {
      title: 'Record an unresolved matter',
      intro: 'Listen and record what could not be done. On saving the case gets its number and the hall guide on duty (first responsible) is notified at once. Legal, litigation and petition matters and requests contrary to current policy are not accepted, but are recorded with what the complainant was told.',
      channel: 'Channel', complainant: 'Complainant', kind: 'Complainant kind', name: 'Name', phone: 'Phone',
      phoneHint: 'A mobile, or a landline with its area code', enterpriseName: 'Enterprise name',
      matterHeading: 'The matter', matter: 'Matter (service)', hall: 'Hall', unit: 'Window unit concerned', unitHint: 'For a matter not stationed in the hall choose “Not in the hall”',
      notInHall: 'Not in the hall', window: 'Window concerned', anyWindow: 'No particular window', description: 'What could not be done',
      notAccepted: 'Not accepted', notAcceptedHint: 'Only for legal, litigation or petition matters and requests contrary to current policy; closed on recording.',
      reason: 'Reason', explanation: 'What the complainant was told', explanationHint: 'Printed on the registration form.',
      notAcceptedMissing: 'A case not accepted needs its reason and what the complainant was told.',
      save: 'Save', savedNumber: 'Recorded as number', savedGuide: 'The hall guide on duty, {{name}}, has been notified and follows it up.',
      savedNoGuide: 'No guide is on duty today; the hall managers (efficiency section) have been notified.', savedNotAccepted: 'Recorded as not accepted ({{reason}}) and closed.',
      open: 'Open the case', again: 'Record another',
    },
  },
};
