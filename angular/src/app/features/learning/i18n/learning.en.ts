import { LEARNING_ZH } from './learning.zh-hans';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Authoring (courses, question bank, exams, certificates) and statistics, in English; typed against the Chinese. */
export const LEARNING_EN: Shape<typeof LEARNING_ZH> = {
  title: 'Training and exams',
  validation: {
    range: 'Enter a whole number from {{min}} to {{max}}', rangeNumber: 'Enter a number from {{min}} to {{max}}', maxLength: 'At most {{n}} characters',
    dateTime: 'Enter a valid date and time', closesAfterOpens: 'The end must be after the start', toAfterFrom: 'The end date must be after the start date',
  },
  owner: {
    label: 'Owner', city: 'City', hint: 'Managers of the owning hall may change it; content of the city only administrators', required: 'Choose the owning hall',
  },
  course: {
    issuesCertificate: 'Award a certificate on completion',
    create: 'New course', edit: 'Edit course', filter: 'Find by code or title', code: 'Course code', title: 'Title', kind: 'Kind',
    description: 'Description', creditHours: 'Credit hours', required: 'Required', published: 'Published', publishedLabel: 'Published (visible to learners)',
    requiredLabel: 'Required course', draft: 'Draft', lessons: 'Lessons', minutes: 'minutes', enrolled: 'Enrolled', basics: 'Basics',
    audience: 'Audience', audienceHint: 'Leave empty for everyone', units: 'Window units', windowTypes: 'Window types', staffKinds: 'Staff kinds',
    saved: 'Course saved', back: 'Back to courses', saveFirst: 'Save the course to add lessons and enrol people', enrol: 'Enrol people',
  },
  lesson: {
    addFile: 'Attach a file', removeFile: 'Remove the file', uploading: 'Uploading', fileHint: 'PDF, Word, Excel, PowerPoint or pictures, up to 10 per lesson',
    add: 'Add lesson', edit: 'Edit lesson', title: 'Lesson title', minutes: 'Length (minutes)', body: 'Content', order: 'No.', none: 'No lessons yet',
    bodyRequired: 'Write the lesson content', source: 'Edit HTML', preview: 'Preview',
    tools: { bold: 'Bold', italic: 'Italic', heading: 'Heading', list: 'Bulleted list', orderedList: 'Numbered list', link: 'Insert link', linkPrompt: 'Link address (https://…)' },
  },
  enrol: {
    title: 'Enrol people', by: 'Enrol by', byStaff: 'Named people', byUnit: 'A whole window unit', byWindowType: 'Everyone now at a window type',
    search: 'Find people by staff number or name', picked: '{{count}} picked', remove: 'Remove {{name}}', unit: 'Window unit', windowType: 'Window type',
    submit: 'Enrol', result: '{{enrolled}} newly enrolled, {{alreadyEnrolled}} already enrolled.', pickSomeone: 'Pick at least one person',
  },
  question: {
    bank: 'Question bank', categories: 'Categories', allCategories: 'All categories', newCategory: 'New category name', addCategory: 'Add category', count: '{{count}} questions',
    create: 'New question', edit: 'Edit question', filter: 'Find by code or stem', tag: 'Tag', code: 'Code', category: 'Category', type: 'Type',
    difficulty: 'Difficulty', stem: 'Stem', options: 'Options', option: 'Option {{key}}', addOption: 'Add option', removeOption: 'Remove option {{key}}',
    correct: 'Correct answer', correctKeys: 'Correct options', trueFalse: 'True or false', true: 'True', false: 'False', fillIn: 'Accepted answers',
    fillInHint: 'Separate accepted answers with |, e.g. tell once|inform once', tags: 'Tags', tagsHint: 'Separated by commas', explanation: 'Explanation',
    import: 'Import questions', export: 'Export questions', importIntro: 'Fill in the sheet "题库" of the template and upload it. Questions are updated by code, never deleted; a file with errors imports nothing.',
    imported: 'Imported: {{created}} new, {{updated}} updated, {{unchanged}} unchanged; {{categoriesCreated}} new categories.',
    needTwoOptions: 'At least two options, none empty', pickOne: 'Pick one correct option', pickSome: 'Pick at least one correct option',
    created: 'Question saved', fillInRequired: 'Enter at least one accepted answer',
  },
  exam: {
    startedNote: 'Someone has started this exam: its paper, points, time limit, attempts, pass mark and other rules can no longer change, and its close can only move later; the title may change.',
    create: 'New exam', edit: 'Edit exam', title: 'Title', course: 'Linked course', noCourse: 'No course', preJob: 'Pre-job exam (passing issues the pre-job certificate)',
    paperMode: 'Paper', pointsPerQuestion: 'Points per question', timeLimit: 'Time limit (minutes)', opensAt: 'Opens', closesAt: 'Closes',
    beijing: 'Beijing time', attempts: 'Attempts allowed', passPercent: 'Pass mark (%)', grading: 'Grading', shuffleQuestions: 'Shuffle questions',
    shuffleOptions: 'Shuffle options', questions: 'Questions', questionCount: 'Questions', maxScore: 'Max score', window: 'Exam window', back: 'Back to exams',
    picked: '{{count}} questions, {{score}} points', pick: 'Pick from the bank', pickerSearch: 'Find by code or stem', addQuestion: 'Add to paper',
    removeQuestion: 'Remove from paper', noQuestions: 'Pick at least one question', rules: 'Drawing rules', addRule: 'Add rule', removeRule: 'Remove rule',
    anyDifficulty: 'Any difficulty', anyType: 'Any type', count: 'Count', points: 'Points each', noRules: 'Add at least one rule',
    available: '{{count}} matching questions in the bank', notEnough: 'Only {{count}} matching questions in the bank', rulesTotal: '{{count}} questions drawn, {{score}} points',
    results: 'Results', saved: 'Exam saved',
    ruleErrors: { category: 'Pick a category', count: 'The count must be a whole number from {{min}} to {{max}}', points: 'Points must be a whole number from {{min}} to {{max}}' },
  },
  attempt: {
    staff: 'Candidate', number: 'Attempt', status: 'Status', score: 'Score', passed: 'Passed', startedAt: 'Started', submittedAt: 'Submitted',
    pass: 'Passed', fail: 'Failed', pending: 'Not graded', none: 'No attempts yet',
  },
  certificate: {
    list: 'Certificates', holder: 'Holder', holderSearch: 'Find the holder by staff number or name', code: 'Number', title: 'Title', kind: 'Kind',
    status: 'Status', source: 'Source', issuedOn: 'Issued', expiresOn: 'Valid until', noExpiry: 'No expiry', revoke: 'Revoke', pdf: 'PDF',
    revokeTitle: 'Revoke certificate {{code}}', revokeWarn: 'The certificate stops being valid at once and the holder is notified. This cannot be undone.', reason: 'Reason',
    revoked: 'Revoked: {{reason}}', import: 'Import earlier certificates', importIntro: 'Fill in the template with certificates earned before and upload it. Rows update by original number; a file with errors imports nothing.',
    imported: 'Imported: {{created}} new, {{updated}} updated, {{unchanged}} unchanged.', clearHolder: 'Clear holder',
  },
  statistics: {
    title: 'Training statistics', from: 'From', to: 'To', apply: 'Show', period: 'Period', hall: 'Hall', unit: 'Window unit',
    noUnit: 'No unit', enrolled: 'Enrolled', completed: 'Completed', completionRate: 'Completion rate', attempts: 'Exam attempts', passed: 'Passed',
    passRate: 'Pass rate', chart: 'Completion and pass rate per unit', hint: 'Counted by the unit people belonged to at the time.',
  },
};
