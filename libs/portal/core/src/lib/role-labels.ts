import { Role, ROLES } from '@debrief/shared/domain';

/** How roles read in the portal. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  [Role.Student]: 'Student',
  [Role.Coach]: 'Coach',
  [Role.Staff]: 'Staff',
  [Role.Admin]: 'Admin',
};

export const ROLE_OPTIONS: readonly { value: Role; label: string }[] = ROLES.map((value) => ({
  value,
  label: ROLE_LABELS[value],
}));
