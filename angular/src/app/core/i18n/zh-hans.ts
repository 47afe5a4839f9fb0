/** Chinese (default). Keys must match en.ts; a unit test checks it. */
export const ZH_HANS = {
  app: { title: '政务服务中心培训考核平台' },
  common: {
    actions: '操作', all: '全部', cancel: '取消', confirm: '确定', edit: '编辑', empty: '暂无数据', home: '返回首页',
    no: '否', none: '无', save: '保存', saved: '已保存', yes: '是',
  },
  shell: {
    menu: '菜单', navigation: '主导航', inbox: '消息', scope: '数据范围', changePassword: '修改密码', signOut: '退出登录',
    switchLanguage: '切换语言',
  },
  login: { subtitle: '请使用工号或用户名登录', userName: '用户名', password: '密码', submit: '登录' },
  password: {
    title: '修改密码', forced: '首次登录或密码已被重置，请先设置新密码。', current: '当前密码', new: '新密码', confirm: '确认新密码',
    mismatch: '两次输入的新密码不一致',
  },
  validation: {
    required: '必填', minLength: '至少 {{n}} 个字符', code: '只能包含字母、数字、下划线和连字符', phone: '请输入有效的电话号码',
    date: '日期格式为 年-月-日', number: '请输入数字',
  },
  errors: { generic: '操作失败，请稍后重试。', network: '无法连接服务器，请检查网络。' },
  noAccess: { title: '无权访问', text: '您没有访问此页面的权限。如需开通，请联系系统管理员。' },
  notFound: { title: '页面不存在' },
  secret: { once: '此内容只显示这一次，请立即妥善保存。', saved: '我已保存' },
  paginator: {
    itemsPerPage: '每页条数', next: '下一页', previous: '上一页', first: '第一页', last: '最后一页', none: '0 条', range: '第 {{start}}–{{end}} 条，共 {{length}} 条',
  },
  enums: {
    ScopeKind: { None: '无', Own: '本人', Units: '所领导单位', Halls: '所管理中心', All: '全部' },
  },
  // The datepicker's labels (shared/dates.ts).
  datepicker: {
    calendar: '日历', open: '打开日历', close: '关闭日历', prevMonth: '上个月', nextMonth: '下个月', prevYear: '上一年', nextYear: '下一年',
    prevYears: '前 24 年', nextYears: '后 24 年', monthView: '选择日期', yearsView: '选择年份和月份',
  },
  // The PDF preview (shared/pdf-viewer.component.ts).
  pdf: {
    toolbar: 'PDF 工具栏', document: 'PDF 文件', pageOf: '第 {{page}} 页 共 {{pages}} 页', zoomIn: '放大', zoomOut: '缩小', fitWidth: '适合宽度',
    loading: '正在加载 PDF', retry: '重试',
    errors: {
      denied: '无权查看此文件，请重新登录后再试。', notFound: '文件不存在或已被删除。', invalid: '文件已损坏，不是有效的 PDF。',
      generic: 'PDF 无法显示，请稍后重试或下载后查看。',
    },
  },
};
