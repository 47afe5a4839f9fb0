/** The board area's texts in English (my attendance, the team board, the monthly report, home to-dos); keys match board.zh-hans.ts. */
export const BOARD_EN = {
  attendance: {
    board: {
      nav: { my: 'My attendance', board: 'Team board', report: 'Monthly report' },
      weekdays: { d0: 'Mon', d1: 'Tue', d2: 'Wed', d3: 'Thu', d4: 'Fri', d5: 'Sat', d6: 'Sun' },
      tone: {
        absent: 'Absent', outWithoutLeave: 'Out w/o leave', offPost: 'Off post', late: 'Late', early: 'Early', leave: 'Leave',
        officialBusiness: 'Official', present: 'Present', rest: 'Day off', none: 'No record',
      },
      status: {
        Present: 'Present', Late: 'Late', EarlyLeave: 'Early leave', Absent: 'Absent', OnLeave: 'On leave', OfficialBusiness: 'Official business',
        OffPost: 'Off post', OutWithoutLeave: 'Out without leave',
      },
      my: {
        title: 'My attendance', month: '{{month}}/{{year}}', previous: 'Previous month', next: 'Next month', thisMonth: 'This month', calendar: 'Attendance calendar',
        myLeave: 'My leave', whereabouts: 'Whereabouts note', summary: 'This month', workingDays: '{{count}} working days', sessions: '{{count}} sessions computed',
        dayDetails: '{{date}}', chooseDay: 'Pick a day in the calendar to see its details.', session: 'Session', expected: 'Expected', actual: 'Punched',
        minutes: 'minutes', lateMinutes: '{{count}} min late', earlyMinutes: '{{count}} min early', corrected: 'Corrected', punches: 'Punches of the day',
        noPunches: 'No punches that day', leave: 'Leave', pending: 'Pending approval', morning: 'Morning', afternoon: 'Afternoon', noSessions: 'No results that day',
        dayLabel: '{{date}}: {{marks}}',
      },
      team: {
        title: 'Team board', place: 'Unit or hall', wholeHall: '{{hall}} (whole hall)', refresh: 'Refresh', updated: 'Updated {{time}}, refreshes every 60 s',
        people: 'People', present: 'Present', out: 'Out', late: 'Late', absent: 'Absent', windows: 'Windows', uncovered: 'Windows without anyone',
        holders: 'A', backups: 'B', noBackup: 'No backup', noHolder: 'Nobody', paused: 'Paused {{time}}', serving: 'Serving {{time}}',
        noStatus: 'No service status today', uncoveredBadge: 'Neither A nor B present', coveredBy: 'Covered by B: {{name}}', isPresent: 'Present', notPresent: 'Not present',
        whoIsOut: 'Who is out', reason: 'Reason', since: 'Left', back: 'Expected back', marks: 'Today\'s marks', nobodyOut: 'Nobody is out now', noMarks: 'No lateness, absence or leave today',
        staffNumber: 'Staff no.', name: 'Name', window: 'Window', firstPunch: 'First punch', state: 'State', noPunch: 'No punch', everyone: 'Everyone',
        outKind: { Leave: 'Leave: {{type}}', OfficialBusiness: 'Official business: {{type}}', Whereabouts: 'Away: {{destination}}' },
        date: 'Date', today: 'Back to today', invalidDate: 'Pick today or a day up to {{days}} days back',
        asEnded: '{{date}} as the day ended; not refreshed', presentDay: 'Came in', outDay: 'On leave or official business', wasPresent: 'Came in', wasNotPresent: 'Did not come in',
        whoWasOut: 'Leave, official business and notes of the day', nobodyOutDay: 'Nobody on leave, on official business or away on a note that day',
        marksOn: 'Marks of {{date}}', noMarksDay: 'No lateness, absence or leave that day',
        marksColumn: 'Marks', markLate: '{{count}} min late', markEarly: '{{count}} min early',
        halves: { allDay: 'all day', morning: 'morning', afternoon: 'afternoon' }, halvesOf: ' ({{halves}})',
        note: 'Away: {{destination}} {{from}}–{{to}}', noteOpen: 'Away: {{destination}} from {{from}}, expected back {{back}}, not back yet',
      },
      report: {
        title: 'Monthly report', month: 'Month', place: 'Scope', allInScope: 'All of my scope', units: 'By unit', people: 'By person', export: 'Export to Excel',
        hall: 'Hall', unit: 'Unit', staffNumber: 'Staff no.', name: 'Name', headcount: 'People', sessions: 'Sessions', workedDays: 'Worked days',
        late: 'Late', lateMinutes: 'Late minutes', early: 'Early', absent: 'Absent', offPost: 'Off post', outWithoutLeave: 'Out w/o leave', leaveDays: 'Leave days',
        noUnit: '(no unit)', chart: 'Lateness and absence by unit (recent months)', months: 'Months', lateChart: 'Late sessions', absentChart: 'Absent sessions',
        invalidMonth: 'Enter a valid month (not after this one)', chartTable: 'Chart data',
      },
    },
  },
  home: {
    items: {
      attendance: {
        board: {
          anomalies: { title: '{{count}} attendance anomalies to review', text: 'Late, early, absent, off-post or out-without-leave sessions of the last {{days}} days not corrected yet.', action: 'Open the report' },
          absentToday: { title: '{{count}} absent today', text: 'People absent or out without approved leave today.', action: 'Open the team board' },
        },
      },
    },
  },
};
