/** 考勤看板区的中文文本（我的考勤、在岗看板、考勤月报、首页待办）；键须与 board.en.ts 一致。 */
export const BOARD_ZH = {
  attendance: {
    board: {
      nav: { my: '我的考勤', board: '在岗看板', report: '考勤月报' },
      weekdays: { d0: '一', d1: '二', d2: '三', d3: '四', d4: '五', d5: '六', d6: '日' },
      tone: {
        absent: '缺勤', outWithoutLeave: '未批外出', offPost: '脱岗', late: '迟到', early: '早退', leave: '请假',
        officialBusiness: '公出', present: '正常', rest: '休息', none: '无记录',
      },
      status: {
        Present: '正常', Late: '迟到', EarlyLeave: '早退', Absent: '缺勤', OnLeave: '请假', OfficialBusiness: '公出', OffPost: '擅自脱岗',
        OutWithoutLeave: '未经批准外出',
      },
      my: {
        title: '我的考勤', month: '{{year}}年{{month}}月', previous: '上个月', next: '下个月', thisMonth: '本月', calendar: '考勤日历',
        myLeave: '我的请假', whereabouts: '去向留言', summary: '本月统计', workingDays: '工作日 {{count}} 天', sessions: '已计算班次 {{count}} 个',
        dayDetails: '{{date}} 详情', chooseDay: '点选日历中的某一天查看详情。', session: '班次', expected: '应到', actual: '打卡',
        minutes: '分钟', lateMinutes: '迟到 {{count}} 分钟', earlyMinutes: '早退 {{count}} 分钟', corrected: '已更正', punches: '当日打卡',
        noPunches: '当日无打卡记录', leave: '请假', pending: '待审批', morning: '上午', afternoon: '下午', noSessions: '当日无考勤结果',
        dayLabel: '{{date}}：{{marks}}',
      },
      team: {
        title: '在岗看板', place: '单位或大厅', wholeHall: '{{hall}}（全厅）', refresh: '刷新', updated: '更新于 {{time}}，每 60 秒自动刷新',
        people: '人员', present: '在岗', out: '外出', late: '迟到', absent: '缺勤', windows: '窗口', uncovered: '无人在岗窗口',
        holders: 'A 角', backups: 'B 角', noBackup: '未设 B 角', noHolder: '无人', paused: '暂停服务 {{time}}', serving: '服务中 {{time}}',
        noStatus: '今日无服务状态', uncoveredBadge: 'A、B 角均不在岗', coveredBy: '由 B 角 {{name}} 顶岗', isPresent: '在岗', notPresent: '不在岗',
        whoIsOut: '外出人员', reason: '原因', since: '离开', back: '预计返回', marks: '今日考勤标记', nobodyOut: '当前无人外出', noMarks: '今日暂无迟到、缺勤或请假',
        staffNumber: '工号', name: '姓名', window: '窗口', firstPunch: '首次打卡', state: '状态', noPunch: '未打卡', everyone: '全部人员',
        outKind: { Leave: '请假：{{type}}', OfficialBusiness: '公出：{{type}}', Whereabouts: '去向：{{destination}}' },
        date: '日期', today: '回到今天', invalidDate: '请选择今天或之前 {{days}} 天以内的日期',
        asEnded: '显示 {{date}} 全天的情况（截至当日结束），不自动刷新', presentDay: '到岗', outDay: '请假或公出', wasPresent: '到岗', wasNotPresent: '未到岗',
        whoWasOut: '当日请假、公出和去向', nobodyOutDay: '当日无人请假、公出或留言外出', marksOn: '{{date}} 考勤标记', noMarksDay: '当日无迟到、缺勤或请假',
        marksColumn: '考勤标记', markLate: '迟到 {{count}} 分钟', markEarly: '早退 {{count}} 分钟',
        halves: { allDay: '全天', morning: '上午', afternoon: '下午' }, halvesOf: '（{{halves}}）',
        note: '去向：{{destination}} {{from}}–{{to}}', noteOpen: '去向：{{destination}} {{from}} 起，预计 {{back}} 返回，未销记',
      },
      report: {
        title: '考勤月报', month: '月份', place: '范围', allInScope: '我的全部范围', units: '按单位', people: '按人员', export: '导出 Excel',
        hall: '大厅', unit: '单位', staffNumber: '工号', name: '姓名', headcount: '人数', sessions: '班次', workedDays: '出勤天数',
        late: '迟到', lateMinutes: '迟到分钟', early: '早退', absent: '缺勤', offPost: '脱岗', outWithoutLeave: '未批外出', leaveDays: '请假天数',
        noUnit: '（无单位）', chart: '各单位迟到和缺勤（近几个月）', months: '月数', lateChart: '迟到次数（班次）', absentChart: '缺勤次数（班次）',
        invalidMonth: '请输入有效月份（不晚于本月）', chartTable: '图表数据',
      },
    },
  },
  home: {
    items: {
      attendance: {
        board: {
          anomalies: { title: '{{count}} 个考勤异常待复核', text: '近 {{days}} 天内迟到、早退、缺勤、脱岗或未批外出且尚未更正的班次。', action: '查看月报' },
          absentToday: { title: '今日 {{count}} 人缺勤', text: '今天缺勤或未经批准外出的人员。', action: '查看在岗看板' },
        },
      },
    },
  },
};
