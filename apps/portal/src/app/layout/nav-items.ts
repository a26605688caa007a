import { hasPermission, Permission, Role } from '@debrief/shared/domain';

export interface NavItem {
  label: string;
  path: string;
  /** Only active on an exact URL match (Home would otherwise match everything). */
  exact: boolean;
  /** Hidden from roles without it; no permission means every signed-in user sees it. */
  permission?: Permission;
  /** Also limited to these roles, where staff share the permission but the page is about one's own work. */
  roles?: readonly Role[];
  /** A heading shown above the first of consecutive items that share it (e.g. "Scheduling"). */
  group?: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Home', path: '/', exact: true },
  { label: 'Book a session', path: '/book', exact: false, permission: Permission.BookingsBook, roles: [Role.Student] },
  { label: 'My sessions', path: '/sessions', exact: false, permission: Permission.BookingsReadOwn, roles: [Role.Student] },
  { label: 'Workshops', path: '/workshops', exact: true, permission: Permission.WorkshopsRegister, roles: [Role.Student] },
  { label: 'My workshops', path: '/workshops/mine', exact: true, permission: Permission.WorkshopsRegister, roles: [Role.Student] },
  { label: 'My schedule', path: '/schedule', exact: false, permission: Permission.SessionsRun, roles: [Role.Coach] },
  { label: 'Availability', path: '/availability', exact: false, permission: Permission.AvailabilityUpdate, roles: [Role.Coach] },
  { label: 'Workshops I run', path: '/facilitate', exact: false, permission: Permission.WorkshopsRun, roles: [Role.Coach] },
  { label: 'Calendar feed', path: '/calendar-feed', exact: true, permission: Permission.BookingsReadOwn, roles: [Role.Student, Role.Coach] },
  { label: 'Coaches', path: '/coaches', exact: false, permission: Permission.CoachesRead },
  { label: 'My profile', path: '/profile', exact: true, permission: Permission.ProfileUpdateOwn },
  { label: 'Users', path: '/admin/users', exact: true, permission: Permission.UsersRead },
  { label: 'Outbox', path: '/outbox', exact: true, permission: Permission.OutboxRead },
  { label: 'Evaluation reads', path: '/admin/evaluation-reads', exact: true, permission: Permission.EvaluationsAudit },
  { label: 'Sign-in', path: '/admin/sign-in', exact: true, permission: Permission.SignInManage },
  { label: 'Session types', path: '/staff/session-types', exact: true, permission: Permission.SessionTypesManage, group: 'Scheduling' },
  { label: 'Closures', path: '/staff/closures', exact: true, permission: Permission.SchedulingManage, group: 'Scheduling' },
  { label: 'Booking policy', path: '/staff/policy', exact: true, permission: Permission.SchedulingManage, group: 'Scheduling' },
  { label: 'Students', path: '/staff/students', exact: false, permission: Permission.SchedulingManage, group: 'Scheduling' },
  { label: 'Workshops', path: '/staff/workshops', exact: false, permission: Permission.WorkshopsManage, group: 'Workshops' },
  { label: 'My feedback', path: '/feedback', exact: false, permission: Permission.CoachingSelf, group: 'Coaching' },
  { label: 'My plan', path: '/plan', exact: true, permission: Permission.CoachingSelf, group: 'Coaching' },
  { label: 'Practise an answer', path: '/self-practice', exact: true, permission: Permission.CoachingSelf, group: 'Coaching' },
  { label: 'Journal', path: '/journal', exact: true, permission: Permission.CoachingSelf, group: 'Coaching' },
  { label: 'Progress', path: '/progress', exact: true, permission: Permission.CoachingSelf, group: 'Coaching' },
  { label: 'Feedback to write', path: '/coaching', exact: false, permission: Permission.EvaluationsWrite, roles: [Role.Coach], group: 'Coaching' },
  { label: 'Question bank', path: '/questions', exact: true, permission: Permission.CoachingRead, group: 'Coaching' },
  { label: 'Rubrics', path: '/rubrics', exact: true, permission: Permission.RubricsManage, group: 'Coaching' },
];

/** The navigation a role gets, from the shared role → permission map. */
export function navItemsFor(role: Role | null): NavItem[] {
  return NAV_ITEMS.filter(
    (item) => (!item.permission || hasPermission(role, item.permission)) && (!item.roles || (role !== null && item.roles.includes(role))),
  );
}
