import { Routes } from '@angular/router';
import { permissionGuard } from '../../core/guards';

/** Authoring for managers (courses, question bank, exams, certificates) and the statistics. */
export const LEARNING_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'courses' },
  {
    path: 'courses',
    canActivate: [permissionGuard],
    data: { permission: 'Learning.Courses.Manage' },
    loadComponent: () => import('./pages/course-list.page').then((m) => m.CourseListPage),
  },
  {
    path: 'courses/new',
    canActivate: [permissionGuard],
    data: { permission: 'Learning.Courses.Manage' },
    loadComponent: () => import('./pages/course-editor.page').then((m) => m.CourseEditorPage),
  },
  {
    path: 'courses/:id',
    canActivate: [permissionGuard],
    data: { permission: 'Learning.Courses.Manage' },
    loadComponent: () => import('./pages/course-editor.page').then((m) => m.CourseEditorPage),
  },
  {
    path: 'questions',
    canActivate: [permissionGuard],
    data: { permission: 'Learning.Questions' },
    loadComponent: () => import('./pages/question-bank.page').then((m) => m.QuestionBankPage),
  },
  {
    path: 'questions/import',
    canActivate: [permissionGuard],
    data: { permission: 'Learning.Questions.Import' },
    loadComponent: () => import('./pages/question-import.page').then((m) => m.QuestionImportPage),
  },
  {
    path: 'exams',
    canActivate: [permissionGuard],
    data: { permission: 'Learning.Exams.Manage' },
    loadComponent: () => import('./pages/exam-list.page').then((m) => m.ExamListPage),
  },
  {
    path: 'exams/new',
    canActivate: [permissionGuard],
    data: { permission: 'Learning.Exams.Manage' },
    loadComponent: () => import('./pages/exam-editor.page').then((m) => m.ExamEditorPage),
  },
  {
    path: 'exams/:id',
    canActivate: [permissionGuard],
    data: { permission: 'Learning.Exams.Manage' },
    loadComponent: () => import('./pages/exam-editor.page').then((m) => m.ExamEditorPage),
  },
  {
    path: 'exams/:id/results',
    canActivate: [permissionGuard],
    data: { permission: 'Learning.Exams.Results' },
    loadComponent: () => import('./pages/exam-results.page').then((m) => m.ExamResultsPage),
  },
  {
    path: 'certificates',
    canActivate: [permissionGuard],
    data: { permission: 'Learning.Certificates' },
    loadComponent: () => import('./pages/certificate-list.page').then((m) => m.CertificateListPage),
  },
  {
    path: 'certificates/import',
    canActivate: [permissionGuard],
    data: { permission: 'Learning.Certificates.Manage' },
    loadComponent: () => import('./pages/certificate-import.page').then((m) => m.CertificateImportPage),
  },
  {
    path: 'statistics',
    canActivate: [permissionGuard],
    data: { permission: 'Learning.Exams.Results' },
    loadComponent: () => import('./pages/statistics.page').then((m) => m.StatisticsPage),
  },
];
