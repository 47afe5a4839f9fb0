/** 请假和去向留言的中文文本（键须与 absences.en.ts 一致）。 */
export const ABSENCES_ZH = {
  nav: { myLeave: '我的请假', leaveQueue: '请假审批', leaveTypes: '假期类型和额度', whereabouts: '去向留言', teamWhereabouts: '本单位去向' },
  half: { Morning: '上午', Afternoon: '下午' },
  status: { Pending: '待审批', Approved: '已批准', Rejected: '未批准', Cancelled: '已撤回', Revoked: '已撤销' },
  actionKind: { Submitted: '提交申请', Approved: '批准', Rejected: '驳回', Cancelled: '撤回', Revoked: '撤销' },
  countMode: { WorkingDays: '按工作日', CalendarDays: '按自然日' },
  days: '{{days}} 天',
  my: {
    title: '我的请假', balances: '假期余额', year: '年度', entitled: '额度', used: '已用', pending: '审批中', remaining: '剩余',
    serviceYears: '工龄 {{years}} 年', adjusted: '已调整：{{reason}}', noBalances: '没有计额度的假期类型。',
    newRequest: '申请请假', type: '假期类型', startDate: '开始日期', startHalf: '开始', endDate: '结束日期', endHalf: '结束', reason: '事由',
    length: '共 {{days}} 天', left: '本年剩余 {{days}} 天', beyond: '超出剩余额度', noLength: '所选时段内没有需要请假的工作日',
    order: '结束不能早于开始', submit: '提交申请', submitted: '已提交，等待审批', requests: '我的申请', cancel: '撤回',
    confirmCancel: '确定撤回这条请假申请？', cancelled: '已撤回', waitingStep: '待第 {{step}} 级审批', empty: '还没有请假申请。',
    officialBusiness: '公出',
  },
  queue: {
    title: '请假审批', toApprove: '待我审批', approved: '已批准的请假', person: '申请人', unit: '单位', type: '类型', stretch: '时段', length: '天数',
    reason: '事由', status: '状态', steps: '第 {{step}}/{{required}} 级', approve: '批准', reject: '驳回', revoke: '撤销', history: '审批记录',
    decisionReason: '原因', reasonHint: '驳回和撤销必须说明原因', approvedMsg: '已批准', rejectedMsg: '已驳回', revokedMsg: '已撤销，相关时段按打卡重新计算',
    actingFor: '（代 {{name}}）', empty: '没有待审批的请假。',
    standIns: '代理审批', standInsHint: '外出期间，可指定本中心一名有审批权限的人员代为审批。', standInNumber: '代理人工号', from: '开始日期',
    to: '结束日期', addStandIn: '指定代理人', endStandIn: '结束代理', named: '我指定的代理', actingForMe: '我代理的审批人', ended: '已结束',
    standInAdded: '已指定代理人', standInEnded: '代理已结束', noStandIns: '暂无代理。',
  },
  types: {
    title: '假期类型和额度', code: '编码', nameZh: '中文名称', nameEn: '英文名称', countMode: '计算方式', hasBalance: '计额度', officialBusiness: '公出',
    sortOrder: '排序', active: '启用', add: '新增类型', edit: '编辑类型', saved: '已保存',
    balances: '个人额度调整', staff: '人员', year: '年度', entitled: '额度（天）', adjustReason: '调整原因', setBalance: '保存额度',
    halfDays: '额度以半天为单位', pickPerson: '先选择人员', workStart: '参加工作时间：{{date}}', noWorkStart: '未填写参加工作时间',
  },
  notes: {
    title: '去向留言', destination: '去向', expectedBack: '预计多久回来', minutes: '{{n}} 分钟', hours: '{{n}} 小时',
    leave: '去向留言', back: '我回来了', out: '外出中：{{destination}}', since: '离开于 {{time}}', expected: '预计 {{time}} 返回',
    overdue: '已超过预计返回时间', today: '今天的留言', none: '今天没有留言。', returnedAt: '{{time}} 返回', stillOut: '未返回', left: '已留言',
    welcomeBack: '欢迎回来', team: '本单位去向', outNow: '正在外出', nobodyOut: '目前无人外出。', person: '人员', window: '窗口',
    leftAt: '离开', backAt: '预计返回', returned: '返回', date: '日期',
  },
};

/** 首页待办（服务器发送 home.items.attendance.*）。 */
export const ABSENCES_HOME_ZH = {
  leaveToApprove: { title: '{{count}} 条请假待您审批', text: '包括您作为代理人可审批的申请。', action: '去审批' },
  openNotes: { title: '{{count}} 人外出未返回', text: '本单位当前未结束的去向留言。', action: '查看去向' },
  myPendingLeave: { title: '{{count}} 条请假审批中', text: '开始日期前可以撤回。', action: '查看' },
};
