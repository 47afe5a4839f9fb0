/** Leave and whereabouts notes in English (keys must match absences.zh-hans.ts). */
export const ABSENCES_EN = {
  nav: { myLeave: 'My leave', leaveQueue: 'Leave approval', leaveTypes: 'Leave types and balances', whereabouts: 'Whereabouts', teamWhereabouts: 'Team whereabouts' },
  half: { Morning: 'Morning', Afternoon: 'Afternoon' },
  status: { Pending: 'Pending', Approved: 'Approved', Rejected: 'Rejected', Cancelled: 'Cancelled', Revoked: 'Revoked' },
  actionKind: { Submitted: 'Submitted', Approved: 'Approved', Rejected: 'Rejected', Cancelled: 'Cancelled', Revoked: 'Revoked' },
  countMode: { WorkingDays: 'Working days', CalendarDays: 'Calendar days' },
  days: '{{days}} days',
  my: {
    title: 'My leave', balances: 'Balances', year: 'Year', entitled: 'Entitled', used: 'Used', pending: 'Pending', remaining: 'Left',
    serviceYears: '{{years}} years of service', adjusted: 'Adjusted: {{reason}}', noBalances: 'No leave type keeps a balance.',
    newRequest: 'Ask for leave', type: 'Leave type', startDate: 'Start date', startHalf: 'From', endDate: 'End date', endHalf: 'To', reason: 'Reason',
    length: '{{days}} days in all', left: '{{days}} days left this year', beyond: 'More than is left', noLength: 'No working day to take leave on in this stretch',
    order: 'The end cannot be before the start', submit: 'Submit', submitted: 'Submitted for approval', requests: 'My requests', cancel: 'Cancel',
    confirmCancel: 'Cancel this leave request?', cancelled: 'Cancelled', waitingStep: 'Waiting for approval step {{step}}', empty: 'No leave requests yet.',
    officialBusiness: 'Official business',
  },
  queue: {
    title: 'Leave approval', toApprove: 'Waiting for me', approved: 'Approved leave', person: 'Requester', unit: 'Unit', type: 'Type', stretch: 'Stretch',
    length: 'Days', reason: 'Reason', status: 'Status', steps: 'Step {{step}}/{{required}}', approve: 'Approve', reject: 'Reject', revoke: 'Revoke',
    history: 'History', decisionReason: 'Reason', reasonHint: 'Rejecting and revoking need a reason', approvedMsg: 'Approved', rejectedMsg: 'Rejected',
    revokedMsg: 'Revoked; those sessions follow the punches again', actingFor: ' (for {{name}})', empty: 'Nothing waits for your approval.',
    standIns: 'Stand-in approvers', standInsHint: 'While away, name someone of your hall who may approve leave to decide in your place.',
    standInNumber: 'Stand-in staff number', from: 'From', to: 'To', addStandIn: 'Name a stand-in', endStandIn: 'End', named: 'Stand-ins I named',
    actingForMe: 'Approvers I stand in for', ended: 'Ended', standInAdded: 'Stand-in named', standInEnded: 'Stand-in ended', noStandIns: 'No stand-ins.',
  },
  types: {
    title: 'Leave types and balances', code: 'Code', nameZh: 'Chinese name', nameEn: 'English name', countMode: 'Counted in', hasBalance: 'Balance',
    officialBusiness: 'Official business', sortOrder: 'Order', active: 'In use', add: 'New type', edit: 'Edit type', saved: 'Saved',
    balances: 'Adjust a person\'s balance', staff: 'Person', year: 'Year', entitled: 'Entitled (days)', adjustReason: 'Reason', setBalance: 'Save balance',
    halfDays: 'Balances are counted in half days', pickPerson: 'Pick a person first', workStart: 'Started work on {{date}}', noWorkStart: 'No work start date',
  },
  notes: {
    title: 'Whereabouts', destination: 'Going to', expectedBack: 'Back in', minutes: '{{n}} minutes', hours: '{{n}} hours',
    leave: 'Leave a note', back: 'I\'m back', out: 'Out: {{destination}}', since: 'Left at {{time}}', expected: 'Back by {{time}}',
    overdue: 'Past the expected return', today: 'Today\'s notes', none: 'No notes today.', returnedAt: 'Back at {{time}}', stillOut: 'Still out', left: 'Note left',
    welcomeBack: 'Welcome back', team: 'Team whereabouts', outNow: 'Out now', nobodyOut: 'Nobody is out.', person: 'Person', window: 'Window',
    leftAt: 'Left', backAt: 'Expected back', returned: 'Returned', date: 'Date',
  },
};

/** Home-page to-dos (the server sends home.items.attendance.*). */
export const ABSENCES_HOME_EN = {
  leaveToApprove: { title: '{{count}} leave request(s) await your approval', text: 'Including those you may approve as a stand-in.', action: 'Approve' },
  openNotes: { title: '{{count}} people out now', text: 'Open whereabouts notes in your units.', action: 'See who' },
  myPendingLeave: { title: '{{count}} leave request(s) pending', text: 'You can cancel before the first day.', action: 'View' },
};
