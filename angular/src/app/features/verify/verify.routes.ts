import { Routes } from '@angular/router';

/** The public certificate verification page: anonymous, outside the shell. */
export const VERIFY_ROUTES: Routes = [];
