import { graphqlEnum } from '@debrief/api/core';
import { Role, Specialty, UserStatus } from '@debrief/shared/domain';

export const RoleEnum = graphqlEnum(Role, 'Role');
export const SpecialtyEnum = graphqlEnum(Specialty, 'Specialty');
export const UserStatusEnum = graphqlEnum(UserStatus, 'UserStatus');

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  [Role.Student]: 'a student',
  [Role.Coach]: 'a coach',
  [Role.Staff]: 'staff',
  [Role.Admin]: 'an administrator',
};
