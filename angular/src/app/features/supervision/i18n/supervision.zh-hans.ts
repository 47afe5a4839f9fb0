/** 督查's shared texts in Chinese (each area keeps its own next to its pages); keys must match supervision.en.ts. */
export const SUPERVISION_ZH = {
  nav: { groups: { supervision: '督查' } },
  supervision: {
    kinds: { Violation: '问题', Commendation: '表扬' },
    categories: {
      WorkDiscipline: '工作纪律', AppearanceEtiquette: '仪容仪表', ServiceAttitude: '服务态度', Integrity: '廉洁', BusinessNorms: '业务规范',
      Banner: '锦旗', ThankYouLetter: '感谢信', GoodDeed: '好人好事',
    },
    inspectionKinds: {
      Open: '明察', Covert: '暗访', VideoPatrol: '视频巡查', RandomCheck: '随机巡查', SimulatedService: '模拟办事', WalkThrough: '走流程', ComplaintCheck: '投诉核查',
    },
    walkModes: { Apply: '办', OnBehalf: '代办', Accompany: '陪办', SitIn: '坐窗', Backward: '倒推' },
    backwardSources: { BadRating: '好差评差评', Hotline12345: '12345 热线' },
    channels: { Online: '线上', Hall: '大厅' },
    targets: { Person: '个人', Window: '窗口' },
    findingStates: { Recorded: '已记录', Disputed: '异议中', Upheld: '已维持', Withdrawn: '已撤销' },
    ledgerSources: { Finding: '督查问题', WalkThrough: '走流程', SelfCheck: '对照自查' },
    ledgerStates: { Open: '待整改', InProgress: '整改中', Rectified: '待验收', Accepted: '已验收', SentBack: '已退回' },
    marks: { False: '虚假整改', Perfunctory: '敷衍整改' },
    overdue: '拖而不改',
    reviewOutcomes: { Accepted: '验收通过', SentBack: '退回', Reopened: '回头看重新整改', Confirmed: '回头看确认' },
  },
};
