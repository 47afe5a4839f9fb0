/** 示例模块's texts in Chinese; keys must match sample.en.ts. */
export const SAMPLE_ZH = {
  nav: { groups: { sample: '示例模块' }, sample: '概况' },
  sample: { title: '示例模块', pendingEvents: '待投递事件：{{n}} 条' },
};
