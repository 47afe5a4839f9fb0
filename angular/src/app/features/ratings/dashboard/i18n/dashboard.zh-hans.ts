/** 好差评统计、评价明细、我的评价; keys must match dashboard.en.ts. */
export const DASHBOARD_ZH = {
  ratings: {
    dashboard: {
      nav: { dashboard: '好差评统计', list: '评价明细', my: '我的评价' },
      title: '好差评统计', allRatings: '查看评价明细', place: '范围', allInScope: '全部（我的数据范围）', from: '起始月份', to: '截止月份',
      kpis: '主要指标', ratings: '评价数', satisfaction: '满意率', bad: '差评数', excludedNote: '另有 {{n}} 条已剔除，不计入',
      callbackRate: '实名差评回访率', rectificationRate: '差评整改率', ofTarget: '{{done}} / {{total}}，目标 {{target}}', belowTarget: '未达目标',
      onTimeNote: '按时 {{rate}}', openCases: '办理中 {{open}} 件，超期 {{overdue}} 件', noMatter: '未选事项',
      trend: '月度趋势', drillHint: '点击柱形或名称查看对应评价', badCount: '差评 {{n}}',
      by: { window: '按窗口', matter: '按事项', tag: '按评价指标' },
      units: '各单位满意率与第三方调查', unit: '单位', survey: '第三方调查', surveyLine: '{{year}} 年第 {{period}} 期：{{score}} 分（样本 {{n}}）',
      efficiency: '服务效能', personMonths: '人·月', caseVolume: '办件量', onTime: '按时办结', onTimeRate: '按时办结率', efficiencyDetail: '查看每人每月明细',
      list: {
        title: '评价明细', ratedAt: '评价时间', level: '评价等级', channel: '渠道', caseNumber: '办件编号', window: '窗口', matter: '事项', staff: '服务人员',
        tags: '评价指标', rater: '评价人', case: '差评工单', from: '起始日期', to: '截止日期', excludedFilter: '是否剔除', counted: '计入统计',
        badOnly: '只看差评', toAttribute: '待认定', attribute: '认定', nobody: '无人在岗', anonymous: '匿名', raterRemoved: '已按期删除',
        drilled: '已按图表筛选', clear: '清除此筛选', by: { window: '指定窗口', matter: '指定事项', tag: '指定评价指标', staff: '指定人员' },
      },
      attribute: {
        title: '认定服务人员', text: '评价时（{{window}}，办件 {{case}}）有两人可能在岗，请确认由谁提供服务。', save: '确认认定', done: '已认定为 {{name}}',
      },
      my: { title: '我的评价', appeal: '申诉', appealed: '申诉已提交，等待中心裁定' },
    },
  },
};
