/** 通报 in Chinese: menu, pages, enum names and the home page's items; keys must match the English file. */
export const BULLETINS_ZH = {
  nav: { groups: { bulletins: '通报' }, bulletins: '通报列表', bulletinSchedules: '生成计划' },
  enums: {
    BulletinState: { Rendering: '生成中', Draft: '草稿', Failed: '生成失败', Published: '已发布', Withdrawn: '已撤回' },
    BulletinPeriodKind: { Month: '月度', Year: '年度' },
    BulletinScope: { Hall: '中心', City: '全市' },
  },
  home: {
    items: {
      BulletinDraftsWaiting: { title: '{{count}} 份通报草稿待发布', text: '草稿没有编号，发布后才生效并对工作人员可见。', action: '去发布' },
      BulletinsNew: { title: '{{count}} 份新通报', text: '近 7 天发布的通报。', action: '查看通报' },
    },
  },
  bulletins: {
    list: {
      title: '通报', intro: '通报由系统按计划或关账自动生成草稿，经发布取得编号后生效；工作人员只看到本人范围内已发布的通报。',
      kind: '种类', year: '年份', state: '状态', number: '编号', name: '标题', period: '期间', issuedOn: '发文日期', pages: '页数',
      generate: '立即生成', open: '打开通报 {{title}}', noNumber: '—',
    },
    generate: {
      title: '立即生成通报', kind: '通报种类', scope: '范围', city: '全市（所有中心）', periodKind: '期间', year: '年份', month: '月份',
      monthName: '{{month}}月', submit: '生成', monthRequired: '请选择月份。', periodNotOver: '该期间尚未结束，结束后才能出通报。',
      closedHint: '这种通报须在数据关账后生成；关账时系统会自动生成草稿。', noHalls: '您没有可管理的中心。',
    },
    detail: {
      back: '返回通报列表', facts: '通报信息', kind: '种类', scope: '范围', period: '期间', state: '状态', number: '编号',
      issuingBody: '发文机关', issuedOn: '发文日期', publishedAt: '发布时间', withdrawnAt: '撤回时间', withdrawReason: '撤回原因',
      pages: '页数', size: '文件大小', sha256: 'SHA-256 摘要', code: '验证码', verify: '在线验证', createdAt: '生成时间',
      download: '下载 PDF', preview: '预览', noNumber: '发布后取得', city: '全市',
      rendering: '正在生成通报', progress: '已完成 {{done}} / {{total}} 行', progressStarting: '正在准备数据',
      failed: '生成失败', regenerate: '重新生成',
      draftNote: '这是草稿：带“草稿”水印，没有编号。发布后生成正式文件并取得编号。',
      withdrawnNote: '该通报已撤回，不再有效；验证页显示“已撤回”及原因。',
      publish: '发布', publishTitle: '发布通报',
      publishConfirm: '发布后将取得编号 〔{{year}}〕第 N 期（{{body}} {{year}} 年这类通报的下一个编号），不可撤销，只能撤回。确定发布吗？',
      published: '已发布，编号 {{number}}', deleteDraft: '删除草稿', deleteTitle: '删除草稿', deleteConfirm: '删除这份草稿？删除后可以重新生成。',
      deleted: '草稿已删除',
      withdraw: '撤回', withdrawTitle: '撤回通报 {{number}}', withdrawWarn: '撤回后该通报不再有效，编号不再使用；验证页将显示“已撤回”和撤回原因。',
      reason: '撤回原因', reasonHint: '至少 {{n}} 个字，将在验证页公开', reasonMin: '至少 {{n}} 个字', reasonMax: '最多 {{n}} 个字',
      withdrawn: '已撤回',
    },
    schedules: {
      title: '通报生成计划',
      intro: '按 cron 表达式（北京时间）定时生成草稿，草稿经发布后才生效。需关账的通报（如考勤月报）在该期间关账时自动生成草稿，不按计划运行。',
      kind: '通报种类', periods: '期间', scopes: '范围', cron: 'cron 表达式（分 时 日 月 周）', cronHint: '例如 0 8 1 * * 表示每月 1 日 8:00',
      cronInvalid: '须为 5 段：分 时 日 月 周', enabled: '启用', nextRuns: '接下来的运行时间（北京时间）', noRuns: '未启用',
      onClose: '关账时自动生成', save: '保存', saved: '已保存“{{kind}}”的计划',
    },
  },
};
