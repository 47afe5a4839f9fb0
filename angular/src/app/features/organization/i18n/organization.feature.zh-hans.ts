/** The organization feature's texts in Chinese (menu, pages, enum names); keys must match the English file. */
export const ORGANIZATION_ZH = {
  nav: {
    groups: { organization: '组织机构' },
    tree: '机构与窗口', staff: '人员', myRecord: '我的档案', import: '人员导入', calendar: '工作日历',
  },
  tree: { units: '{{count}} 个窗口单位', staff: '人员', windows: '窗口' },
  unit: { create: '新建窗口单位', code: '单位编码', name: '单位名称', kind: '单位类型', department: '派驻部门', leads: '首席事务代表' },
  window: { create: '新建窗口', code: '窗口编号', name: '窗口名称', type: '窗口类型' },
  staff: {
    create: '新增人员', filter: '按工号或姓名查找', staffNumber: '工号', name: '姓名', kind: '人员类别', status: '状态', hall: '中心',
    unit: '窗口单位', window: '窗口', phone: '电话', department: '派驻部门', account: '登录账号', accountCreated: '已创建登录账号',
    edit: '编辑人员', workStartDate: '参加工作时间', workStartHint: '用于按工龄计算年休假，可不填', workStartFuture: '不能晚于今天',
    serviceYears: '工龄 {{n}} 年',
  },
  backup: {
    title: '岗位AB角', intro: '{{date}} 各窗口的在岗人员（A角）与B角；B角须为本单位在职人员，同一岗位的B角期间不能重叠。',
    primary: 'A角（在岗）', backup: 'B角', set: '设置B角', end: '结束B角', from: '开始日期', to: '结束日期',
    toHint: '最后一天（含）；留空表示长期', endHint: '最后一天（含）', backupHint: '本单位在职人员', order: '结束日期不能早于开始日期',
    open: '长期', upcoming: '未生效', covers: '替 {{a}}', noHolder: '无人在岗',
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
  enums: {
    StaffKind: { Own: '中心在编', Dispatched: '派驻人员', Contract: '合同制（非在编）' },
    StaffStatus: { Active: '在职', Returned: '已退回', Left: '已离开' },
    UnitKind: { StationedDepartment: '进驻部门', HallOwn: '中心自有' },
    HallKind: { Centre: '中心', SubCentre: '分中心', Township: '乡镇（街道）便民服务中心' },
    WindowType: { Comprehensive: '综合受理窗口', Department: '部门窗口', GreenChannel: '绿色通道', Unresolved: '办不成事反映窗口', Tidal: '潮汐窗口' },
    AssignmentEndKind: { Moved: '调整窗口', Ended: '结束在岗', Returned: '退回派驻部门' },
    CalendarDayKind: { Holiday: '节假日', MakeUpWorkday: '调休上班' },
  },
};
