/** 扫码评价、好差评公示、回访评价 (the citizens' pages); keys must match public.en.ts. */
export const PUBLIC_ZH = {
  ratings: {
    public: {
      rate: {
        title: '请对本次服务进行评价', level: '满意程度', levelRequired: '请选择满意程度', tags: '评价指标（可多选）', tagsBad: '哪些方面不满意？（可多选）',
        caseNumber: '办件编号', caseNumberHint: '见受理回执或短信；每件只能评价一次', matter: '办理事项', matterUnknown: '不清楚 / 未列出',
        comment: '意见和建议（选填）', realName: '实名评价（选填）', realNameHint: '留下联系方式，差评将由专人回访；信息仅供回访人员查看。',
        kind: '评价人类型', person: '个人', enterprise: '企业', name: '姓名', contact: '联系人', phone: '手机号码', phoneInvalid: '请输入 11 位手机号码',
        enterpriseName: '企业名称', creditCode: '统一社会信用代码', creditCodeInvalid: '统一社会信用代码为 18 位数字或大写字母',
        submit: '提交评价', thanks: '感谢您的评价', thanksText: '您的评价已提交。', thanksBad: '您的评价已提交，我们将尽快核实处理并答复。',
        again: '评价另一件事项',
      },
      errors: {
        alreadyRated: '该办件已通过扫码评价过，一件事项只能评价一次。', tooMany: '提交过于频繁，请稍后再试。',
        unknownWindow: '评价二维码无效或窗口已停用，请向工作人员咨询。', network: '网络连接失败，请检查网络后重新提交（不会重复评价）。',
      },
      disclosure: {
        title: '好差评公示', hall: '服务中心', month: '月份', ratings: '评价数', satisfaction: '满意率', bad: '差评数', good: '非常满意及满意', units: '各单位', unitsName: '单位', windows: '各窗口', windowsName: '窗口',
        chart: '各单位满意率', badRatings: '差评及整改答复', reply: '答复：', noReply: '正在处理中', noBad: '本月无差评',
      },
      followUp: {
        title: '回访评价', served: '办理日期：{{date}}', reply: '处理答复',
        level: '您对处理结果是否满意？', submit: '提交回访评价', thanks: '感谢您的回访评价。', recorded: '该办件的回访评价已记录，感谢您的反馈。',
        invalid: '链接无效或已过期。',
      },
    },
  },
};
