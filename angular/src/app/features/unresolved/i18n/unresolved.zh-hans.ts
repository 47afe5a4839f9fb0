/** 办不成事's shared texts in Chinese (enum names, the hidden complainant; each area keeps its own); keys must match unresolved.en.ts. */
export const UNRESOLVED_ZH = {
  nav: { groups: { unresolved: '办不成事' } },
  home: {
    items: {
      unresolved: {
        todayCases: { title: '今日办不成事办件 {{count}} 件', text: '您是今日大厅巡导员，是当天办件的第一责任人。', action: '打开工作台' },
        overdueSteps: { title: '{{count}} 项办理时限已逾期', text: '本中心办不成事办件中已过期未完成的环节。', action: '查看时限' },
        escalationsToAnswer: { title: '{{count}} 件回访不满意办件待效能督查科回应', text: '须会同相关部门在 2 个工作日内回应诉求。', action: '去回应' },
        transfersToAnswer: { title: '{{count}} 件转办诉求待答复', text: '请主动联系诉求人，3 个工作日内答复。', action: '打开收件箱' },
      },
    },
  },
  unresolved: {
    hidden: '已隐去',
    hiddenWhy: '诉求人信息对被反映单位保密（任何人不得将举报人的姓名及其联系方式泄漏给被举报单位）。',
    hiddenViaSupervision: '经效能督查科转办，诉求人信息已隐去。',
    complainantKinds: { Person: '个人', Enterprise: '企业' },
    channels: { Window: '窗口', Hotline: '服务热线', Online: '线上' },
    notAcceptedReasons: { Legal: '涉法', Litigation: '涉诉', Petition: '涉访', ContraryToPolicy: '与现行政策不符' },
    categories: {
      General: '一般性情形', Complex: '较复杂情形', NonStandardService: '服务不规范情形', NotStationed: '未进驻情形', UnclearAuthority: '审批主体不明',
    },
    states: {
      Registered: '已登记', Handling: '处办中', Transferred: '已转办', Answered: '已答复', AwaitingFollowUp: '待回访', Escalated: '效能督查科处理中',
      Closed: '已办结', NotAccepted: '不予受理',
    },
    stepKinds: {
      Intake: '登记', NotAccepted: '不予受理', Classified: '分类', WindowAnswer: '窗口答复', Conference: '一事一议', ComplaintCheckOpened: '启动投诉核查',
      Transferred: '转办', FirstReply: '首次反馈', ReceiverAnswer: '承办单位答复', FollowUp: '跟踪回访', Escalated: '移交效能督查科',
      EscalationAnswer: '效能督查科回应', Closed: '办结',
    },
    deadlineKinds: {
      SameDayResolution: '当日办结', FirstReply: '当日首次反馈', ReceiverAnswer: '承办单位答复', FollowUp: '跟踪回访', EscalationAnswer: '效能督查科回应',
    },
    owners: { Guide: '巡导员', Desk: '窗口工作人员', Receiver: '承办单位', EfficiencySection: '效能督查科' },
    receiverKinds: { Department: '部门', Township: '镇（街道）', ConvenienceCentre: '市便民服务中心' },
    outcomes: { Resolved: '已解决', NotResolvable: '无法办理', NotAccepted: '不予受理' },
    due: {
      met: '已按时完成', late: '逾期完成', overdue: '已逾期', today: '今日到期', open: '{{date}} 前',
      notYet: '未到期',
      overdueDays: '已逾期 {{n}} 个自然日（应于 {{date}}）',
    },
  },
};
