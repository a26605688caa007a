import { AuthUser, ForbiddenError, NotFoundError } from '@debrief/api/core';
import { Role } from '@debrief/shared/domain';
import { PracticeAccess, RoomSession } from './practice.access';
import { PracticePad, PracticeRole } from './practice.enums';
import { RoomClosedError } from './practice.errors';

const user = (id: string, role: Role): AuthUser => ({ id, role, email: `${id}@x.example`, name: id, timeZone: 'UTC', sessionId: 's' });
const SESSION_ID = '11111111-2222-4333-8444-555555555555';
const session: RoomSession = {
  id: SESSION_ID,
  status: 'BOOKED',
  startsAt: new Date('2026-03-02T15:00:00Z'),
  endsAt: new Date('2026-03-02T16:00:00Z'),
  coachId: 'coach',
  studentId: 'student',
};

describe('practice.access', () => {
  const access = new PracticeAccess();

  it("lets in the session's coach and student, and staff as observers", () => {
    expect(access.enter(user('coach', Role.Coach), session, SESSION_ID).role).toBe(PracticeRole.Coach);
    expect(access.enter(user('student', Role.Student), session, SESSION_ID).role).toBe(PracticeRole.Student);
    expect(access.enter(user('dana', Role.Staff), session, SESSION_ID).role).toBe(PracticeRole.Observer);
  });

  it('refuses another student and a coach of other sessions (FORBIDDEN), and a missing or cancelled session (NOT_FOUND)', () => {
    expect(() => access.enter(user('other', Role.Student), session, SESSION_ID)).toThrow(ForbiddenError);
    expect(() => access.enter(user('coach2', Role.Coach), session, SESSION_ID)).toThrow(ForbiddenError);
    expect(() => access.enter(user('coach', Role.Coach), null, SESSION_ID)).toThrow(NotFoundError);
    expect(() => access.enter(user('coach', Role.Coach), { ...session, status: 'CANCELLED' }, SESSION_ID)).toThrow(NotFoundError);
  });

  it('is open from 15 minutes before the start until 2 hours after the end', () => {
    const entry = access.enter(user('student', Role.Student), session, SESSION_ID);
    expect(entry.opensAt.toISOString()).toBe('2026-03-02T14:45:00.000Z');
    expect(entry.closesAt.toISOString()).toBe('2026-03-02T18:00:00.000Z');
    expect(access.isOpen(entry, new Date('2026-03-02T14:44:59Z'))).toBe(false);
    expect(access.isOpen(entry, new Date('2026-03-02T14:45:00Z'))).toBe(true);
    expect(access.isOpen(entry, new Date('2026-03-02T17:59:59Z'))).toBe(true);
    expect(access.isOpen(entry, new Date('2026-03-02T18:00:00Z'))).toBe(false);
    expect(() => access.assertOpen(entry, new Date('2026-03-02T14:00:00Z'))).toThrow(/opens at 2026-03-02 14:45 UTC/);
    expect(() => access.assertOpen(entry, new Date('2026-03-02T18:00:00Z'))).toThrow(RoomClosedError);
  });

  it("opens the coach's private notes to the coach alone, the signal document to nobody's writes, the pads read-only to observers", () => {
    const as = (id: string, role: Role) => access.enter(user(id, role), session, SESSION_ID);
    expect(access.padAccess(as('coach', Role.Coach), PracticePad.CoachNotes)).toEqual({ readOnly: false });
    expect(() => access.padAccess(as('student', Role.Student), PracticePad.CoachNotes)).toThrow(ForbiddenError);
    expect(() => access.padAccess(as('dana', Role.Staff), PracticePad.CoachNotes)).toThrow(ForbiddenError);
    expect(access.padAccess(as('student', Role.Student), PracticePad.Code)).toEqual({ readOnly: false });
    expect(access.padAccess(as('student', Role.Student), PracticePad.Signal)).toEqual({ readOnly: true });
    expect(access.padAccess(as('dana', Role.Staff), PracticePad.Notes)).toEqual({ readOnly: true });
  });

  it('lets only the coach run the room, and only the parties set the recording', () => {
    expect(() => access.assertCanRun(access.enter(user('student', Role.Student), session, SESSION_ID))).toThrow(ForbiddenError);
    expect(() => access.assertCanRun(access.enter(user('coach', Role.Coach), session, SESSION_ID))).not.toThrow();
    expect(() => access.assertParty(access.enter(user('dana', Role.Staff), session, SESSION_ID))).toThrow(ForbiddenError);
  });

  it('names and parses document names, refusing anything else', () => {
    const name = access.documentName(SESSION_ID, PracticePad.CoachNotes);
    expect(access.parseDocumentName(name)).toEqual({ sessionId: SESSION_ID, pad: PracticePad.CoachNotes });
    for (const bad of [`practice:${SESSION_ID}:secret`, `practice:not-a-uuid:code`, `x${name}`, `${name}x`]) expect(access.parseDocumentName(bad)).toBeNull();
  });
});
