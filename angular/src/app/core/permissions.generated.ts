// Generated from the server's permission definitions by test/Training.Tests/Http/GeneratedClientTests.cs.
// Do not edit: run `TRAINING_UPDATE_GENERATED=1 dotnet test test/Training.Tests --filter GeneratedClientTests`.

export const Permissions = {
  Attendance: {
    Board: 'Attendance.Board',
    Devices: {
      Default: 'Attendance.Devices',
      Manage: 'Attendance.Devices.Manage',
      Push: 'Attendance.Devices.Push',
    },
    Leave: {
      Default: 'Attendance.Leave',
      Approve: 'Attendance.Leave.Approve',
      Manage: 'Attendance.Leave.Manage',
    },
    My: 'Attendance.My',
    Punches: {
      Default: 'Attendance.Punches',
      Import: 'Attendance.Punches.Import',
    },
    Results: {
      Default: 'Attendance.Results',
      CloseMonth: 'Attendance.Results.CloseMonth',
      Correct: 'Attendance.Results.Correct',
    },
    Timetables: {
      Default: 'Attendance.Timetables',
      Manage: 'Attendance.Timetables.Manage',
    },
  },
  Bulletins: {
    Bulletins: {
      Default: 'Bulletins.Bulletins',
      Manage: 'Bulletins.Bulletins.Manage',
      Publish: 'Bulletins.Bulletins.Publish',
    },
  },
  Contests: {
    Board: 'Contests.Board',
    Contests: {
      Default: 'Contests.Contests',
      Enter: 'Contests.Contests.Enter',
      Manage: 'Contests.Contests.Manage',
    },
    Entries: {
      Nominate: 'Contests.Entries.Nominate',
    },
    Judging: 'Contests.Judging',
    Overview: 'Contests.Overview',
  },
  Identity: {
    DeviceKeys: {
      Default: 'Identity.DeviceKeys',
      Manage: 'Identity.DeviceKeys.Manage',
    },
    Devices: {
      Report: 'Identity.Devices.Report',
    },
    Roles: {
      Default: 'Identity.Roles',
      ManagePermissions: 'Identity.Roles.ManagePermissions',
    },
    Users: {
      Default: 'Identity.Users',
      Manage: 'Identity.Users.Manage',
      ResetPassword: 'Identity.Users.ResetPassword',
    },
  },
  Learning: {
    Certificates: {
      Default: 'Learning.Certificates',
      Manage: 'Learning.Certificates.Manage',
    },
    Courses: {
      Default: 'Learning.Courses',
      Enroll: 'Learning.Courses.Enroll',
      Manage: 'Learning.Courses.Manage',
    },
    Exams: {
      Manage: 'Learning.Exams.Manage',
      Results: 'Learning.Exams.Results',
    },
    MyLearning: 'Learning.MyLearning',
    Questions: {
      Default: 'Learning.Questions',
      Import: 'Learning.Questions.Import',
      Manage: 'Learning.Questions.Manage',
    },
  },
  Organization: {
    Assignments: {
      Manage: 'Organization.Assignments.Manage',
    },
    Backups: {
      Default: 'Organization.Backups',
      Manage: 'Organization.Backups.Manage',
    },
    Calendar: {
      Default: 'Organization.Calendar',
      Manage: 'Organization.Calendar.Manage',
    },
    Leads: {
      Manage: 'Organization.Leads.Manage',
    },
    Staff: {
      Default: 'Organization.Staff',
      Import: 'Organization.Staff.Import',
      Manage: 'Organization.Staff.Manage',
    },
    Structure: {
      Default: 'Organization.Structure',
      Manage: 'Organization.Structure.Manage',
    },
  },
  Platform: {
    AuditLogs: 'Platform.AuditLogs',
    BackgroundJobs: 'Platform.BackgroundJobs',
    Home: 'Platform.Home',
    Notifications: 'Platform.Notifications',
    Settings: {
      Default: 'Platform.Settings',
      Manage: 'Platform.Settings.Manage',
    },
  },
  Ratings: {
    Appeals: {
      Default: 'Ratings.Appeals',
      Decide: 'Ratings.Appeals.Decide',
      Request: 'Ratings.Appeals.Request',
    },
    Cases: {
      Default: 'Ratings.Cases',
      Handle: 'Ratings.Cases.Handle',
    },
    Catalogue: {
      Default: 'Ratings.Catalogue',
      Manage: 'Ratings.Catalogue.Manage',
    },
    Devices: {
      Default: 'Ratings.Devices',
      Manage: 'Ratings.Devices.Manage',
      Push: 'Ratings.Devices.Push',
    },
    My: 'Ratings.My',
    Ratings: {
      Default: 'Ratings.Ratings',
      Attribute: 'Ratings.Ratings.Attribute',
    },
  },
  Supervision: {
    Catalogue: {
      Default: 'Supervision.Catalogue',
      Manage: 'Supervision.Catalogue.Manage',
    },
    Findings: {
      Default: 'Supervision.Findings',
      Decide: 'Supervision.Findings.Decide',
      Dispute: 'Supervision.Findings.Dispute',
    },
    Inspections: {
      Default: 'Supervision.Inspections',
      Record: 'Supervision.Inspections.Record',
    },
    Ledger: {
      Default: 'Supervision.Ledger',
      Report: 'Supervision.Ledger.Report',
      Review: 'Supervision.Ledger.Review',
    },
    My: 'Supervision.My',
  },
} as const;

