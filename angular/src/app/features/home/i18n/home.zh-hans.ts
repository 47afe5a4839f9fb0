/**
 * The home page, in Chinese. Keys must match home.en.ts. `items` holds one entry per key the server sends
 * (GET /api/home: `home.items.<key>`), each with a title, an optional explanation and the action's label; the
 * server's `count` and `args` fill the placeholders.
 */
export const HOME_ZH = {
  title: '首页',
  hello: '您好，{{name}}',
  todo: '要做的事',
  figures: '数据',
  nothingToDo: '暂时没有要做的事。',
  noFigures: '暂无数据。',
  course: '课程：{{course}}',
  unknown: { title: '新事项' },
  open: '去处理',
  severity: { Urgent: '紧急', Warning: '提醒', Info: '待办' },
  items: {
    learning: {
      preJobMissing: {
        title: '尚未取得岗前培训合格证',
        text: '岗前培训合格后方可上岗：请先学完岗前培训课程并通过岗前考试，之后才能安排窗口岗位。',
        action: '去学习岗前课程',
      },
      preJobLapsed: {
        title: '岗前培训合格证已于 {{endedOn}} 失效',
        text: '现有岗位不变；重新学完岗前培训课程并通过岗前考试之前，不能安排新的窗口岗位。',
        action: '去学习岗前课程',
      },
      preJobExpiring: {
        title: '岗前培训合格证将于 {{expiresOn}} 到期',
        text: '到期后不能安排新的窗口岗位，请留意复训与考试安排。',
        action: '查看我的合格证',
      },
      requiredCourses: { title: '{{count}} 门必修课程未学完', text: '必修课程学完后计入培训学时。', action: '去学习' },
      openExams: { title: '{{count}} 场考试现在可以参加', text: '考试开始后按时计时，到时自动交卷。', action: '去考试' },
      windowStaffWithoutPreJob: {
        title: '{{count}} 名在岗人员没有有效的岗前培训合格证',
        text: '现有岗位不变，但不能调换或安排新岗位：有纸质合格证的请导入，其余请安排复训和考试。',
        action: '处理合格证',
      },
      certificatesExpiring: {
        title: '{{count}} 人的岗前培训合格证将在 {{days}} 天内到期',
        text: '到期后不能安排新的窗口岗位，请及时安排复训。',
        action: '查看合格证',
      },
      newcomersWithoutPreJob: {
        title: '{{count}} 名新人尚未取得岗前培训合格证',
        text: '他们须学完岗前培训课程并通过岗前考试后方可上岗。',
        action: '安排岗前培训',
      },
      preJobCoverage: {
        title: '岗前培训合格证持证率',
        text: '{{numerator}} / {{denominator}} 人持有有效合格证',
        windows: '在窗口人员：{{windowNumerator}} / {{windowDenominator}} 人持证',
        everyone: '全部人员',
        atWindows: '在窗口人员',
        series: '持证率',
        action: '查看合格证',
      },
    },
  },
};
