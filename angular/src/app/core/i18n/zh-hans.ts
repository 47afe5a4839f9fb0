import { LEARNING_ZH } from '../../features/learning/i18n/learning.zh-hans';
import { MY_LEARNING_ZH } from '../../features/learning/i18n/my-learning.zh-hans';

/** Chinese (default). Keys must match en.ts; a unit test checks it. */
export const ZH_HANS = {
  app: { title: '政务服务中心培训考核平台' },
  common: {
    actions: '操作', all: '全部', cancel: '取消', confirm: '确定', edit: '编辑', empty: '暂无数据', home: '返回首页',
    no: '否', none: '无', save: '保存', saved: '已保存', yes: '是',
  },
  nav: {
    groups: { organization: '组织机构', myLearning: '我的学习', learning: '培训考试', admin: '系统管理' },
    tree: '机构与窗口', staff: '人员', myRecord: '我的档案', import: '人员导入', calendar: '工作日历',
    myCourses: '我的课程', myExams: '我的考试', myCertificates: '我的合格证',
    courses: '课程管理', questions: '题库', exams: '考试管理', certificates: '合格证', learningStatistics: '培训统计',
    users: '用户', roles: '角色与权限', deviceKeys: '设备密钥', settings: '系统设置',
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
  tree: { units: '{{count}} 个窗口单位', staff: '人员', windows: '窗口' },
  unit: { create: '新建窗口单位', code: '单位编码', name: '单位名称', kind: '单位类型', department: '派驻部门', leads: '首席事务代表' },
  window: { create: '新建窗口', code: '窗口编号', name: '窗口名称', type: '窗口类型' },
  staff: {
    create: '新增人员', filter: '按工号或姓名查找', staffNumber: '工号', name: '姓名', kind: '人员类别', status: '状态', hall: '中心',
    unit: '窗口单位', window: '窗口', phone: '电话', department: '派驻部门', account: '登录账号', accountCreated: '已创建登录账号',
  },
  assignment: {
    assign: '安排上岗', move: '调整窗口', end: '结束在岗', return: '退回派驻部门', current: '当前窗口', window: '窗口', date: '生效日期',
    dateHint: '留空表示今天', reason: '原因', history: '在岗记录', start: '开始日期', endDate: '结束日期', endKind: '结束方式',
    ongoing: '在岗中', none: '未安排窗口',
  },
  import: {
    intro: '按模板填写“单位”“窗口”“人员”三个工作表后上传。按工号等自然键更新，不会删除数据；有错误时整个文件不导入。',
    template: '下载模板', choose: '选择 .xlsx 文件', upload: '上传导入', progress: '上传进度', uploading: '正在上传 {{p}}%',
    checking: '正在校验和导入…', done: '导入完成：新增人员 {{staffCreated}}，更新 {{staffUpdated}}，未变 {{unchanged}}；新增单位 {{unitsCreated}}，新增窗口 {{windowsCreated}}。',
    errorRows: '共 {{count}} 处错误', sheet: '工作表', row: '行', column: '列', message: '说明',
  },
  calendar: {
    year: '年份', previous: '上一年', next: '下一年', workingDays: '全年工作日 {{n}} 天', sample: '本年度日历含示例数据，请导入正式的节假日安排。',
    sampleShort: '示例', date: '日期', kind: '类型', name: '名称', imported: '日历已导入：新增 {{created}}，更新 {{updated}}，未变 {{unchanged}}。',
  },
  inbox: { title: '消息', unreadOnly: '只看未读', markAll: '全部标为已读', markRead: '标为已读', open: '查看', empty: '没有消息' },
  users: {
    create: '新建用户', edit: '编辑用户', filter: '按用户名或姓名查找', userName: '用户名', displayName: '姓名', roles: '角色', state: '状态',
    active: '启用', inactive: '停用', locked: '已锁定', mustChange: '需改密码', resetPassword: '重置密码', oneTimePassword: '一次性密码',
  },
  roles: { scope: '数据范围' },
  deviceKeys: {
    intro: '考勤机、评价器等设备使用密钥调用接口（请求头 X-Device-Key）。', name: '设备名称', create: '生成密钥', created: '设备密钥已生成',
    prefix: '前缀', lastUsed: '最近使用', revoke: '吊销', revoked: '已吊销', secret: '密钥',
  },
  settings: {
    intro: '留空表示使用默认值。', default: '默认', range: '取值范围 {{min}}–{{max}}', value: '值', useDefault: '使用默认值', allHalls: '所有中心',
  },
  secret: { once: '此内容只显示这一次，请立即妥善保存。', saved: '我已保存' },
  paginator: {
    itemsPerPage: '每页条数', next: '下一页', previous: '上一页', first: '第一页', last: '最后一页', none: '0 条', range: '第 {{start}}–{{end}} 条，共 {{length}} 条',
  },
  enums: {
    StaffKind: { Own: '中心在编', Dispatched: '派驻人员', Contract: '合同制（非在编）' },
    StaffStatus: { Active: '在职', Returned: '已退回', Left: '已离开' },
    UnitKind: { StationedDepartment: '进驻部门', HallOwn: '中心自有' },
    HallKind: { Centre: '中心', SubCentre: '分中心', Township: '乡镇（街道）便民服务中心' },
    WindowType: { Comprehensive: '综合受理窗口', Department: '部门窗口', GreenChannel: '绿色通道', Unresolved: '办不成事反映窗口', Tidal: '潮汐窗口' },
    AssignmentEndKind: { Moved: '调整窗口', Ended: '结束在岗', Returned: '退回派驻部门' },
    CalendarDayKind: { Holiday: '节假日', MakeUpWorkday: '调休上班' },
    ScopeKind: { None: '无', Own: '本人', Units: '所领导单位', Halls: '所管理中心', All: '全部' },
    CourseKind: { PreJob: '岗前培训', Routine: '日常培训', Professional: '专业培训', MultiPost: '多岗技能储备' },
    EnrollmentSource: { Manager: '管理员安排', Self: '自主报名' },
    QuestionType: { SingleChoice: '单选题', MultipleChoice: '多选题', TrueFalse: '判断题', FillIn: '填空题' },
    Difficulty: { Easy: '容易', Medium: '中等', Hard: '困难' },
    PaperMode: { Fixed: '固定试卷', Rules: '按规则抽题' },
    GradingPolicy: { Highest: '取最高分', Last: '取最后一次' },
    AttemptStatus: { InProgress: '答题中', Submitted: '已交卷', TimedOut: '超时自动交卷' },
    CertificateKind: { PreJob: '岗前培训合格证', Course: '课程结业证' },
    CertificateSource: { Earned: '系统内取得', Imported: '导入' },
    CertificateStatus: { Valid: '有效', Expired: '已过期', Revoked: '已吊销' },
  },
  myLearning: MY_LEARNING_ZH,
  learning: LEARNING_ZH,
  // The datepicker's labels (shared/dates.ts).
  datepicker: {
    calendar: '日历', open: '打开日历', close: '关闭日历', prevMonth: '上个月', nextMonth: '下个月', prevYear: '上一年', nextYear: '下一年',
    prevYears: '前 24 年', nextYears: '后 24 年', monthView: '选择日期', yearsView: '选择年份和月份',
  },
};
