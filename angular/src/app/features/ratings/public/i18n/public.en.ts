/** The citizens' pages: rate by QR code, the public disclosure, the follow-up; keys must match public.zh-hans.ts. */
export const PUBLIC_EN = {
  ratings: {
    public: {
      rate: {
        title: 'Rate this service', level: 'How satisfied are you?', levelRequired: 'Choose how satisfied you are', tags: 'Indicators (any number)', tagsBad: 'What was wrong? (any number)',
        caseNumber: 'Case number', caseNumberHint: 'On your receipt or text; rated once', matter: 'Matter', matterUnknown: 'Not sure / not listed',
        comment: 'Comments and suggestions (optional)', realName: 'Rate with your name (optional)', realNameHint: 'Leave your contact and a bad rating is called back; only the person calling back sees it.',
        kind: 'Rater', person: 'Person', enterprise: 'Enterprise', name: 'Name', contact: 'Contact', phone: 'Mobile number', phoneInvalid: 'Enter an 11-digit mobile number',
        enterpriseName: 'Enterprise name', creditCode: 'Unified social credit code', creditCodeInvalid: 'The credit code is 18 digits or capital letters',
        submit: 'Submit', thanks: 'Thank you for your rating', thanksText: 'Your rating was received.', thanksBad: 'Your rating was received; we will look into it and reply.',
        again: 'Rate another case',
      },
      errors: {
        alreadyRated: 'This case was already rated by QR code; a case is rated once.', tooMany: 'Too many tries; please wait a moment.',
        unknownWindow: 'This QR code is not valid or the window is closed; please ask the staff.', network: 'No connection; check the network and submit again (it will not count twice).',
      },
      disclosure: {
        title: 'Ratings disclosure', hall: 'Service hall', month: 'Month', ratings: 'Ratings', satisfaction: 'Satisfaction', bad: 'Bad ratings', good: 'Satisfied or better', units: 'By unit', unitsName: 'Unit', windows: 'By window', windowsName: 'Window',
        chart: 'Satisfaction by unit', badRatings: 'Bad ratings and replies', reply: 'Reply:', noReply: 'Being handled', noBad: 'No bad ratings this month',
      },
      followUp: {
        title: 'Follow-up evaluation', served: 'Served on {{date}}', reply: 'Our reply',
        level: 'Are you satisfied with how it was handled?', submit: 'Submit', thanks: 'Thank you for your evaluation.', recorded: 'The follow-up of this case is recorded; thank you.',
        invalid: 'This link is not valid or has expired.',
      },
    },
  },
};
