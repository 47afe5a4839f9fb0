import { Routes } from '@angular/router';
import { requires } from '../../core/guards';
import { Permissions } from '../../core/permissions.generated';

/** Authoring for managers (courses, question bank, exams, certificates) and the statistics. */
export const LEARNING_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'courses' },
  {
    path: 'courses',
    ...requires(Permissions.Learning.Courses.Manage),
    loadComponent: () => import('./pages/course-list.page').then((m) => m.CourseListPage),
  },
  {
    path: 'courses/new',
    ...requires(Permissions.Learning.Courses.Manage),
    loadComponent: () => import('./pages/course-editor.page').then((m) => m.CourseEditorPage),
  },
  {
    path: 'courses/:id',
    ...requires(Permissions.Learning.Courses.Manage),
    loadComponent: () => import('./pages/course-editor.page').then((m) => m.CourseEditorPage),
  },
  {
    path: 'questions',
    ...requires(Permissions.Learning.Questions.Default),
    loadComponent: () => import('./pages/question-bank.page').then((m) => m.QuestionBankPage),
  },
  {
    path: 'questions/import',
    ...requires(Permissions.Learning.Questions.Import),
    loadComponent: () => import('./pages/question-import.page').then((m) => m.QuestionImportPage),
  },
  {
    path: 'exams',
    ...requires(Permissions.Learning.Exams.Manage),
    loadComponent: () => import('./pages/exam-list.page').then((m) => m.ExamListPage),
  },
  {
    path: 'exams/new',
    ...requires(Permissions.Learning.Exams.Manage),
    loadComponent: () => import('./pages/exam-editor.page').then((m) => m.ExamEditorPage),
  },
  {
    path: 'exams/:id',
    ...requires(Permissions.Learning.Exams.Manage),
    loadComponent: () => import('./pages/exam-editor.page').then((m) => m.ExamEditorPage),
  },
  {
    path: 'exams/:id/results',
    ...requires(Permissions.Learning.Exams.Results),
    loadComponent: () => import('./pages/exam-results.page').then((m) => m.ExamResultsPage),
  },
  {
    path: 'certificates',
    ...requires(Permissions.Learning.Certificates.Default),
    loadComponent: () => import('./pages/certificate-list.page').then((m) => m.CertificateListPage),
  },
  {
    path: 'certificates/import',
    ...requires(Permissions.Learning.Certificates.Manage),
    loadComponent: () => import('./pages/certificate-import.page').then((m) => m.CertificateImportPage),
  },
  {
    path: 'statistics',
    ...requires(Permissions.Learning.Exams.Results),
    loadComponent: () => import('./pages/statistics.page').then((m) => m.StatisticsPage),
  },
];
