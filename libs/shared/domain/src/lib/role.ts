/** Every user has exactly one role. */
export enum Role {
  Student = 'STUDENT',
  Coach = 'COACH',
  Staff = 'STAFF',
  Admin = 'ADMIN',
}

export const ROLES: readonly Role[] = [Role.Student, Role.Coach, Role.Staff, Role.Admin];
