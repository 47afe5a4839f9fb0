import { Feature } from '../../core/feature';
import { Permissions } from '../../core/permissions.generated';
import { LEARNING_FEATURE_EN } from './i18n/learning.feature.en';
import { LEARNING_FEATURE_ZH } from './i18n/learning.feature.zh-hans';

/** My learning (courses, exams, certificates) for staff; authoring and statistics for managers. */
export const LEARNING_FEATURE: Feature = {
  routes: [
    { path: 'my-learning', loadChildren: () => import('./my-learning.routes').then((m) => m.MY_LEARNING_ROUTES) },
    { path: 'learning', loadChildren: () => import('./learning.routes').then((m) => m.LEARNING_ROUTES) },
  ],
  navigation: [
    {
      label: 'nav.groups.myLearning',
      items: [
        { path: '/my-learning/courses', label: 'nav.myCourses', icon: 'school', permission: Permissions.Learning.MyLearning, staffOnly: true },
        { path: '/my-learning/exams', label: 'nav.myExams', icon: 'quiz', permission: Permissions.Learning.MyLearning, staffOnly: true },
        { path: '/my-learning/certificates', label: 'nav.myCertificates', icon: 'workspace_premium', permission: Permissions.Learning.MyLearning, staffOnly: true },
        { path: '/my-learning/training-records', label: 'nav.myTrainingRecords', icon: 'history_edu', permission: Permissions.Learning.MyLearning, staffOnly: true },
      ],
    },
    {
      label: 'nav.groups.learning',
      items: [
        { path: '/learning/courses', label: 'nav.courses', icon: 'menu_book', permission: Permissions.Learning.Courses.Manage },
        { path: '/learning/questions', label: 'nav.questions', icon: 'library_books', permission: Permissions.Learning.Questions.Default },
        { path: '/learning/exams', label: 'nav.exams', icon: 'assignment', permission: Permissions.Learning.Exams.Manage },
        { path: '/learning/certificates', label: 'nav.certificates', icon: 'verified', permission: Permissions.Learning.Certificates.Default, scopes: ['Units', 'Halls', 'All'] },
        { path: '/learning/statistics', label: 'nav.learningStatistics', icon: 'bar_chart', permission: Permissions.Learning.Exams.Results },
      ],
    },
  ],
  translations: { 'zh-Hans': LEARNING_FEATURE_ZH, en: LEARNING_FEATURE_EN },
};
