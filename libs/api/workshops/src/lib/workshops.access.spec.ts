import { accessSql, AuthUser, canAccess, ForbiddenError, positional } from '@debrief/api/core';
import { Role } from '@debrief/shared/domain';
import { WORKSHOP_ACCESS_COLUMNS, WorkshopsAccess } from './workshops.access';
import { NotFacilitatorError } from './workshops.errors';

const as = (role: Role, id: string): AuthUser => ({ id, role, email: `${id}@x.edu`, name: id, timeZone: 'UTC', sessionId: 's' });

describe('WorkshopsAccess', () => {
  const access = new WorkshopsAccess();

  it('lets coaches and staff facilitate, never students (the permission map, not a role test)', () => {
    expect([Role.Student, Role.Coach, Role.Staff, Role.Admin].filter((role) => access.canFacilitate({ role }))).toEqual([Role.Coach, Role.Staff, Role.Admin]);
  });

  it('treats students alone as registrants, and no one signed out', () => {
    expect([Role.Student, Role.Coach, Role.Staff, Role.Admin].filter((role) => access.isRegistrant(as(role, 'u')))).toEqual([Role.Student]);
    expect(access.isRegistrant(null)).toBe(false);
  });

  it('lets a registration be cancelled by its student or staff only', () => {
    expect(() => access.assertCanChangeRegistration(as(Role.Student, 'stu'), { studentId: 'stu' })).not.toThrow();
    expect(() => access.assertCanChangeRegistration(as(Role.Staff, 'st'), { studentId: 'stu' })).not.toThrow();
    expect(() => access.assertCanChangeRegistration(as(Role.Student, 'other'), { studentId: 'stu' })).toThrow(ForbiddenError);
    expect(() => access.assertCanChangeRegistration(as(Role.Coach, 'stu'), { studentId: 'stu' })).toThrow(ForbiddenError);
  });

  it('lets a roster be run by its facilitators and staff', () => {
    expect(() => access.assertCanRun(as(Role.Coach, 'c1'), { facilitatorIds: ['c1'] })).not.toThrow();
    expect(() => access.assertCanRun(as(Role.Admin, 'a'), { facilitatorIds: [] })).not.toThrow();
    expect(() => access.assertCanRun(as(Role.Coach, 'c2'), { facilitatorIds: ['c1'] })).toThrow(NotFacilitatorError);
  });

  it('hides drafts from the catalog but for their facilitators, as a record check and as the SQL the list runs', () => {
    const coach = as(Role.Coach, 'c1');
    expect(canAccess(access.catalogRule(coach), { status: 'DRAFT', facilitatorIds: ['c2'] })).toBe(false);
    expect(canAccess(access.catalogRule(coach), { status: 'DRAFT', facilitatorIds: ['c1'] })).toBe(true);
    expect(canAccess(access.catalogRule(coach), { status: 'CANCELLED', facilitatorIds: [] })).toBe(true);
    expect(access.canSeeWorkshop(as(Role.Staff, 'st'), { status: 'DRAFT', facilitatorIds: [] })).toBe(true);
    const params: unknown[] = [];
    expect(accessSql(access.catalogRule(coach), 'w', WORKSHOP_ACCESS_COLUMNS, positional(params))).toBe('(w.status <> $1 OR $2 = ANY(w.facilitator_ids))');
    expect(params).toEqual(['DRAFT', 'c1']);
  });
});
