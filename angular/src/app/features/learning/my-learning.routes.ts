import { Routes } from '@angular/router';

/** "My learning": a learner's courses, lesson reader, exams and certificates. */
export const MY_LEARNING_ROUTES: Routes = [];
