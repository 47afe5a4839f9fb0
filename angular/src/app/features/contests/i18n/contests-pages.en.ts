import { CONTESTS_PAGES_ZH } from './contests-pages.zh-hans';

/** 技能大赛's pages in English; the type keeps the keys the same as the Chinese. */
export const CONTESTS_PAGES_EN: typeof CONTESTS_PAGES_ZH = {
  nav: { myContests: 'My contests', contestJudging: 'Judging', contestsOverview: 'Contests overview' },
  home: {
    items: {
      contests: {
        openForEntry: { title: '{{count}} skill contests open for entry', text: 'Contests in your scope taking entries that you have not entered.', action: 'Enter' },
        entriesToConfirm: { title: '{{count}} entries to confirm', text: 'Nominations and team entries by unit leads need an organiser’s confirmation.', action: 'Confirm' },
        sheetsToScore: { title: '{{count}} score sheets to submit', text: 'Sheets not yet submitted in rounds you judge.', action: 'Score' },
      },
    },
  },
  contests: {
    states: { Draft: 'Draft', Announced: 'Open for entry', Closed: 'Under way', Published: 'Results published' },
    entryModes: { Individual: 'Individual', Team: 'Team' },
    entryStates: { Entered: 'Entered', Withdrawn: 'Withdrawn' },
    roles: { Organiser: 'Organiser', Judge: 'Judge', ChiefJudge: 'Chief judge' },
    roundKinds: { Written: 'Written', Practical: 'Practical', Scenario: 'Scenario', Speech: 'Speech' },
    roundStates: { Pending: 'Not started', Open: 'Running', Closed: 'Finished' },
    tiers: { First: 'First prize', Second: 'Second prize', Third: 'Third prize', Excellence: 'Excellence award' },
    rules: { TrimmedMean: 'Mean without the highest and the lowest score', Mean: 'Plain mean', Exam: 'Exam score' },
    list: {
      title: 'Skill contests', intro: 'Skill contests in your scope: announcements, entry windows, rounds. Enter yourself while entry is open, or be nominated by your unit’s lead; taking part counts as training hours.',
      new: 'New contest', state: 'State', filter: 'Find by title', name: 'Title', window: 'Entry window', entries: 'Entries', entered: 'Entered',
      openNow: 'Open for entry', none: 'No contest matches.',
    },
    detail: {
      back: 'Back to the contests', board: 'Leaderboard', console: 'Organise', judging: 'Judging', window: 'Entry window', mode: 'Entry',
      teamSize: '(teams of up to {{n}})', scope: 'Scope', city: 'Every hall of the city', creditHours: 'Training hours', entries: 'Entries', tiers: 'Awards',
      tierCount: '{{n}} places', tierShare: 'top {{n}}%', rounds: 'Rounds', share: '{{n}}% of the final score', maxPoints: 'max {{n}}',
    },
    my: {
      title: 'My entry', listTitle: 'My contests', entered: 'You have entered.', drawNumber: 'Draw number {{n}}', drawLater: 'Numbers are drawn when entry closes.',
      takeExam: 'Take the written round', score: 'Round score', total: 'Final score', rank: 'rank {{n}}', certificate: 'Download the {{tier}} certificate', code: 'Verification code',
      withdraw: 'Withdraw', withdrawConfirm: 'Withdraw from “{{title}}”? Once the first round starts you can no longer withdraw.', enter: 'Enter the contest',
      notEntered: 'Entry is not open now, or you are outside the contest’s scope.', unconfirmed: 'awaiting the organiser’s confirmation', open: 'Open', none: 'You have not entered any contest.',
      certificates: 'Award certificates',
    },
    judging: {
      title: 'Judging', intro: 'The contest rounds you are assigned to score. Entrants are shown by draw number only; you must recuse yourself from entrants of your own unit.',
      progress: '{{done}} of {{of}} sheets submitted, {{recused}} recused', open: 'Start scoring', none: 'You have no rounds to score now.',
      numbers: 'Entrants’ draw numbers', entrant: 'Entrant no. {{n}}', recused: 'This entrant is of your own unit: by the rules you recuse yourself and cannot score them.', total: 'Total',
      save: 'Save', submit: 'Submit the sheet', submitHint: 'A submitted sheet is locked; a correction needs the chief judge and a reason.',
      locked: 'Submitted ({{at}}); the sheet is locked.', corrected: 'Corrected by {{by}} at {{at}}: {{old}} → {{new}}, reason: {{reason}}',
      correctStart: 'Correct (chief judge)', correct: 'Save the correction', reason: 'Reason for the correction', reasonHint: 'At least {{n}} characters.',
      previous: 'Previous', next: 'Next',
      errors: { required: 'Enter the points.', notNumber: 'Enter a number.', negative: 'Points cannot be negative.', aboveMax: 'At most {{max}}.', tooPrecise: 'At most two decimals.' },
    },
    board: {
      title: 'Leaderboard', back: 'Back to the contest', rank: 'Rank', number: 'No.', names: 'Entrant', weight: 'weight {{n}}', total: 'Total', mine: '(me)',
      judges: '{{n}} judges', none: 'No entrants yet.', tieRule: 'Ties', live: 'Live', offline: 'Connection lost, reconnecting', namesHidden: 'names hidden until published',
      distribution: 'Score distribution (entrants)',
    },
    form: {
      title: 'Title', titleRequired: 'Enter a title.', description: 'Announcement', descriptionHint: 'Sent to everyone in scope through the inbox when announced.',
      scope: 'Scope (halls)', scopeHint: 'None chosen: every hall of the owner.', mode: 'Entry', teamSize: 'Team size', teamSizeRange: '2 to {{max}} per team.',
      creditHours: 'Training hours', creditHoursRange: '0 to {{max}} hours.', opensAt: 'Entry opens (Beijing time)', closesAt: 'Entry closes (Beijing time)',
      window: { closesBeforeOpens: 'Entry must close after it opens.' },
      showNames: 'Show names on the board before publishing', tiers: 'Awards', tierBy: 'By', byCount: 'number of places', byShare: 'share', count: 'Places', share: 'Share (%)',
      tierErrors: { oneOf: 'Enter a number of places or a share.', count: 'At least 1 place.', share: 'A share between 1% and 100%.' },
      sharesTooLarge: 'The shares together cannot exceed 100%.',
    },
    staff: {
      organisers: 'Organisers', judges: 'Judges', addOrganiser: 'Add an organiser (staff number or name)', addJudge: 'Add a judge (staff number or name)', chief: 'Chief judge',
      noChief: 'No chief judge', remove: 'Remove {{name}}',
    },
    rounds: {
      intro: 'Each round’s score is scaled to 100, then weighted into the final score. A written round uses an exam of Learning with the contest’s owner.', round: 'Round {{n}}',
      kind: 'Kind', title: 'Title', weight: 'Weight', exam: 'Exam', examHint: 'Create the exam on the exam pages with the contest’s owner, then link it here.',
      criterion: 'Criterion {{n}}', maxPoints: 'Max points', removeCriterion: 'Remove the criterion', addCriterion: 'Add a criterion', judges: 'Judges of this round',
      judgesHint: 'Chosen from the contest’s judges.', remove: 'Remove the round', add: 'Add a round',
      errors: { weight: 'The weight must be above 0.', noCriteria: 'A judged round needs at least one criterion.', criterionName: 'Name each criterion.', criterionMax: 'A criterion’s maximum must be above 0.', exam: 'Choose the exam.' },
    },
    entries: {
      count: '{{n}} valid entries', export: 'Export the entries (.xlsx)', who: 'Entrant', how: 'Entered by', nominatedBy: 'nominated by {{name}}', self: 'self-entry',
      state: 'State', confirm: 'Confirm', none: 'No entries yet.',
    },
    progress: { refresh: 'Refresh', judge: 'Judge', submitted: 'Submitted', saved: 'Saved', recused: 'Recused', toDo: 'To do' },
    awards: {
      compute: 'Assign the awards from the final ranking', published: 'Published {{at}}', publish: 'Publish the results', publishConfirm: 'Publish the results of “{{title}}”? Certificates and training hours are issued and the results bulletin is made; awards can no longer change.',
      tier: 'Award', noAward: 'No award', reason: 'Reason for the change', edit: 'Change', changed: 'Assigned: {{from}}; changed because: {{reason}}',
    },
    console: {
      new: 'New skill contest', title: 'Organise', announcement: 'The announcement', announce: 'Announce', announceConfirm: 'Announce “{{title}}”? Everyone in scope gets the announcement; entry opens in its window.',
      announced: 'Announcement sent to {{n}} people.', closeEntry: 'Close entry and draw numbers', closeEntryConfirm: 'Close entry to “{{title}}” and draw the numbers? Nobody can enter afterwards.',
      openRound: 'Start: {{title}}', closeRound: 'Finish: {{title}}', closeRoundConfirm: 'Finish “{{title}}”? Sheets not submitted do not count.', closeRoundShort: 'Finish the round',
      displayLink: 'Hall screen link', displayUrl: 'Screen address (no sign-in)',
      tabs: { settings: 'Settings', people: 'Organisers and judges', rounds: 'Rounds and criteria', entries: 'Entries', progress: 'Judging progress', awards: 'Awards and publishing' },
    },
  },
};
