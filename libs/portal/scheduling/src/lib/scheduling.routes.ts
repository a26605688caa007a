import { Routes } from '@angular/router';
import { Role } from '@debrief/shared/domain';
import { AvailabilityPage } from './availability/availability.page';
import { BookPage } from './book/book.page';
import { BookedPage } from './book/booked.page';
import { SchedulePage } from './schedule/schedule.page';
import { ReschedulePage } from './sessions/reschedule.page';
import { SessionDetailPage } from './sessions/session-detail.page';
import { SessionsPage } from './sessions/sessions.page';
import { roleGuard } from './shared/role.guard';

// The app guards each entry by permission; these add the role where staff share the permission
// but the page is about one's own sessions or hours (staff act for others in scheduling-admin).

/** Lazy-loaded under /book. */
export const bookRoutes: Routes = [
  { path: '', title: 'Book a session', canActivate: [roleGuard(Role.Student)], component: BookPage },
  { path: 'confirmed/:id', title: 'Session booked', canActivate: [roleGuard(Role.Student)], component: BookedPage },
];

/** Lazy-loaded under /sessions. A session's page is also its coach's. */
export const sessionsRoutes: Routes = [
  { path: '', title: 'My sessions', canActivate: [roleGuard(Role.Student)], component: SessionsPage },
  { path: ':id', title: 'Session', component: SessionDetailPage },
  { path: ':id/reschedule', title: 'Reschedule session', canActivate: [roleGuard(Role.Student)], component: ReschedulePage },
];

/** Lazy-loaded under /schedule. */
export const scheduleRoutes: Routes = [{ path: '', title: 'My schedule', canActivate: [roleGuard(Role.Coach)], component: SchedulePage }];

/** Lazy-loaded under /availability. */
export const availabilityRoutes: Routes = [
  { path: '', title: 'Availability', canActivate: [roleGuard(Role.Coach)], component: AvailabilityPage },
];
