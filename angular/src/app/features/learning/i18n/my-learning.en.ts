import { MY_LEARNING_ZH } from './my-learning.zh-hans';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** "My learning" and the public verification page, in English; typed against the Chinese. */
export const MY_LEARNING_EN: Shape<typeof MY_LEARNING_ZH> = {
  title: 'My learning',
  courses: {
    enrolledTitle: 'My courses', available: 'Courses open for enrolment', availableHint: 'These published courses are meant for your unit, window or staff kind; enrol to start learning.',
    noneEnrolled: 'You have no courses yet. Enrol below, or wait for a manager to enrol you.', noneAvailable: 'No courses are open for enrolment.',
    required: 'Required', elective: 'Elective', creditHours: '{{n}} credit hours', lessons: '{{n}} lessons', minutes: 'about {{n}} min',
    progress: '{{done}} of {{total}} lessons done', progressLabel: 'Progress', completedOn: 'completed on {{date}}', enrolledOn: 'enrolled on {{date}}',
    enroll: 'Enrol', enrolled: 'Enrolled in “{{title}}”', start: 'Start', continue: 'Continue', revisit: 'Revisit', done: 'Completed',
  },
  reader: {
    attachments: 'Attachments',
    back: 'My courses', lessons: 'Lessons', notEnrolled: 'You are not enrolled in this course; enrol on “My courses” first.', empty: 'This course has no lessons yet.',
    lessonNo: 'Lesson {{n}}', minutes: 'about {{n}} min', complete: 'Mark as done', lessonDone: 'Lesson done', next: 'Next lesson', previous: 'Previous lesson',
    keepReading: 'Keep reading: you can mark this lesson as done in {{n}} s',
    courseDone: 'Completed', courseDoneText: 'You have finished every lesson of this course.', toExams: 'Go to my exams', doneMark: 'done', todoMark: 'not done',
  },
  exams: {
    empty: 'No exams. A course exam appears once you are enrolled in the course.', name: 'Exam', window: 'Open', timeLimit: 'Time limit', attempts: 'Attempts', score: 'Counted score', result: 'Result',
    minutes: '{{n}} min', used: '{{used}} / {{max}}', preJob: 'Pre-job', passed: 'Passed', failed: 'Failed', start: 'Start', continue: 'Continue',
    notOpenYet: 'Not open yet', closed: 'Closed', noAttempts: 'No attempts left',
    startTitle: 'Start the exam', startText: 'The clock runs for {{n}} minutes from now and the paper is handed in when time is up. After a reload or a lost connection, come back to this page to continue; the clock does not stop.',
  },
  exam: {
    summary: 'Attempt {{number}} · {{count}} questions · {{max}} points', number: 'Question {{n}}', points: '{{n}} pt', true: 'True', false: 'False',
    yourAnswer: 'Your answer', tooLong: 'At most {{n}} characters', remaining: 'Time left', navigator: 'Answer sheet', answered: '{{n}} answered', unanswered: '{{n}} unanswered',
    goTo: 'Question {{n}} ({{state}})', stateAnswered: 'answered', stateUnanswered: 'unanswered', mode: 'Display', modeOne: 'One at a time', modeAll: 'All',
    previous: 'Previous', next: 'Next', submit: 'Hand in', submitting: 'Handing in…', submitTitle: 'Hand in the paper',
    submitText: '{{n}} of {{total}} questions are unanswered. You cannot change answers after handing in. Hand in now?', submitTextAll: 'All {{total}} questions are answered. You cannot change answers after handing in. Hand in now?',
    unsaved: 'Some answers are not saved yet. Leave anyway?',
    status: { idle: 'Answers save automatically', saving: 'Saving…', saved: 'Saved {{time}}', retrying: 'Saving failed, retrying' },
    announce: { minutes: '{{n}} minutes left', timeUp: 'Time is up, handing in', saveFailed: 'Saving answers failed, retrying', saveRecovered: 'Answers saved' },
  },
  result: {
    title: 'Result', score: 'Score', passed: 'Passed', failed: 'Failed', timedOut: 'Handed in when time ran out', submittedAt: 'Handed in: {{time}}',
    review: 'Answers and explanations', reviewTitle: 'Answers and explanations', myAnswer: 'Your answer', correctAnswer: 'Correct answer', right: 'Right', wrong: 'Wrong', noAnswer: 'Not answered',
    explanation: 'Explanation', back: 'Back to my exams',
  },
  certificates: {
    empty: 'No certificates yet. They appear here when you pass the pre-job exam or complete a course.', kind: 'Kind', source: 'Source', issued: 'Issued', expires: 'Expires', noExpiry: 'No expiry',
    status: 'Status', revokedReason: 'Revoked: {{reason}}', code: 'Verification code', copy: 'Copy the code', copied: 'Code copied', verify: 'Verify online', pdf: 'Download the PDF to print',
  },
  trainingRecords: {
    intro: 'Training hours earned outside the courses: skill contests, meetings, external courses. They count in your training hours.',
    empty: 'No training records from outside the courses yet.', title: 'Title', source: 'Source', hours: 'Hours', on: 'Date', total: '{{hours}} hours in all',
  },
};
