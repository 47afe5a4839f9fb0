/** 技能大赛's pages in Chinese (list, announcement, my contests, judging, console, board); keys must match the English file. */
export const CONTESTS_PAGES_ZH = {
  nav: { myContests: '我的比赛', contestJudging: '评委评分', contestsOverview: '大赛概况' },
  home: {
    items: {
      contests: {
        openForEntry: { title: '{{count}} 项技能大赛正在报名', text: '本人范围内正在报名、您尚未报名的大赛。', action: '去报名' },
        entriesToConfirm: { title: '{{count}} 个报名待确认', text: '单位负责人推荐的人员和团队报名须由组织者确认。', action: '去确认' },
        sheetsToScore: { title: '{{count}} 份评分表待提交', text: '您担任评委的轮次中尚未提交的评分表。', action: '去评分' },
      },
    },
  },
  contests: {
    states: { Draft: '草稿', Announced: '报名中', Closed: '比赛中', Published: '已公布' },
    entryModes: { Individual: '个人赛', Team: '团体赛' },
    entryStates: { Entered: '已报名', Withdrawn: '已退赛' },
    roles: { Organiser: '组织者', Judge: '评委', ChiefJudge: '裁判长' },
    roundKinds: { Written: '笔试', Practical: '实操', Scenario: '情景模拟', Speech: '演讲' },
    roundStates: { Pending: '未开始', Open: '进行中', Closed: '已结束' },
    tiers: { First: '一等奖', Second: '二等奖', Third: '三等奖', Excellence: '优秀奖' },
    rules: { TrimmedMean: '去掉一个最高分和一个最低分后的平均', Mean: '算术平均', Exam: '笔试成绩' },
    list: {
      title: '技能大赛', intro: '本人范围内的技能大赛：公告、报名时间、赛程。报名期内可自行报名，也可由单位负责人推荐；比赛以赛代训，参赛计入培训学时。',
      new: '新建大赛', state: '状态', filter: '按名称查找', name: '名称', window: '报名时间', entries: '报名人数', entered: '已报名',
      openNow: '正在报名', none: '没有符合条件的大赛。',
    },
    detail: {
      back: '返回大赛列表', board: '排行榜', console: '组织管理', judging: '评委评分', window: '报名时间', mode: '参赛方式',
      teamSize: '（每队至多 {{n}} 人）', scope: '范围', city: '全市所有中心', creditHours: '培训学时', entries: '报名人数', tiers: '奖项设置',
      tierCount: '{{n}} 名', tierShare: '前 {{n}}%', rounds: '赛程', share: '占总成绩 {{n}}%', maxPoints: '满分 {{n}}',
    },
    my: {
      title: '我的参赛', listTitle: '我的比赛', entered: '您已报名。', drawNumber: '抽签号 {{n}}', drawLater: '报名截止后抽签。',
      takeExam: '去参加笔试', score: '本轮成绩', total: '总成绩', rank: '第 {{n}} 名', certificate: '下载{{tier}}证书', code: '验证码',
      withdraw: '退赛', withdrawConfirm: '确定退出“{{title}}”？第一轮开始后不能再退赛。', enter: '报名参赛',
      notEntered: '当前不在报名期，或您不在本次大赛范围内。', unconfirmed: '待组织者确认', open: '查看', none: '您还没有报名任何大赛。',
      certificates: '获奖证书',
    },
    judging: {
      title: '评委评分', intro: '您被指派评分的大赛轮次。选手只以抽签号显示；与您同单位的选手须回避。',
      progress: '已提交 {{done}} / {{of}} 份，回避 {{recused}} 人', open: '开始评分', none: '您目前没有需要评分的轮次。',
      numbers: '选手抽签号', entrant: '{{n}} 号选手', recused: '该选手与您同一单位，按规定回避，不能评分。', total: '合计',
      save: '暂存', submit: '提交评分表', submitHint: '提交后评分表锁定，如需更正须由裁判长填写理由。',
      locked: '已提交（{{at}}），评分表已锁定。', corrected: '{{by}} 于 {{at}} 更正：{{old}} → {{new}}，理由：{{reason}}',
      correctStart: '更正（裁判长）', correct: '保存更正', reason: '更正理由', reasonHint: '至少 {{n}} 个字。',
      previous: '上一位', next: '下一位',
      errors: { required: '请填写分数。', notNumber: '请填写数字。', negative: '分数不能为负。', aboveMax: '不能超过满分 {{max}}。', tooPrecise: '至多两位小数。' },
    },
    board: {
      title: '排行榜', back: '返回大赛', rank: '名次', number: '抽签号', names: '选手', weight: '权重 {{n}}', total: '总成绩', mine: '（我）',
      judges: '{{n}} 位评委', none: '尚无选手。', tieRule: '同分规则', live: '实时更新中', offline: '连接中断，正在重连', namesHidden: '公布前不显示姓名',
      distribution: '成绩分布（人数）',
    },
    form: {
      title: '大赛名称', titleRequired: '请填写名称。', description: '公告内容', descriptionHint: '发布时通过站内信发送给范围内所有人员。',
      scope: '范围（中心）', scopeHint: '不选即所属范围内的全部中心。', mode: '参赛方式', teamSize: '每队人数', teamSizeRange: '每队 2 至 {{max}} 人。',
      creditHours: '培训学时', creditHoursRange: '0 至 {{max}} 学时。', opensAt: '报名开始（北京时间）', closesAt: '报名截止（北京时间）',
      window: { closesBeforeOpens: '报名截止须晚于报名开始。' },
      showNames: '排行榜公布前也显示姓名', tiers: '奖项', tierBy: '确定方式', byCount: '按名额', byShare: '按比例', count: '名额', share: '比例（%）',
      tierErrors: { oneOf: '请填写名额或比例。', count: '名额至少为 1。', share: '比例须在 1% 至 100% 之间。' },
      sharesTooLarge: '各奖项比例之和不能超过 100%。',
    },
    staff: {
      organisers: '组织者', judges: '评委', addOrganiser: '添加组织者（工号或姓名）', addJudge: '添加评委（工号或姓名）', chief: '裁判长',
      noChief: '不设裁判长', remove: '移除 {{name}}',
    },
    rounds: {
      intro: '各轮成绩先折算为百分制，再按权重计入总成绩。笔试轮使用学习模块中与本大赛同一归属的考试。', round: '第 {{n}} 轮',
      kind: '类型', title: '名称', weight: '权重', exam: '笔试考试', examHint: '在“考试管理”中以本大赛的归属创建考试，再在此关联。',
      criterion: '评分项 {{n}}', maxPoints: '满分', removeCriterion: '删除评分项', addCriterion: '添加评分项', judges: '本轮评委',
      judgesHint: '从本大赛的评委中选择。', remove: '删除本轮', add: '添加一轮',
      errors: { weight: '权重须大于 0。', noCriteria: '评分轮至少要有一个评分项。', criterionName: '请填写评分项名称。', criterionMax: '评分项满分须大于 0。', exam: '请选择笔试考试。' },
    },
    entries: {
      count: '有效报名 {{n}} 个', export: '导出报名表（.xlsx）', who: '选手', how: '报名方式', nominatedBy: '{{name}} 推荐', self: '本人报名',
      state: '状态', confirm: '确认', none: '还没有报名。',
    },
    progress: { refresh: '刷新', judge: '评委', submitted: '已提交', saved: '已暂存', recused: '回避', toDo: '待评' },
    awards: {
      compute: '按最终排名评定奖项', published: '已于 {{at}} 公布', publish: '公布结果', publishConfirm: '公布“{{title}}”的结果？公布后发放证书和培训学时，并生成结果通报，奖项不能再修改。',
      tier: '奖项', noAward: '不获奖', reason: '调整理由', edit: '调整', changed: '原评定：{{from}}；调整理由：{{reason}}',
    },
    console: {
      new: '新建技能大赛', title: '组织管理', announcement: '查看公告', announce: '发布公告', announceConfirm: '发布“{{title}}”？公告将发送给范围内所有人员，报名按设定时间开放。',
      announced: '公告已发送给 {{n}} 人。', closeEntry: '截止报名并抽签', closeEntryConfirm: '截止“{{title}}”的报名并抽签？之后不能再报名。',
      openRound: '开始：{{title}}', closeRound: '结束：{{title}}', closeRoundConfirm: '结束“{{title}}”？未提交的评分表不计入成绩。', closeRoundShort: '结束本轮',
      displayLink: '大屏链接', displayUrl: '大屏地址（无需登录）',
      tabs: { settings: '基本设置', people: '组织者与评委', rounds: '赛程与评分项', entries: '报名', progress: '评分进度', awards: '奖项与公布' },
    },
  },
};
