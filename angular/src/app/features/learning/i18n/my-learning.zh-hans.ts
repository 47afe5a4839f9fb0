/** "My learning" and the public verification page, in Chinese. Keys must match my-learning.en.ts. */
export const MY_LEARNING_ZH = {
  title: '我的学习',
  courses: {
    enrolledTitle: '已报名的课程', available: '可自主报名的课程', availableHint: '以下已发布的课程面向您所在的单位、窗口或人员类别，报名后即可学习。',
    noneEnrolled: '您还没有课程。可以在下方自主报名，或等待管理员安排。', noneAvailable: '暂无可报名的课程。',
    required: '必修', elective: '选修', creditHours: '{{n}} 学时', lessons: '共 {{n}} 节', minutes: '约 {{n}} 分钟',
    progress: '已学 {{done}} / {{total}} 节', progressLabel: '学习进度', completedOn: '{{date}} 完成', enrolledOn: '{{date}} 报名',
    enroll: '报名', enrolled: '已报名“{{title}}”', start: '开始学习', continue: '继续学习', revisit: '回顾课程', done: '已完成',
  },
  reader: {
    attachments: '附件',
    back: '我的课程', lessons: '课时目录', notEnrolled: '您尚未报名该课程，请先在“我的课程”中报名。', empty: '本课程还没有课时。',
    lessonNo: '第 {{n}} 节', minutes: '约 {{n}} 分钟', complete: '学完本节', lessonDone: '本节已学完', next: '下一节', previous: '上一节',
    keepReading: '请继续阅读，{{n}} 秒后可标记为学完',
    courseDone: '已完成', courseDoneText: '您已学完本课程的全部课时。', toExams: '前往我的考试', doneMark: '已学完', todoMark: '未学完',
  },
  exams: {
    empty: '暂无考试。课程考试在报名相应课程后显示。', name: '考试名称', window: '开放时间', timeLimit: '限时', attempts: '作答次数', score: '计分成绩', result: '结果',
    minutes: '{{n}} 分钟', used: '{{used}} / {{max}}', preJob: '岗前', passed: '合格', failed: '不合格', start: '开始考试', continue: '继续答题',
    notOpenYet: '未开始', closed: '已结束', noAttempts: '次数已用完',
    startTitle: '开始考试', startText: '开始后计时 {{n}} 分钟，时间到自动交卷。中途刷新或断网后可回到本页继续作答，计时不会暂停。',
  },
  exam: {
    summary: '第 {{number}} 次作答 · 共 {{count}} 题 · 满分 {{max}} 分', number: '第 {{n}} 题', points: '{{n}} 分', true: '对', false: '错',
    yourAnswer: '你的答案', tooLong: '不能超过 {{n}} 个字符', remaining: '剩余时间', navigator: '答题卡', answered: '已答 {{n}}', unanswered: '未答 {{n}}',
    goTo: '第 {{n}} 题（{{state}}）', stateAnswered: '已答', stateUnanswered: '未答', mode: '显示方式', modeOne: '逐题作答', modeAll: '全部显示',
    previous: '上一题', next: '下一题', submit: '交卷', submitting: '正在交卷…', submitTitle: '确认交卷',
    submitText: '共 {{total}} 题，还有 {{n}} 题未作答。交卷后不能再修改，确定交卷吗？', submitTextAll: '共 {{total}} 题，已全部作答。交卷后不能再修改，确定交卷吗？',
    unsaved: '还有答案未保存，确定离开吗？',
    status: { idle: '答案将自动保存', saving: '保存中…', saved: '已保存 {{time}}', retrying: '保存失败，正在重试' },
    announce: { minutes: '剩余 {{n}} 分钟', timeUp: '时间到，正在自动交卷', saveFailed: '答案保存失败，正在重试', saveRecovered: '答案已保存' },
  },
  result: {
    title: '考试结果', score: '得分', passed: '合格', failed: '不合格', timedOut: '超时自动交卷', submittedAt: '交卷时间：{{time}}',
    review: '查看解析', reviewTitle: '答案与解析', myAnswer: '你的答案', correctAnswer: '正确答案', right: '正确', wrong: '错误', noAnswer: '未作答',
    explanation: '解析', back: '返回我的考试',
  },
  certificates: {
    empty: '暂无合格证。通过岗前考试或完成相关课程后将在此显示。', kind: '类别', source: '来源', issued: '发证日期', expires: '有效期至', noExpiry: '长期有效',
    status: '状态', revokedReason: '吊销原因：{{reason}}', code: '验证码', copy: '复制验证码', copied: '验证码已复制', verify: '在线验证', pdf: '下载 PDF 打印',
  },
  trainingRecords: {
    intro: '课程以外取得的培训学时：技能大赛（以赛代训）、会议（以会促训）、外部培训。计入本人的培训学时。',
    empty: '暂无课程以外的培训记录。', title: '名称', source: '来源', hours: '学时', on: '日期', total: '合计 {{hours}} 学时',
  },
};
