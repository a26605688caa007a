import { Permission, Role } from '@debrief/shared/domain';

export interface HomeAction {
  title: string;
  description: string;
  link: string;
  permission: Permission;
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
