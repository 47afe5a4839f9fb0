import { Routes } from '@angular/router';
import { permissionGuard } from '../../core/guards';
import { Permissions } from '../../core/permissions.generated';

const data = { permission: Permissions.Learning.MyLearning };

/** "My learning": a learner's courses, lesson reader, exams and certificates. */
export const MY_LEARNING_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'courses' },
  {
    path: 'courses',
    canActivate: [permissionGuard],
    data,
    loadComponent: () => import('./pages/my-courses.page').then((m) => m.MyCoursesPage),
  },
  {
    path: 'courses/:courseId',
    canActivate: [permissionGuard],
    data,
    loadComponent: () => import('./pages/course-reader.page').then((m) => m.CourseReaderPage),
  },
  {
    path: 'exams',
    canActivate: [permissionGuard],
    data,
    loadComponent: () => import('./pages/my-exams.page').then((m) => m.MyExamsPage),
  },
  {
    path: 'attempts/:id',
    canActivate: [permissionGuard],
    data,
    loadComponent: () => import('./pages/attempt.page').then((m) => m.AttemptPage),
  },
  {
    path: 'training-records',
    canActivate: [permissionGuard],
    data,
    loadComponent: () => import('./pages/my-training-records.page').then((m) => m.MyTrainingRecordsPage),
  },
  {
    path: 'certificates',
    canActivate: [permissionGuard],
    data,
    loadComponent: () => import('./pages/my-certificates.page').then((m) => m.MyCertificatesPage),
  },
];
