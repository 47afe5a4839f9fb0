import { LEARNING_ZH } from './learning.zh-hans';
import { MY_LEARNING_ZH } from './my-learning.zh-hans';

/** The learning feature's texts in Chinese (menu, pages, enum names); keys must match the English file. */
export const LEARNING_FEATURE_ZH = {
  nav: {
    groups: { myLearning: '我的学习', learning: '培训考试' },
    myCourses: '我的课程', myExams: '我的考试', myCertificates: '我的合格证', myTrainingRecords: '我的培训记录',
    courses: '课程管理', questions: '题库', exams: '考试管理', certificates: '合格证', learningStatistics: '培训统计',
  },
  enums: {
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
    TrainingRecordSource: { Contest: '技能大赛（以赛代训）', Meeting: '会议（以会促训）', External: '外部培训' },
  },
  myLearning: MY_LEARNING_ZH,
  learning: LEARNING_ZH,
};
