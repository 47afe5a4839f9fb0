import { requires } from '../../../core/guards';
import { Permissions } from '../../../core/permissions.generated';
import type { AttendanceArea } from '../attendance.area';

const STATUSES_ZH = {
  Present: '正常', Late: '迟到', EarlyLeave: '早退', Absent: '缺勤', OnLeave: '请假', OfficialBusiness: '公出', OffPost: '擅自脱岗',
  OutWithoutLeave: '未经批准外出',
};
const STATUSES_EN = {
  Present: 'Present', Late: 'Late', EarlyLeave: 'Early leave', Absent: 'Absent', OnLeave: 'On leave', OfficialBusiness: 'Official business',
  OffPost: 'Off post', OutWithoutLeave: 'Out without leave',
};

/** The results area: timetables and shifts, the anomalies to review and correct, month close and reopen. */
export const RESULTS_AREA: AttendanceArea = {
  routes: [
    {
      path: 'timetables',
      ...requires(Permissions.Attendance.Timetables.Default),
      loadComponent: () => import('./pages/timetables.page').then((m) => m.TimetablesPage),
    },
    {
      path: 'anomalies',
      ...requires(Permissions.Attendance.Results.Default),
      loadComponent: () => import('./pages/anomalies.page').then((m) => m.AnomaliesPage),
    },
  ],
  items: [
    { path: '/attendance/anomalies', label: 'attendance.results.anomalies', icon: 'rule', permission: Permissions.Attendance.Results.Default },
    { path: '/attendance/timetables', label: 'attendance.results.timetables', icon: 'schedule', permission: Permissions.Attendance.Timetables.Default },
  ],
  zh: {
    attendance: {
      results: {
        timetables: '作息时间', anomalies: '考勤异常', hall: '中心', seasons: '夏令 / 冬令切换日期', summerFrom: '夏令作息起（月-日）',
        winterFrom: '冬令作息起（月-日）', summer: '夏令作息', winter: '冬令作息', sessionName: '时段名称', start: '开始', end: '结束',
        addSession: '添加时段', saved: '已保存，本月考勤将在后台重新计算。', shifts: '排班（错时、延时、节假日预约）', kind: '类型',
        kinds: { Staggered: '错时', Extended: '延时', Appointment: '节假日预约' }, window: '窗口', from: '开始日期', to: '结束日期',
        dates: '日期', sessions: '时段', addShift: '添加排班', delete: '删除', status: '状态', statuses: STATUSES_ZH, corrected: '更正情况',
        toReview: '待处理', correctedOnly: '已更正', date: '日期', person: '人员', computed: '计算结果', correction: '更正', correct: '更正',
        correctTitle: '更正 {{name}} {{date}} {{session}} 的考勤', lateMinutes: '迟到分钟', earlyMinutes: '早退分钟', reason: '原因',
        offPostMinutes: '脱岗 {{n}} 分钟', outMinutes: '超时外出 {{n}} 分钟', missingPunch: '缺卡', frequentAbsence: '频繁离岗',
        monthClose: '月结', month: '月份', closed: '已月结', open: '未月结', close: '月结本月', reopen: '重开', reopenReason: '重开原因',
        actions: { Close: '月结', Reopen: '重开' },
        errors: {
          noSessions: '至少需要一个时段。', incomplete: '请填写时段名称、开始和结束时间。', reversed: '时段“{{name}}”的结束时间必须晚于开始时间。',
          overlap: '时段“{{a}}”和“{{b}}”时间重叠。', dates: '结束日期不能早于开始日期。', minutes: '分钟数须为 0–1440 的整数。',
          minutesStatus: '分钟数与更正后的状态不符：迟到须填迟到分钟，早退须填早退分钟，其他状态为 0。', reason: '请填写原因（至少 2 个字）。',
        },
      },
    },
  },
  en: {
    attendance: {
      results: {
        timetables: 'Timetables', anomalies: 'Attendance anomalies', hall: 'Hall', seasons: 'Season start dates', summerFrom: 'Summer from (MM-DD)',
        winterFrom: 'Winter from (MM-DD)', summer: 'Summer sessions', winter: 'Winter sessions', sessionName: 'Session', start: 'Start', end: 'End',
        addSession: 'Add a session', saved: 'Saved; this month is recomputed in the background.', shifts: 'Shifts (staggered, extended, holiday appointments)',
        kind: 'Kind', kinds: { Staggered: 'Staggered', Extended: 'Extended', Appointment: 'Holiday appointment' }, window: 'Window',
        from: 'From', to: 'To', dates: 'Dates', sessions: 'Sessions', addShift: 'Add a shift', delete: 'Delete', status: 'Status',
        statuses: STATUSES_EN, corrected: 'Corrections', toReview: 'To review', correctedOnly: 'Corrected', date: 'Date', person: 'Person',
        computed: 'Computed', correction: 'Correction', correct: 'Correct', correctTitle: 'Correct {{name}} on {{date}}, {{session}}',
        lateMinutes: 'Minutes late', earlyMinutes: 'Minutes early', reason: 'Reason', offPostMinutes: 'off post {{n}} min',
        outMinutes: 'out {{n}} min past return', missingPunch: 'missing punch', frequentAbsence: 'frequent absence', monthClose: 'Month close',
        month: 'Month', closed: 'Closed', open: 'Open', close: 'Close the month', reopen: 'Reopen', reopenReason: 'Reason to reopen',
        actions: { Close: 'Closed', Reopen: 'Reopened' },
        errors: {
          noSessions: 'At least one session is needed.', incomplete: 'Give each session a name, a start and an end.',
          reversed: 'The session “{{name}}” must end after it starts.', overlap: 'The sessions “{{a}}” and “{{b}}” overlap.',
          dates: 'The end date cannot be before the start date.', minutes: 'Minutes are whole numbers from 0 to 1440.',
          minutesStatus: 'The minutes do not fit the status: late needs minutes late, early leave minutes early, any other status none.',
          reason: 'Give a reason (at least 2 characters).',
        },
      },
    },
  },
};
