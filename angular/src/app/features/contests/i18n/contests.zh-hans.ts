/** 技能大赛's texts in Chinese; keys must match contests.en.ts. */
export const CONTESTS_ZH = {
  nav: { groups: { contests: '技能大赛' }, contests: '大赛列表' },
  contests: { title: '技能大赛', pendingEvents: '待投递事件：{{n}} 条' },
};