/** Every permission the server defines. */
export const ALL_PERMISSIONS = [
  'Attendance.Board',
  'Attendance.Devices',
  'Attendance.Devices.Manage',
  'Attendance.Devices.Push',
  'Attendance.Leave',
  'Attendance.Leave.Approve',
  'Attendance.Leave.Manage',
  'Attendance.My',
  'Attendance.Punches',
  'Attendance.Punches.Import',
  'Attendance.Results',
  'Attendance.Results.CloseMonth',
  'Attendance.Results.Correct',
  'Attendance.Timetables',
  'Attendance.Timetables.Manage',
  'Bulletins.Bulletins',
  'Bulletins.Bulletins.Manage',
  'Bulletins.Bulletins.Publish',
  'Contests.Board',
  'Contests.Contests',
  'Contests.Contests.Enter',
  'Contests.Contests.Manage',
  'Contests.Entries.Nominate',
  'Contests.Judging',
  'Contests.Overview',
  'Identity.DeviceKeys',
  'Identity.DeviceKeys.Manage',
  'Identity.Devices.Report',
  'Identity.Roles',
  'Identity.Roles.ManagePermissions',
  'Identity.Users',
  'Identity.Users.Manage',
  'Identity.Users.ResetPassword',
  'Learning.Certificates',
  'Learning.Certificates.Manage',
  'Learning.Courses',
  'Learning.Courses.Enroll',
  'Learning.Courses.Manage',
  'Learning.Exams.Manage',
  'Learning.Exams.Results',
  'Learning.MyLearning',
  'Learning.Questions',
  'Learning.Questions.Import',
  'Learning.Questions.Manage',
  'Organization.Assignments.Manage',
  'Organization.Backups',
  'Organization.Backups.Manage',
  'Organization.Calendar',
  'Organization.Calendar.Manage',
  'Organization.Leads.Manage',
  'Organization.Staff',
  'Organization.Staff.Import',
  'Organization.Staff.Manage',
  'Organization.Structure',
  'Organization.Structure.Manage',
  'Platform.AuditLogs',
  'Platform.BackgroundJobs',
  'Platform.Home',
  'Platform.Notifications',
  'Platform.Settings',
  'Platform.Settings.Manage',
  'Ratings.Appeals',
  'Ratings.Appeals.Decide',
  'Ratings.Appeals.Request',
  'Ratings.Cases',
  'Ratings.Cases.Handle',
  'Ratings.Catalogue',
  'Ratings.Catalogue.Manage',
  'Ratings.Devices',
  'Ratings.Devices.Manage',
  'Ratings.Devices.Push',
  'Ratings.My',
  'Ratings.Ratings',
  'Ratings.Ratings.Attribute',
  'Supervision.Catalogue',
  'Supervision.Catalogue.Manage',
  'Supervision.Findings',
  'Supervision.Findings.Decide',
  'Supervision.Findings.Dispute',
  'Supervision.Inspections',
  'Supervision.Inspections.Record',
  'Supervision.Ledger',
  'Supervision.Ledger.Report',
  'Supervision.Ledger.Review',
  'Supervision.My',
] as const;

export type Permission = (typeof ALL_PERMISSIONS)[number];
