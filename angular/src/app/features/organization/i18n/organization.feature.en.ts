import { ORGANIZATION_ZH } from './organization.feature.zh-hans';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The organization feature's texts in English; typed against the Chinese so a missing key does not compile. */
export const ORGANIZATION_EN: Shape<typeof ORGANIZATION_ZH> = {
  nav: {
    groups: { organization: 'Organisation' },
    tree: 'Halls and windows', staff: 'Staff', myRecord: 'My record', import: 'Import staff', calendar: 'Work calendar',
  },
  tree: { units: '{{count}} window units', staff: 'Staff', windows: 'Windows' },
  unit: { create: 'New window unit', code: 'Unit code', name: 'Unit name', kind: 'Unit kind', department: 'Stationed department', leads: 'Unit leads' },
  window: { create: 'New window', code: 'Window number', name: 'Window name', type: 'Window type' },
  staff: {
    create: 'New staff member', filter: 'Find by staff number or name', staffNumber: 'Staff number', name: 'Name', kind: 'Kind', status: 'Status',
    hall: 'Hall', unit: 'Window unit', window: 'Window', phone: 'Phone', department: 'Dispatching department', account: 'Sign-in account',
    accountCreated: 'Sign-in account created',
    edit: 'Edit staff member', workStartDate: 'Work start date', workStartHint: 'For annual leave by years of service; optional',
    workStartFuture: 'Cannot be after today', serviceYears: '{{n}} years of service',
  },
  backup: {
    title: 'Post backups (AB)', intro: 'Windows on {{date}}: who holds each post (A) and the backups (B). B must be an active member of this unit; the backup periods of one post cannot overlap.',
    primary: 'A (holder)', backup: 'B (backup)', set: 'Set backup', end: 'End backup', from: 'From', to: 'Until',
    toHint: 'Last day (inclusive); empty means open-ended', endHint: 'Last day (inclusive)', backupHint: 'An active member of this unit',
    order: 'The end cannot be before the start', open: 'open-ended', upcoming: 'not yet in force', covers: 'for {{a}}', noHolder: 'Nobody at this window',
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
  enums: {
    StaffKind: { Own: 'Hall staff', Dispatched: 'Dispatched', Contract: 'Contract' },
    StaffStatus: { Active: 'Active', Returned: 'Returned', Left: 'Left' },
    UnitKind: { StationedDepartment: 'Stationed department', HallOwn: 'Hall own' },
    HallKind: { Centre: 'Centre', SubCentre: 'Sub-centre', Township: 'Township centre' },
    WindowType: { Comprehensive: 'Comprehensive', Department: 'Department', GreenChannel: 'Green channel', Unresolved: 'Unresolved matters', Tidal: 'Tidal' },
    AssignmentEndKind: { Moved: 'Moved', Ended: 'Ended', Returned: 'Returned to department' },
    CalendarDayKind: { Holiday: 'Holiday', MakeUpWorkday: 'Make-up workday' },
  },
};
