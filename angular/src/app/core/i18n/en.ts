import { ZH_HANS } from './zh-hans';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English; typed against the Chinese so a missing key does not compile. */
export const EN: Shape<typeof ZH_HANS> = {
  app: { title: 'Service Hall Training Portal' },
  common: {
    actions: 'Actions', all: 'All', cancel: 'Cancel', confirm: 'Confirm', edit: 'Edit', empty: 'Nothing here yet', home: 'Home',
    no: 'No', none: 'None', save: 'Save', saved: 'Saved', yes: 'Yes',
  },
  shell: {
    menu: 'Menu', navigation: 'Main navigation', inbox: 'Notifications', scope: 'Scope', changePassword: 'Change password', signOut: 'Sign out',
    switchLanguage: 'Switch language',
  },
  login: { subtitle: 'Sign in with your staff number or user name', userName: 'User name', password: 'Password', submit: 'Sign in' },
  password: {
    title: 'Change password', forced: 'First sign-in or your password was reset: please choose a new password.', current: 'Current password',
    new: 'New password', confirm: 'Confirm new password', mismatch: 'The new passwords do not match',
  },
  validation: {
    required: 'Required', minLength: 'At least {{n}} characters', code: 'Letters, digits, underscores and hyphens only',
    phone: 'Enter a valid phone number', date: 'Use the format YYYY-MM-DD', number: 'Enter a number',
  },
  errors: { generic: 'Something went wrong. Please try again later.', network: 'Cannot reach the server. Check the network.' },
  noAccess: { title: 'No access', text: 'You may not open this page. Ask an administrator if you need it.' },
  notFound: { title: 'Page not found' },
  secret: { once: 'This is shown only once. Store it safely now.', saved: 'I have saved it' },
  paginator: {
    itemsPerPage: 'Rows per page', next: 'Next page', previous: 'Previous page', first: 'First page', last: 'Last page', none: '0 rows', range: '{{start}}–{{end}} of {{length}}',
  },
  enums: {
    ScopeKind: { None: 'None', Own: 'Own record', Units: 'Units led', Halls: 'Halls managed', All: 'All' },
  },
  // The datepicker's labels (shared/dates.ts).
  datepicker: {
    calendar: 'Calendar', open: 'Open calendar', close: 'Close calendar', prevMonth: 'Previous month', nextMonth: 'Next month',
    prevYear: 'Previous year', nextYear: 'Next year', prevYears: 'Previous 24 years', nextYears: 'Next 24 years',
    monthView: 'Choose date', yearsView: 'Choose month and year',
  },
  // The PDF preview (shared/pdf-viewer.component.ts).
  pdf: {
    toolbar: 'PDF toolbar', document: 'PDF document', pageOf: 'Page {{page}} of {{pages}}', zoomIn: 'Zoom in', zoomOut: 'Zoom out', fitWidth: 'Fit width',
    loading: 'Loading the PDF', retry: 'Retry',
    errors: {
      denied: 'You may not view this file; sign in again and retry.', notFound: 'The file does not exist or was deleted.',
      invalid: 'The file is damaged: not a valid PDF.', generic: 'The PDF cannot be shown; retry later or download it.',
    },
  },
};
