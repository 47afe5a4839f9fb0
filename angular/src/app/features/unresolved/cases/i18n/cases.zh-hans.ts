/** The case list, the case page, its actions and the monthly problem list in Chinese; keys must match cases.en.ts. */
export const CASES_ZH = {
  nav: { unresolvedCases: '办件列表', unresolvedProblemList: '问题清单' },
  unresolved: {
    cases: {
      title: '办不成事办件', intro: '本人范围内的办件：中心管理人员和巡导员看本中心，窗口负责人看本单位被反映的办件（诉求人信息已隐去），窗口工作人员看本人登记的办件。',
      back: '返回办件列表', search: '编号或事项', state: '状态', category: '情形', unit: '窗口单位', receiver: '承办单位', from: '受理起', to: '受理止',
      overdueOnly: '仅看逾期', number: '编号', complainant: '诉求人', matter: '事项', none: '没有符合条件的办件。', notInHall: '未进驻 / 不在中心',
      kind: '类型', name: '姓名', enterprise: '企业', contact: '联系电话', call: '拨打电话', matterHeading: '反映事项', received: '受理',
      guide: '第一责任人（巡导员）', noGuide: '当日无排班巡导员', complaintCheck: '投诉核查', openComplaintCheck: '查看督查中的投诉核查',
      outcome: '办理结果', registrationForm: '事项登记表（PDF）', deadlines: '办理时限', dueOn: '应于 {{date}}', transfers: '转办',
      transferredAt: '{{at}} 由 {{by}} 转办', answeredBy: '{{at}} {{by}} 答复', transferSlip: '转办单（PDF）', history: '办理过程',
      satisfied: '满意', unsatisfied: '不满意',
    },
    actions: {
      classify: '分类', windowAnswer: '记录窗口答复', conference: '一事一议', complaintCheck: '移交效能督查科核查', transfer: '转办',
      firstReply: '首次反馈', followUp: '跟踪回访', escalationAnswer: '效能督查科回应', close: '办结', save: '提交',
      category: '情形',
      categoryHint: {
        none: '按工作机制的五种情形分类。', General: '巡导员协调相关窗口答复，即收即办或当日办结。', Complex: '会同相关科室“一事一议”，记录结论。',
        NonStandardService: '移交效能督查科，启动投诉核查。', NotStationed: '由业务协调科转相关部门、镇（街道），3 个工作日内答复。',
        UnclearAuthority: '由效能督查科转市便民服务中心处办并反馈。',
      },
      sections: '参加科室', sectionsRequired: '请至少选择一个科室。', receiver: '承办单位',
      satisfied: '回访结果', yesSatisfied: '满意', notSatisfied: '不满意', unsatisfiedNote: '不满意的办件将移交效能督查科，2 个工作日内会同相关部门回应。',
      outcome: '结果',
      text: {
        classify: '说明（可选）', windowAnswer: '窗口的答复', conference: '一事一议结论', complaintCheck: '移交说明', transfer: '转办说明（可选）',
        firstReply: '向诉求人反馈的内容', followUp: '回访记录', escalationAnswer: '回应内容', close: '办结说明',
      },
    },
    problemList: {
      title: '问题清单', intro: '按月的“办不成事”问题清单表；本周期内未办结的诉求在下个周期继续列出并在备注中标“是”。',
      hall: '中心', month: '月份', xlsx: '下载 Excel', pdf: '下载 PDF', seq: '序号', receivedAt: '受理时间', window: '受理窗口',
      complainant: '诉求人', contact: '联系电话', channel: '反映渠道', description: '具体问题诉求', handling: '处办及回复详细情况',
      inProgress: '处理中', basis: '处办依据', carriedOver: '上周期未办结', yes: '是', none: '本月没有办件。',
    },
  },
};
