import { Routes } from '@angular/router';
import { permissionGuard } from '@debrief/portal/core';
import { Permission } from '@debrief/shared/domain';
import { ClosuresPage } from './closures/closures.page';
import { PolicyPage } from './policy/policy.page';
import { SessionTypesPage } from './session-types/session-types.page';
import { StudentBookingsPage } from './students/student-bookings.page';
import { StudentsPage } from './students/students.page';

/** Lazy-loaded under /staff: the career center's scheduling screens, each behind its permission. */
export const schedulingAdminRoutes: Routes = [
  {
    path: 'session-types',
    title: 'Session types',
    canActivate: [permissionGuard(Permission.SessionTypesManage)],
    component: SessionTypesPage,
  },
  {
    path: 'closures',
    title: 'Closures',
    canActivate: [permissionGuard(Permission.SchedulingManage)],
    component: ClosuresPage,
  },
  {
    path: 'policy',
    title: 'Booking policy',
    canActivate: [permissionGuard(Permission.SchedulingManage)],
    component: PolicyPage,
  },
  {
    path: 'students',
    title: 'Students',
    canActivate: [permissionGuard(Permission.SchedulingManage)],
    component: StudentsPage,
  },
  {
    path: 'students/:id',
    title: 'Student sessions',
    canActivate: [permissionGuard(Permission.SchedulingManage)],
    component: StudentBookingsPage,
  },
];
