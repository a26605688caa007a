import { AuthUser } from '@debrief/api/core';
import { ErrorCode, Role } from '@debrief/shared/domain';
import { PeerAccess, roleIn } from './peer.access';
import { PeerHalfRole } from './peer.enums';

const user = (id: string, role: Role): AuthUser => ({ id, role }) as AuthUser;
const session = { id: 's', firstId: 'a', secondId: 'b' };

describe('peer access', () => {
  const access = new PeerAccess();

  it('admits the two students of a session and no one else, staff included', () => {
    expect(() => access.assertParty(user('a', Role.Student), session, 's')).not.toThrow();
    expect(() => access.assertParty(user('b', Role.Student), session, 's')).not.toThrow();
    for (const other of [user('c', Role.Student), user('d', Role.Staff), user('e', Role.Admin)]) {
      expect(() => access.assertParty(other, session, 's')).toThrow(expect.objectContaining({ code: ErrorCode.Forbidden }));
    }
    expect(() => access.assertParty(user('a', Role.Student), null, 's')).toThrow(expect.objectContaining({ code: ErrorCode.NotFound }));
  });

  it('swaps the roles at half-time: first interviews in half 1, second in half 2', () => {
    expect(roleIn(1, session, 'a')).toBe(PeerHalfRole.Interviewer);
    expect(roleIn(1, session, 'b')).toBe(PeerHalfRole.Interviewee);
    expect(roleIn(2, session, 'a')).toBe(PeerHalfRole.Interviewee);
    expect(roleIn(2, session, 'b')).toBe(PeerHalfRole.Interviewer);
    expect(access.partnerOf(session, 'a')).toBe('b');
  });

  it('treats peer management as a permission, not a role name', () => {
    expect(access.isStaff(user('x', Role.Staff))).toBe(true);
    expect(access.isStaff(user('x', Role.Admin))).toBe(true);
    expect(access.isStaff(user('x', Role.Coach))).toBe(false);
    expect(access.isStaff(user('x', Role.Student))).toBe(false);
  });
});
