import { Role } from './role';

/**
 * What a signed-in user may do. The API guards every query and mutation with one of these (or
 * marks it public); the portal uses the same map to hide actions a user cannot take.
 */
export enum Permission {
  /** Browse the coaches directory. */
  CoachesRead = 'coaches.read',
  /** Edit one's own name, time zone and pronouns. */
  ProfileUpdateOwn = 'profile.update-own',
  /** List and search every user. */
  UsersRead = 'users.read',
  /** Create users, invite them and change their roles. */
  UsersManage = 'users.manage',
  /** Read the outbox of messages the platform sent or will send. */
  OutboxRead = 'outbox.read',
  /** Put a message that failed to send back in the queue. */
  OutboxResend = 'outbox.resend',
  /** Edit a coach's directory profile: coaches their own, staff and admins any coach's. */
  CoachProfilesUpdate = 'coach-profiles.update',
  /** See the session types on offer and search free slots. */
  SessionTypesRead = 'session-types.read',
  /** Define session types, their booking rules and which coaches offer them. */
  SessionTypesManage = 'session-types.manage',
  /** Book, cancel and reschedule sessions (students their own; staff for any student). */
  BookingsBook = 'bookings.book',
  /** See bookings one takes part in (students and coaches their own). */
  BookingsReadOwn = 'bookings.read-own',
  /** Run sessions: mark one's own sessions completed or no-show. */
  SessionsRun = 'sessions.run',
  /** Edit weekly hours and date overrides: coaches their own, staff any coach's. */
  AvailabilityUpdate = 'availability.update',
  /** Every student's bookings, late cancellations, excusing no-shows, closures and the booking policy. */
  SchedulingManage = 'scheduling.manage',
  /** Browse the workshop catalog and one's own workshop registrations. */
  WorkshopsRead = 'workshops.read',
  /** Register for workshops, join their waitlists and cancel (students, for themselves). */
  WorkshopsRegister = 'workshops.register',
  /** See rosters and check students in: coaches for the workshops they facilitate, staff any. */
  WorkshopsRun = 'workshops.run',
  /** Create, edit, publish and cancel workshops and series; every roster and its CSV export. */
  WorkshopsManage = 'workshops.manage',
  /** Rubrics, the question bank, and one's own feedback, plan, journal and progress (record-level rules in coaching.access). */
  CoachingRead = 'coaching.read',
  /** Students: self-assess, keep a preparation journal, update their plan's items. */
  CoachingSelf = 'coaching.self',
  /** Write evaluations and improvement plans (coaches for their own sessions and students). */
  EvaluationsWrite = 'evaluations.write',
  /** Read every student's evaluations, plans and progress (each read is audited). */
  EvaluationsReadAll = 'evaluations.read-all',
  /** Edit rubric templates (each edit is a new version). */
  RubricsManage = 'rubrics.manage',
  /** Search the audit trail of who read which evaluation. */
  EvaluationsAudit = 'evaluations.audit',
  /** Turn password sign-in off (single sign-on only) and name the break-glass administrator. */
  SignInManage = 'sign-in.manage',
  /** Enter the practice room of one's own sessions (record-level rule in practice.access). */
  PracticeJoin = 'practice.join',
  /** Run a practice room: its clock, the questions given, the coach's live notes (the session's coach). */
  PracticeRun = 'practice.run',
  /** Look into any session's practice room, read-only (career center staff). */
  PracticeObserve = 'practice.observe',
  /** Practise with other students: a peer profile, offered windows, peer sessions and their feedback (students). */
  PeerPractice = 'peer.practice',
  /** Peer practice settings, reports and suspensions (career center staff; every action audited). */
  PeerManage = 'peer.manage',
  /** The center's reports: coaches about their own work (record-level rule in reports.access). */
  ReportsRead = 'reports.read',
  /** Every coach's and student's figures in the reports, and their exports (career center staff). */
  ReportsReadAll = 'reports.read-all',
}

const EVERYONE: readonly Permission[] = [
  Permission.CoachesRead,
  Permission.ProfileUpdateOwn,
  Permission.SessionTypesRead,
  Permission.BookingsReadOwn,
  Permission.WorkshopsRead,
  Permission.CoachingRead,
  Permission.PracticeJoin,
];
const COACH: readonly Permission[] = [
  ...EVERYONE,
  Permission.CoachProfilesUpdate,
  Permission.SessionsRun,
  Permission.AvailabilityUpdate,
  Permission.WorkshopsRun,
  Permission.EvaluationsWrite,
  Permission.PracticeRun,
  Permission.ReportsRead,
];
const STAFF: readonly Permission[] = [
  ...EVERYONE,
  Permission.UsersRead,
  Permission.OutboxRead,
  Permission.OutboxResend,
  Permission.CoachProfilesUpdate,
  Permission.SessionTypesManage,
  Permission.BookingsBook,
  Permission.SessionsRun,
  Permission.AvailabilityUpdate,
  Permission.SchedulingManage,
  Permission.WorkshopsRun,
  Permission.WorkshopsManage,
  Permission.EvaluationsWrite,
  Permission.EvaluationsReadAll,
  Permission.RubricsManage,
  Permission.SignInManage,
  Permission.PracticeObserve,
  Permission.PeerManage,
  Permission.ReportsRead,
  Permission.ReportsReadAll,
];

/** The single role → permission map shared by the API and the portal. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  [Role.Student]: new Set([...EVERYONE, Permission.BookingsBook, Permission.WorkshopsRegister, Permission.CoachingSelf, Permission.PeerPractice]),
  [Role.Coach]: new Set(COACH),
  [Role.Staff]: new Set(STAFF),
  [Role.Admin]: new Set([...STAFF, Permission.UsersManage, Permission.EvaluationsAudit]),
};

export function hasPermission(role: Role | null | undefined, permission: Permission): boolean {
  return role != null && ROLE_PERMISSIONS[role].has(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return [...ROLE_PERMISSIONS[role]];
}
