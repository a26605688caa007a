import { AuthUser, ForbiddenError } from '@debrief/api/core';
import { Role } from '@debrief/shared/domain';
import { IdentityAccess } from './identity.access';

const as = (role: Role, id = 'me'): AuthUser => ({ id, role, email: 'x@example.edu', name: 'X', timeZone: 'UTC', sessionId: 's' });

describe('IdentityAccess.assertCanEditCoachProfile', () => {
  const access = new IdentityAccess();

  it('lets a coach edit their own profile only', () => {
    expect(() => access.assertCanEditCoachProfile(as(Role.Coach, 'c1'), 'c1')).not.toThrow();
    expect(() => access.assertCanEditCoachProfile(as(Role.Coach, 'c1'), 'c2')).toThrow(ForbiddenError);
  });

  it('lets staff and admins edit any coach', () => {
    expect(() => access.assertCanEditCoachProfile(as(Role.Staff), 'c2')).not.toThrow();
    expect(() => access.assertCanEditCoachProfile(as(Role.Admin), 'c2')).not.toThrow();
  });

  it('never lets a student edit a coach, even with their own id', () => {
    expect(() => access.assertCanEditCoachProfile(as(Role.Student, 'c1'), 'c1')).toThrow(ForbiddenError);
  });
});
