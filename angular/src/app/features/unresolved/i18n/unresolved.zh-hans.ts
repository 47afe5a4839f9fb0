/** 办不成事's texts in Chinese; keys must match unresolved.en.ts. */
export const UNRESOLVED_ZH = {
  nav: { groups: { unresolved: '办不成事' }, unresolved: '概况' },
  unresolved: { title: '办不成事', pendingEvents: '待投递事件：{{n}} 条' },
};
