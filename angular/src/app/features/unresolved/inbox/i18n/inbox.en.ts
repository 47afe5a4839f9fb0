import { INBOX_ZH } from './inbox.zh-hans';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The liaison's inbox in English; typed against the Chinese so a missing key does not compile. */
export const INBOX_EN: Shape<typeof INBOX_ZH> = {
  nav: { unresolvedInbox: 'Transfer inbox' },
  unresolved: {
    inbox: {
      title: 'Transfer inbox', intro: 'Unresolved matters transferred to your unit: contact the complainant yourself and answer within 3 working days; the answer goes back to the hall\u2019s window.',
      view: 'Show', open: 'To answer', answered: 'Answered', none: 'No transferred case.', transferred: 'transferred {{at}} by {{by}}', answerBy: 'Answer by {{date}}',
      answer: 'Handling and reply', answerHint: 'In detail; if the request cannot be met, say on what basis.', files: 'Files (up to {{n}}, 10 MB each)',
      fileProblems: { tooMany: 'At most {{n}} files.', tooLarge: 'A file may be 10 MB at most.', empty: 'A file may not be empty.' },
      show: 'Show', noteBy: 'Note from {{by}}: ',
      send: 'Send the answer', answerAction: 'Answer', yourAnswer: 'Answered {{at}} by {{by}}',
    },
  },
};
