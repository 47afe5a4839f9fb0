/** Ratings's shared texts in English; keys must match ratings.zh-hans.ts. */
export const RATINGS_EN = {
  nav: { groups: { ratings: 'Ratings' } },
  ratings: {
    levels: { VerySatisfied: 'Very satisfied', Satisfied: 'Satisfied', Basic: 'Fairly satisfied', Dissatisfied: 'Dissatisfied', VeryDissatisfied: 'Very dissatisfied' },
    channels: { Pad: 'Rating pad', QrCode: 'QR code' },
    caseStates: { Verifying: 'To verify', CallingBack: 'To call back', Rectifying: 'To rectify', Replying: 'To reply', FollowingUp: 'Awaiting follow-up', Closed: 'Closed' },
    verdicts: { Real: 'Real', Mistaken: 'Mistaken', Malicious: 'Malicious' },
    excluded: 'Excluded',
  },
};
