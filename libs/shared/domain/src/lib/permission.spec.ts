import { hasPermission, Permission, permissionsOf, ROLE_PERMISSIONS } from './permission';
import { Role, ROLES } from './role';

describe('role → permission map', () => {
  it('gives every role a set of permissions', () => {
    for (const role of ROLES) expect(ROLE_PERMISSIONS[role].size).toBeGreaterThan(0);
  });

  it('lets only admins manage users', () => {
    expect(ROLES.filter((r) => hasPermission(r, Permission.UsersManage))).toEqual([Role.Admin]);
  });

  it('keeps staff tools away from students and coaches', () => {
    for (const role of [Role.Student, Role.Coach]) {
      expect(hasPermission(role, Permission.UsersRead)).toBe(false);
      expect(hasPermission(role, Permission.OutboxRead)).toBe(false);
    }
    expect(hasPermission(Role.Staff, Permission.OutboxRead)).toBe(true);
  });

  it('gives admins a superset of staff', () => {
    const admin = new Set(permissionsOf(Role.Admin));
    for (const p of permissionsOf(Role.Staff)) expect(admin.has(p)).toBe(true);
  });

  it('denies a missing role', () => {
    expect(hasPermission(null, Permission.CoachesRead)).toBe(false);
    expect(hasPermission(undefined, Permission.CoachesRead)).toBe(false);
  });
});

describe('coach profile editing', () => {
  it('is open to coaches, staff and admins but not students', () => {
    expect(ROLES.filter((r) => hasPermission(r, Permission.CoachProfilesUpdate))).toEqual([Role.Coach, Role.Staff, Role.Admin]);
  });
});
