import { Permission, Role } from '@debrief/shared/domain';

export interface HomeAction {
  title: string;
  description: string;
  link: string;
  permission: Permission;
  /** Also limited to these roles (staff share some permissions of pages about one's own work). */
  roles?: readonly Role[];
}

/** What each role comes here for, in a sentence. */
export const ROLE_INTROS: Readonly<Record<Role, string>> = {
  [Role.Student]: 'Find a coach who fits what you are preparing for, from coding interviews to résumé reviews.',
  [Role.Coach]: 'Keep your profile current so students can find you for the sessions you run best.',
  [Role.Staff]: 'Look up students and coaches and check the messages Debrief sends on the career center’s behalf.',
  [Role.Admin]: 'Run the platform: create and invite users, change roles and check outgoing messages.',
};

/** Shortcuts on the home page; each shows only to roles with its permission. */
export const HOME_ACTIONS: readonly HomeAction[] = [
  {
    title: 'Book a session',
    description: 'Pick a session type, a coach or any coach, and a free time in your time zone.',
    link: '/book',
    permission: Permission.BookingsBook,
    roles: [Role.Student],
  },
  {
    title: 'My sessions',
    description: 'See what is coming up, reschedule or cancel, and look back at past sessions.',
    link: '/sessions',
    permission: Permission.BookingsReadOwn,
    roles: [Role.Student],
  },
  {
    title: 'My schedule',
    description: 'Your sessions by day or week: who, what and where; mark them completed or no-show.',
    link: '/schedule',
    permission: Permission.SessionsRun,
    roles: [Role.Coach],
  },
  {
    title: 'Set your availability',
    description: 'Weekly hours, days off and extra hours, and your video-meeting link.',
    link: '/availability',
    permission: Permission.AvailabilityUpdate,
    roles: [Role.Coach],
  },
  {
    title: "Students' sessions",
    description: "Find a student, book, reschedule or cancel on their behalf, and excuse no-shows.",
    link: '/staff/students',
    permission: Permission.SchedulingManage,
  },
  {
    title: 'Session types',
    description: 'What students can book: durations, buffers, notice, caps and which coaches offer each.',
    link: '/staff/session-types',
    permission: Permission.SessionTypesManage,
  },
  {
    title: 'Browse coaches',
    description: 'Filter coaches by specialty and read their bios.',
    link: '/coaches',
    permission: Permission.CoachesRead,
  },
  {
    title: 'Update your profile',
    description: 'Set your name, pronouns and time zone.',
    link: '/profile',
    permission: Permission.ProfileUpdateOwn,
  },
  {
    title: 'Manage users',
    description: 'Search everyone with an account and see their roles.',
    link: '/admin/users',
    permission: Permission.UsersRead,
  },
  {
    title: 'Check the outbox',
    description: 'Read the invitations and notices Debrief has sent.',
    link: '/outbox',
    permission: Permission.OutboxRead,
  },
];
