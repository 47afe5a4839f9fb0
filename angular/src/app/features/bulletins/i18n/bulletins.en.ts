/** Bulletins in English: menu, pages, enum names and the home page's items; keys must match the Chinese file. */
export const BULLETINS_EN = {
  nav: { groups: { bulletins: 'Bulletins' }, bulletins: 'Bulletins', bulletinSchedules: 'Schedules' },
  enums: {
    BulletinState: { Rendering: 'Rendering', Draft: 'Draft', Failed: 'Failed', Published: 'Published', Withdrawn: 'Withdrawn' },
    BulletinPeriodKind: { Month: 'Monthly', Year: 'Yearly' },
    BulletinScope: { Hall: 'Hall', City: 'City' },
  },
  home: {
    items: {
      BulletinDraftsWaiting: { title: '{{count}} bulletin draft(s) waiting to be published', text: 'A draft has no number; it takes effect, and staff see it, once published.', action: 'Publish' },
      BulletinsNew: { title: '{{count}} new bulletin(s)', text: 'Bulletins published in the last 7 days.', action: 'Read them' },
    },
  },
  bulletins: {
    list: {
      title: 'Bulletins', intro: 'Drafts are made on a schedule or when a period closes, and take effect once published under a number; staff see the published bulletins of their scope.',
      kind: 'Kind', year: 'Year', state: 'State', number: 'Number', name: 'Title', period: 'Period', issuedOn: 'Date of issue', pages: 'Pages',
      generate: 'Generate now', open: 'Open the bulletin {{title}}', noNumber: '—',
    },
    generate: {
      title: 'Generate a bulletin now', kind: 'Kind', scope: 'Scope', city: 'The city (all halls)', periodKind: 'Period', year: 'Year', month: 'Month',
      monthName: '{{month}}', submit: 'Generate', monthRequired: 'Choose a month.', periodNotOver: 'This period is not over yet; its bulletin comes after it.',
      closedHint: 'This kind of bulletin comes after the data is closed; closing the period drafts it automatically.', noHalls: 'You manage no hall.',
    },
    detail: {
      back: 'Back to the bulletins', facts: 'About this bulletin', kind: 'Kind', scope: 'Scope', period: 'Period', state: 'State', number: 'Number',
      issuingBody: 'Issued by', issuedOn: 'Date of issue', publishedAt: 'Published', withdrawnAt: 'Withdrawn', withdrawReason: 'Reason for withdrawal',
      pages: 'Pages', size: 'File size', sha256: 'SHA-256 digest', code: 'Verification code', verify: 'Verify online', createdAt: 'Generated',
      download: 'Download PDF', preview: 'Preview', noNumber: 'Given on publishing', city: 'City',
      rendering: 'Rendering the bulletin', progress: '{{done}} of {{total}} rows done', progressStarting: 'Preparing the data',
      failed: 'Rendering failed', regenerate: 'Generate again',
      draftNote: 'This is a draft: watermarked “草稿” (draft) and without a number. Publishing makes the final file and gives it its number.',
      withdrawnNote: 'This bulletin was withdrawn and is no longer in force; the verification page says so, with the reason.',
      publish: 'Publish', publishTitle: 'Publish the bulletin',
      publishConfirm: 'Publishing gives it the number 〔{{year}}〕第 N 期 (the next of {{body}}’s bulletins of this kind in {{year}}) and cannot be undone, only withdrawn. Publish it?',
      published: 'Published as {{number}}', deleteDraft: 'Discard the draft', deleteTitle: 'Discard the draft', deleteConfirm: 'Discard this draft? It can be generated again.',
      deleted: 'Draft discarded',
      withdraw: 'Withdraw', withdrawTitle: 'Withdraw bulletin {{number}}', withdrawWarn: 'Once withdrawn the bulletin is no longer in force and its number is not reused; the verification page shows “withdrawn” and the reason.',
      reason: 'Reason for withdrawal', reasonHint: 'At least {{n}} characters; shown on the verification page', reasonMin: 'At least {{n}} characters', reasonMax: 'At most {{n}} characters',
      withdrawn: 'Withdrawn',
    },
    schedules: {
      title: 'Bulletin schedules',
      intro: 'Drafts are made on a cron schedule (Beijing time) and take effect once published. Kinds whose data is closed (such as the attendance month) are drafted when their period closes, not on a schedule.',
      kind: 'Kind', periods: 'Periods', scopes: 'Scopes', cron: 'Cron (minute hour day month weekday)', cronHint: 'e.g. 0 8 1 * * is 08:00 on the 1st of every month',
      cronInvalid: 'Five fields: minute hour day month weekday', enabled: 'Enabled', nextRuns: 'Next runs (Beijing time)', noRuns: 'Not enabled',
      onClose: 'Drafted when the period closes', save: 'Save', saved: 'Schedule of “{{kind}}” saved',
    },
  },
};
