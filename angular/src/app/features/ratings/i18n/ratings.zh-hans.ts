/** 好差评's shared texts in Chinese (each area keeps its own next to its pages); keys must match ratings.en.ts. */
export const RATINGS_ZH = {
  nav: { groups: { ratings: '好差评' } },
  ratings: {
    levels: { VerySatisfied: '非常满意', Satisfied: '满意', Basic: '基本满意', Dissatisfied: '不满意', VeryDissatisfied: '非常不满意' },
    channels: { Pad: '评价器', QrCode: '扫码评价' },
    caseStates: { Verifying: '待核实', CallingBack: '待回访', Rectifying: '待整改', Replying: '待答复', FollowingUp: '待回访评价', Closed: '已办结' },
    verdicts: { Real: '属实', Mistaken: '误评', Malicious: '恶意差评' },
    excluded: '已剔除',
  },
};
