import { HOME_ZH } from './home.zh-hans';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The home page, in English; typed against the Chinese. */
export const HOME_EN: Shape<typeof HOME_ZH> = {
  title: 'Home',
  hello: 'Hello, {{name}}',
  todo: 'To do',
  figures: 'Figures',
  nothingToDo: 'Nothing to do right now.',
  noFigures: 'No figures yet.',
  course: 'Course: {{course}}',
  unknown: { title: 'New item' },
  open: 'Open',
  severity: { Urgent: 'Urgent', Warning: 'Reminder', Info: 'To do' },
  items: {
    learning: {
      preJobMissing: {
        title: 'No pre-job certificate yet',
        text: 'You cannot take a window post until you finish the pre-job course and pass its exam.',
        action: 'Start the pre-job course',
      },
      preJobLapsed: {
        title: 'Your pre-job certificate ended on {{endedOn}}',
        text: 'Your current post stays; no new window post until you finish the pre-job course and pass its exam again.',
        action: 'Start the pre-job course',
      },
      preJobExpiring: {
        title: 'Your pre-job certificate expires on {{expiresOn}}',
        text: 'After that no new window post can be given to you; watch for the refresher course and exam.',
        action: 'My certificates',
      },
      requiredCourses: { title: '{{count}} required course(s) not finished', text: 'Finished required courses count as training hours.', action: 'Learn' },
      openExams: { title: '{{count}} exam(s) open to you now', text: 'Once started the clock runs and the paper is handed in at the end.', action: 'Go to exams' },
      windowStaffWithoutPreJob: {
        title: '{{count}} people at windows without a valid pre-job certificate',
        text: 'Their posts stay, but no move or new post: import paper certificates, or arrange the refresher and exam.',
        action: 'Handle certificates',
      },
      certificatesExpiring: {
        title: '{{count}} pre-job certificate(s) expire within {{days}} days',
        text: 'After expiry no new window post; arrange the refresher in time.',
        action: 'View certificates',
      },
      newcomersWithoutPreJob: {
        title: '{{count}} newcomer(s) without a pre-job certificate',
        text: 'They may take a window only after finishing the pre-job course and passing its exam.',
        action: 'Arrange pre-job training',
      },
      preJobCoverage: {
        title: 'Pre-job certificate coverage',
        text: '{{numerator}} of {{denominator}} people hold a valid certificate',
        windows: 'At windows: {{windowNumerator}} of {{windowDenominator}} hold one',
        everyone: 'Everyone',
        atWindows: 'At windows',
        series: 'Coverage',
        action: 'View certificates',
      },
    },
  },
};
