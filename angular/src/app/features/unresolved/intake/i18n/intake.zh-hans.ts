/** 办不成事登记 in Chinese; keys must match intake.en.ts. */
export const INTAKE_ZH = {
  nav: { unresolvedIntake: '办不成事登记' },
  unresolved: {
    intake: {
      title: '办不成事登记',
      intro: '听取诉求并如实记录。保存后系统编号，并立即通知当日大厅巡导员（第一责任人）。涉法、涉诉、涉访及与现行政策不符的事项不予受理，但须登记并写明向诉求人作出的解释。',
      channel: '反映渠道', complainant: '诉求人', kind: '诉求人类型', name: '姓名', phone: '联系电话',
      phoneHint: '手机号或带区号的固定电话', enterpriseName: '企业名称',
      matterHeading: '反映事项', matter: '办理事项', hall: '中心', unit: '涉及窗口单位', unitHint: '未进驻中心的事项选“未进驻/不在中心”',
      notInHall: '未进驻 / 不在中心', window: '涉及窗口', anyWindow: '不指定窗口', description: '反映情况（办不成的事）',
      notAccepted: '不予受理', notAcceptedHint: '仅限涉法、涉诉、涉访及与现行政策不符的事项；登记后即办结。',
      reason: '不予受理原因', explanation: '向诉求人作出的解释', explanationHint: '诉求人被告知的内容，将记入登记表。',
      notAcceptedMissing: '不予受理须选择原因并填写向诉求人作出的解释。',
      save: '保存登记', savedNumber: '已登记，编号', savedGuide: '已通知当日巡导员 {{name}}，由其负责跟踪处理。',
      savedNoGuide: '今日无排班巡导员，已通知中心管理人员（效能督查科）。', savedNotAccepted: '已按不予受理（{{reason}}）登记并办结。',
      open: '查看办件', again: '继续登记',
    },
  },
};
