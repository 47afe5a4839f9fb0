/** Authoring (courses, question bank, exams, certificates) and statistics, in Chinese. Keys must match learning.en.ts. */
export const LEARNING_ZH = {
  title: '培训考试',
  validation: {
    range: '请输入 {{min}}–{{max}} 之间的整数', rangeNumber: '请输入 {{min}}–{{max}} 之间的数', maxLength: '最多 {{n}} 个字符',
    dateTime: '请输入有效的日期和时间', closesAfterOpens: '结束时间须晚于开始时间', toAfterFrom: '结束日期须晚于开始日期',
  },
  course: {
    create: '新建课程', edit: '编辑课程', filter: '按编号或名称查找', code: '课程编号', title: '课程名称', kind: '课程类别',
    description: '课程简介', creditHours: '学时', required: '必修', published: '已发布', publishedLabel: '发布（学员可见）',
    requiredLabel: '必修课程', draft: '未发布', lessons: '课时', minutes: '分钟', enrolled: '已安排', basics: '基本信息',
    audience: '面向对象', audienceHint: '不选表示面向所有人员', units: '窗口单位', windowTypes: '窗口类型', staffKinds: '人员类别',
    saved: '课程已保存', back: '返回课程列表', saveFirst: '保存课程后可添加课时和安排学员', enrol: '安排学员',
  },
  lesson: {
    add: '添加课时', edit: '编辑课时', title: '课时标题', minutes: '时长（分钟）', body: '课时内容', order: '序号', none: '还没有课时',
    bodyRequired: '请填写课时内容', source: '编辑 HTML', preview: '预览',
    tools: { bold: '加粗', italic: '斜体', heading: '标题', list: '项目列表', orderedList: '编号列表', link: '插入链接', linkPrompt: '链接地址（https://…）' },
  },
  enrol: {
    title: '安排学员', by: '安排方式', byStaff: '指定人员', byUnit: '整个窗口单位', byWindowType: '某类窗口的在岗人员',
    search: '按工号或姓名查找人员', picked: '已选 {{count}} 人', remove: '移除 {{name}}', unit: '窗口单位', windowType: '窗口类型',
    submit: '安排', result: '本次新安排 {{enrolled}} 人，已安排过 {{alreadyEnrolled}} 人。', pickSomeone: '请至少选择一人',
  },
  question: {
    bank: '题库', categories: '题目分类', allCategories: '全部分类', newCategory: '新分类名称', addCategory: '添加分类', count: '{{count}} 题',
    create: '新建题目', edit: '编辑题目', filter: '按编号或题干查找', tag: '标签', code: '题目编号', category: '分类', type: '题型',
    difficulty: '难度', stem: '题干', options: '选项', option: '选项 {{key}}', addOption: '添加选项', removeOption: '删除选项 {{key}}',
    correct: '正确答案', correctKeys: '正确选项', trueFalse: '判断', true: '正确', false: '错误', fillIn: '可接受的答案',
    fillInHint: '多个可接受的答案用 | 分隔，如：一次性告知|一次告知', tags: '标签', tagsHint: '用逗号分隔', explanation: '解析',
    import: '导入题目', export: '导出题目', importIntro: '按模板填写“题库”工作表后上传。按题目编号更新，不会删除题目；有错误时整个文件不导入。',
    imported: '导入完成：新增 {{created}}，更新 {{updated}}，未变 {{unchanged}}；新增分类 {{categoriesCreated}}。',
    needTwoOptions: '至少两个选项，且选项不能为空', pickOne: '请选择一个正确选项', pickSome: '请至少选择一个正确选项',
    created: '题目已保存', fillInRequired: '请填写至少一个可接受的答案',
  },
  exam: {
    create: '新建考试', edit: '编辑考试', title: '考试名称', course: '关联课程', noCourse: '不关联课程', preJob: '岗前考试（合格后发岗前合格证）',
    paperMode: '组卷方式', pointsPerQuestion: '每题分值', timeLimit: '答题时长（分钟）', opensAt: '开始时间', closesAt: '结束时间',
    beijing: '北京时间', attempts: '可考次数', passPercent: '及格线（%）', grading: '成绩计算', shuffleQuestions: '题目乱序',
    shuffleOptions: '选项乱序', questions: '试题', questionCount: '题数', maxScore: '满分', window: '考试时间', back: '返回考试列表',
    picked: '已选 {{count}} 题，满分 {{score}} 分', pick: '从题库选题', pickerSearch: '按编号或题干查找', addQuestion: '加入试卷',
    removeQuestion: '移出试卷', noQuestions: '请至少选择一道题', rules: '抽题规则', addRule: '添加规则', removeRule: '删除规则',
    anyDifficulty: '不限难度', anyType: '不限题型', count: '抽题数', points: '每题分值', noRules: '请至少添加一条抽题规则',
    available: '题库中符合条件的有 {{count}} 题', notEnough: '题库中只有 {{count}} 题符合条件', rulesTotal: '共抽 {{count}} 题，满分 {{score}} 分',
    results: '考试成绩', saved: '考试已保存',
    ruleErrors: { category: '请选择分类', count: '抽题数须为 {{min}}–{{max}} 的整数', points: '每题分值须为 {{min}}–{{max}} 的整数' },
  },
  attempt: {
    staff: '考生', number: '第几次', status: '状态', score: '得分', passed: '是否及格', startedAt: '开始时间', submittedAt: '交卷时间',
    pass: '及格', fail: '不及格', pending: '未评分', none: '还没有人参加考试',
  },
  certificate: {
    list: '合格证', holder: '持证人', holderSearch: '按工号或姓名查找持证人', code: '证书编号', title: '证书名称', kind: '证书类别',
    status: '状态', source: '来源', issuedOn: '发证日期', expiresOn: '有效期至', noExpiry: '长期', revoke: '吊销',
    revokeTitle: '吊销合格证 {{code}}', revokeWarn: '吊销后证书立即失效，持证人会收到通知。此操作不能撤销。', reason: '吊销原因',
    revoked: '已吊销：{{reason}}', import: '导入历史证书', importIntro: '按模板填写后上传以前取得的合格证。按原证书编号更新；有错误时整个文件不导入。',
    imported: '导入完成：新增 {{created}}，更新 {{updated}}，未变 {{unchanged}}。', clearHolder: '清除持证人',
  },
  statistics: {
    title: '培训统计', from: '开始日期', to: '结束日期', apply: '查询', period: '统计期间', hall: '中心', unit: '窗口单位',
    noUnit: '未分配单位', enrolled: '安排人次', completed: '完成人次', completionRate: '完成率', attempts: '考试人次', passed: '及格人次',
    passRate: '及格率', chart: '各单位完成率与及格率', hint: '按参训、考试当时所在的单位统计。',
  },
};
