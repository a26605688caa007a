import { AuthUser, BadInputError, ForbiddenError } from '@debrief/api/core';
import { Role } from '@debrief/shared/domain';
import { SchedulingAccess } from './scheduling.access';

const as = (role: Role, id: string): AuthUser => ({ id, role, email: `${id}@x.edu`, name: id, timeZone: 'UTC', sessionId: 's' });
const booking = { studentId: 'stu', coachId: 'coa' };

describe('SchedulingAccess', () => {
  const access = new SchedulingAccess();

  it('shows a booking to its student, its coach and staff only', () => {
    expect(access.canSee(as(Role.Student, 'stu'), booking)).toBe(true);
    expect(access.canSee(as(Role.Coach, 'coa'), booking)).toBe(true);
    expect(access.canSee(as(Role.Staff, 'x'), booking)).toBe(true);
    expect(access.canSee(as(Role.Student, 'other'), booking)).toBe(false);
    expect(access.canSee(as(Role.Coach, 'other'), booking)).toBe(false);
  });

  it('lets the student or staff change it, and the coach or staff run it', () => {
    expect(() => access.assertCanChange(as(Role.Student, 'stu'), booking)).not.toThrow();
    expect(() => access.assertCanChange(as(Role.Coach, 'coa'), booking)).toThrow(ForbiddenError);
    expect(() => access.assertCanRun(as(Role.Coach, 'coa'), booking)).not.toThrow();
    expect(() => access.assertCanRun(as(Role.Student, 'stu'), booking)).toThrow(ForbiddenError);
    expect(() => access.assertCanRun(as(Role.Admin, 'a'), booking)).not.toThrow();
  });

  it('books for oneself as a student and for a named student as staff', () => {
    expect(access.studentFor(as(Role.Student, 'stu'), undefined)).toBe('stu');
    expect(() => access.studentFor(as(Role.Student, 'stu'), 'other')).toThrow(ForbiddenError);
    expect(access.studentFor(as(Role.Staff, 'st'), 'stu')).toBe('stu');
    expect(() => access.studentFor(as(Role.Staff, 'st'), undefined)).toThrow(BadInputError);
    expect(() => access.studentFor(as(Role.Staff, 'st'), undefined)).toThrow(/pass studentId/);
  });

  it('edits hours of oneself as a coach and of anyone as staff', () => {
    expect(access.coachFor(as(Role.Coach, 'coa'), undefined)).toBe('coa');
    expect(() => access.coachFor(as(Role.Coach, 'coa'), 'other')).toThrow(ForbiddenError);
    expect(access.coachFor(as(Role.Admin, 'a'), 'coa')).toBe('coa');
    expect(() => access.coachFor(as(Role.Staff, 'st'), undefined)).toThrow(/pass coachId/);
  });

  it("never lists another student's sessions to a student", () => {
    expect(() => access.studentListFor(as(Role.Student, 'stu'), 'other')).toThrow(ForbiddenError);
    expect(access.studentListFor(as(Role.Staff, 'st'), 'other')).toBe('other');
  });

  it('asks staff which student or coach they mean instead of answering for their own (empty) records', () => {
    for (const call of [
      () => access.studentListFor(as(Role.Staff, 'st'), null),
      () => access.coachListFor(as(Role.Admin, 'a'), undefined),
      () => access.coachFor(as(Role.Admin, 'a'), null),
    ]) {
      expect(call).toThrow(BadInputError);
    }
    let caught: unknown;
    try {
      access.coachListFor(as(Role.Staff, 'st'), undefined);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ field: 'coachId' });
    expect(access.coachListFor(as(Role.Coach, 'coa'), undefined)).toBe('coa');
    expect(() => access.coachListFor(as(Role.Coach, 'coa'), 'other')).toThrow(ForbiddenError);
  });
});
