/** 联络员收件箱 in Chinese; keys must match inbox.en.ts. */
export const INBOX_ZH = {
  nav: { unresolvedInbox: '转办收件箱' },
  unresolved: {
    inbox: {
      title: '转办收件箱', intro: '转给本单位的“办不成事”诉求：请主动联系诉求人，原则上 3 个工作日内协调处办并答复，答复将反馈“办不成事”窗口。',
      view: '显示', open: '待答复', answered: '已答复', none: '没有转办件。', transferred: '{{at}} 由 {{by}} 转办', answerBy: '应于 {{date}} 前答复',
      answer: '处理及回复情况', answerHint: '表述详实；不符合办理条件的写明依据。', files: '附件（最多 {{n}} 个，每个不超过 10 MB）',
      fileProblems: { tooMany: '最多 {{n}} 个附件。', tooLarge: '单个附件不能超过 10 MB。', empty: '附件不能是空文件。' },
      show: '查看', noteBy: '{{by}} 转办说明：',
      send: '提交答复', answerAction: '答复', yourAnswer: '{{at}} {{by}} 答复',
    },
  },
};
