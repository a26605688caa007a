import { Role } from '@debrief/shared/domain';
import { canEditCoachProfile } from './coach-profile-access';

describe('canEditCoachProfile', () => {
  const coachId = 'coach-1';

  it.each([Role.Staff, Role.Admin])('lets %s edit any coach', (role) => {
    expect(canEditCoachProfile({ id: 'someone-else', role }, coachId)).toBe(true);
  });

  it('lets a coach edit only their own profile', () => {
    expect(canEditCoachProfile({ id: coachId, role: Role.Coach }, coachId)).toBe(true);
    expect(canEditCoachProfile({ id: 'coach-2', role: Role.Coach }, coachId)).toBe(false);
  });

  it('never lets students or the signed-out edit, not even a matching id', () => {
    expect(canEditCoachProfile({ id: coachId, role: Role.Student }, coachId)).toBe(false);
    expect(canEditCoachProfile(null, coachId)).toBe(false);
  });
});
