/** 事项目录、评价指标、第三方调查、服务效能; keys must match catalogue.en.ts. */
export const CATALOGUE_ZH = {
  ratings: {
    catalogue: {
      nav: { matters: '事项目录', tags: '评价指标', surveys: '第三方调查', efficiency: '服务效能' },
      search: '搜索（编号、名称）', code: '编码', unit: '单位', active: '启用', year: '年份', month: '月份', importHall: '导入到服务中心',
      imported: '导入完成：新增 {{created}} 条，更新 {{updated}} 条，未变 {{unchanged}} 条。',
      matters: {
        title: '事项目录', name: '事项名称', department: '所属部门', import: '导入事项',
        importIntro: '下载模板，按单位填写事项编码、名称和部门后上传；按编码新增或更新，有错误的行会逐条列出，全部无误才会写入。',
      },
      tags: {
        title: '评价指标', add: '新增指标', edit: '编辑指标', nameZh: '中文名称', nameEn: '英文名称', sortOrder: '排序', deactivate: '停用', activate: '启用',
        codeRule: '小写字母开头，只能包含小写字母、数字和连字符',
      },
      surveys: {
        title: '第三方满意度调查', period: '调查期', summary: '得分 {{score}} · 样本 {{n}}', aspects: '各维度得分', suggestions: '收集到的意见建议',
        import: '导入调查结果', importIntro: '每两个月一期；下载模板，按单位填写得分、样本量、各维度得分和意见建议后上传，同一期再次导入会替换原结果。',
        periods: { p1: '1–2 月', p2: '3–4 月', p3: '5–6 月', p4: '7–8 月', p5: '9–10 月', p6: '11–12 月' },
      },
      efficiency: {
        title: '服务效能', staff: '人员', updatedAt: '更新时间', import: '导入办件数据',
        importIntro: '从办件系统导出，按工号和月份填写办件量与按时办结数后上传；同一人同一月份再次导入会替换原数据。',
      },
    },
  },
};
