import { Routes } from '@angular/router';

/** Authoring for managers (courses, question bank, exams, certificates) and the statistics. */
export const LEARNING_ROUTES: Routes = [];
