import { LEARNING_EN } from '../../features/learning/i18n/learning.en';
import { MY_LEARNING_EN } from '../../features/learning/i18n/my-learning.en';
import { ZH_HANS } from './zh-hans';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English; typed against the Chinese so a missing key does not compile. */
export const EN: Shape<typeof ZH_HANS> = {
  app: { title: 'Service Hall Training Portal' },
  common: {
    actions: 'Actions', all: 'All', cancel: 'Cancel', confirm: 'Confirm', edit: 'Edit', empty: 'Nothing here yet', home: 'Home',
    no: 'No', none: 'None', save: 'Save', saved: 'Saved', yes: 'Yes',
  },
  nav: {
    groups: { organization: 'Organisation', myLearning: 'My learning', learning: 'Training and exams', admin: 'Administration' },
    tree: 'Halls and windows', staff: 'Staff', myRecord: 'My record', import: 'Import staff', calendar: 'Work calendar',
    myCourses: 'My courses', myExams: 'My exams', myCertificates: 'My certificates',
    courses: 'Courses', questions: 'Question bank', exams: 'Exams', certificates: 'Certificates', learningStatistics: 'Training statistics',
    users: 'Users', roles: 'Roles and permissions', deviceKeys: 'Device keys', settings: 'Settings',
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
  tree: { units: '{{count}} window units', staff: 'Staff', windows: 'Windows' },
  unit: { create: 'New window unit', code: 'Unit code', name: 'Unit name', kind: 'Unit kind', department: 'Stationed department', leads: 'Unit leads' },
  window: { create: 'New window', code: 'Window number', name: 'Window name', type: 'Window type' },
  staff: {
    create: 'New staff member', filter: 'Find by staff number or name', staffNumber: 'Staff number', name: 'Name', kind: 'Kind', status: 'Status',
    hall: 'Hall', unit: 'Window unit', window: 'Window', phone: 'Phone', department: 'Dispatching department', account: 'Sign-in account',
    accountCreated: 'Sign-in account created',
  },
  assignment: {
    assign: 'Assign to a window', move: 'Move', end: 'End assignment', return: 'Return to department', current: 'Current window',
    window: 'Window', date: 'Effective date', dateHint: 'Empty means today', reason: 'Reason', history: 'Assignment history',
    start: 'Start', endDate: 'End', endKind: 'How it ended', ongoing: 'current', none: 'Not at a window',
  },
  import: {
    intro: 'Fill in the sheets 单位 (units), 窗口 (windows) and 人员 (staff) of the template and upload it. Rows update by natural key; nothing is deleted; a file with errors imports nothing.',
    template: 'Download template', choose: 'Choose an .xlsx file', upload: 'Upload', progress: 'Upload progress', uploading: 'Uploading {{p}}%',
    checking: 'Checking and importing…', done: 'Imported: {{staffCreated}} staff created, {{staffUpdated}} updated, {{unchanged}} unchanged; {{unitsCreated}} units and {{windowsCreated}} windows created.',
    errorRows: '{{count}} errors', sheet: 'Sheet', row: 'Row', column: 'Column', message: 'Message',
  },
  calendar: {
    year: 'Year', previous: 'Previous year', next: 'Next year', workingDays: '{{n}} working days', sample: 'This year holds sample days: import the official holiday table.',
    sampleShort: 'sample', date: 'Date', kind: 'Kind', name: 'Name', imported: 'Calendar imported: {{created}} created, {{updated}} updated, {{unchanged}} unchanged.',
  },
  inbox: { title: 'Notifications', unreadOnly: 'Unread only', markAll: 'Mark all read', markRead: 'Mark read', open: 'Open', empty: 'No notifications' },
  users: {
    create: 'New user', edit: 'Edit user', filter: 'Find by user name or name', userName: 'User name', displayName: 'Name', roles: 'Roles', state: 'State',
    active: 'Active', inactive: 'Disabled', locked: 'Locked out', mustChange: 'Must change password', resetPassword: 'Reset password', oneTimePassword: 'One-time password',
  },
  roles: { scope: 'Scope' },
  deviceKeys: {
    intro: 'Clock-in terminals and rating devices call the API with a key (header X-Device-Key).', name: 'Device name', create: 'Create key',
    created: 'Device key created', prefix: 'Prefix', lastUsed: 'Last used', revoke: 'Revoke', revoked: 'Revoked', secret: 'Secret',
  },
  settings: {
    intro: 'Leave a value empty to use the default.', default: 'Default', range: 'Between {{min}} and {{max}}', value: 'Value', useDefault: 'Use default', allHalls: 'All halls',
  },
  secret: { once: 'This is shown only once. Store it safely now.', saved: 'I have saved it' },
  paginator: {
    itemsPerPage: 'Rows per page', next: 'Next page', previous: 'Previous page', first: 'First page', last: 'Last page', none: '0 rows', range: '{{start}}–{{end}} of {{length}}',
  },
  enums: {
    StaffKind: { Own: 'Hall staff', Dispatched: 'Dispatched', Contract: 'Contract' },
    StaffStatus: { Active: 'Active', Returned: 'Returned', Left: 'Left' },
    UnitKind: { StationedDepartment: 'Stationed department', HallOwn: 'Hall own' },
    HallKind: { Centre: 'Centre', SubCentre: 'Sub-centre', Township: 'Township centre' },
    WindowType: { Comprehensive: 'Comprehensive', Department: 'Department', GreenChannel: 'Green channel', Unresolved: 'Unresolved matters', Tidal: 'Tidal' },
    AssignmentEndKind: { Moved: 'Moved', Ended: 'Ended', Returned: 'Returned to department' },
    CalendarDayKind: { Holiday: 'Holiday', MakeUpWorkday: 'Make-up workday' },
    ScopeKind: { None: 'None', Own: 'Own record', Units: 'Units led', Halls: 'Halls managed', All: 'All' },
    CourseKind: { PreJob: 'Pre-job', Routine: 'Routine', Professional: 'Professional', MultiPost: 'Multi-post' },
    EnrollmentSource: { Manager: 'Enrolled by a manager', Self: 'Self-enrolled' },
    QuestionType: { SingleChoice: 'Single choice', MultipleChoice: 'Multiple choice', TrueFalse: 'True / false', FillIn: 'Fill in' },
    Difficulty: { Easy: 'Easy', Medium: 'Medium', Hard: 'Hard' },
    PaperMode: { Fixed: 'Fixed paper', Rules: 'Drawn by rules' },
    GradingPolicy: { Highest: 'Highest score', Last: 'Last attempt' },
    AttemptStatus: { InProgress: 'In progress', Submitted: 'Submitted', TimedOut: 'Closed at the deadline' },
    CertificateKind: { PreJob: 'Pre-job certificate', Course: 'Course certificate' },
    CertificateSource: { Earned: 'Earned here', Imported: 'Imported' },
    CertificateStatus: { Valid: 'Valid', Expired: 'Expired', Revoked: 'Revoked' },
  },
  myLearning: MY_LEARNING_EN,
  learning: LEARNING_EN,
  // The datepicker's labels (shared/dates.ts).
  datepicker: {
    calendar: 'Calendar', open: 'Open calendar', close: 'Close calendar', prevMonth: 'Previous month', nextMonth: 'Next month',
    prevYear: 'Previous year', nextYear: 'Next year', prevYears: 'Previous 24 years', nextYears: 'Next 24 years',
    monthView: 'Choose date', yearsView: 'Choose month and year',
  },
};
