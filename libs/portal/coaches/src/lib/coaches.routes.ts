import { Routes } from '@angular/router';
import { CoachDetailPage } from './coach-detail.page';
import { CoachesPage } from './coaches.page';

/** Lazy-loaded under /coaches. */
export const coachesRoutes: Routes = [
  { path: '', title: 'Coaches', component: CoachesPage },
  { path: ':id', title: 'Coach profile', component: CoachDetailPage },
];
