import { LEARNING_EN } from './learning.en';
import { MY_LEARNING_EN } from './my-learning.en';
import { LEARNING_FEATURE_ZH } from './learning.feature.zh-hans';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The learning feature's texts in English; typed against the Chinese so a missing key does not compile. */
export const LEARNING_FEATURE_EN: Shape<typeof LEARNING_FEATURE_ZH> = {
  nav: {
    groups: { myLearning: 'My learning', learning: 'Training and exams' },
    myCourses: 'My courses', myExams: 'My exams', myCertificates: 'My certificates', myTrainingRecords: 'My training records',
    courses: 'Courses', questions: 'Question bank', exams: 'Exams', certificates: 'Certificates', learningStatistics: 'Training statistics',
  },
  enums: {
    CourseKind: { PreJob: 'Pre-job', Routine: 'Routine', Professional: 'Professional', MultiPost: 'Multi-post' },
    EnrollmentSource: { Manager: 'Enrolled by a manager', Self: 'Self-enrolled' },
    QuestionType: { SingleChoice: 'Single choice', MultipleChoice: 'Multiple choice', TrueFalse: 'True / false', FillIn: 'Fill in' },
    Difficulty: { Easy: 'Easy', Medium: 'Medium', Hard: 'Hard' },
    PaperMode: { Fixed: 'Fixed paper', Rules: 'Drawn by rules' },
    GradingPolicy: { Highest: 'Highest score', Last: 'Last attempt' },
    AttemptStatus: { InProgress: 'In progress', Submitted: 'Submitted', TimedOut: 'Closed at the deadline' },
    CertificateKind: { PreJob: 'Pre-job certificate', Course: 'Course certificate' },
    CertificateSource: { Earned: 'Earned here', Imported: 'Imported' },
    CertificateStatus: { Valid: 'Valid', Expired: 'Expired', Revoked: 'Revoked' },
    TrainingRecordSource: { Contest: 'Skill contest', Meeting: 'Meeting', External: 'External course' },
  },
  myLearning: MY_LEARNING_EN,
  learning: LEARNING_EN,
};
