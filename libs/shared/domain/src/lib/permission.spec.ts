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

describe('scheduling permissions', () => {
  it('lets students book but not manage or run sessions', () => {
    expect(hasPermission(Role.Student, Permission.BookingsBook)).toBe(true);
    expect(hasPermission(Role.Student, Permission.SessionsRun)).toBe(false);
    expect(hasPermission(Role.Student, Permission.SchedulingManage)).toBe(false);
    expect(hasPermission(Role.Student, Permission.AvailabilityUpdate)).toBe(false);
  });

  it('lets coaches run sessions and set their hours but not book or manage the center', () => {
    expect(hasPermission(Role.Coach, Permission.SessionsRun)).toBe(true);
    expect(hasPermission(Role.Coach, Permission.AvailabilityUpdate)).toBe(true);
    expect(hasPermission(Role.Coach, Permission.BookingsBook)).toBe(false);
    expect(hasPermission(Role.Coach, Permission.SessionTypesManage)).toBe(false);
  });

  it('lets staff manage session types, closures and policy', () => {
    for (const p of [Permission.SessionTypesManage, Permission.SchedulingManage, Permission.BookingsBook]) {
      expect(hasPermission(Role.Staff, p)).toBe(true);
    }
  });
});

describe('workshop permissions', () => {
  it('lets only students register, coaches and staff run, staff manage', () => {
    expect(ROLES.filter((r) => hasPermission(r, Permission.WorkshopsRegister))).toEqual([Role.Student]);
    expect(ROLES.filter((r) => hasPermission(r, Permission.WorkshopsRun))).toEqual([Role.Coach, Role.Staff, Role.Admin]);
    expect(ROLES.filter((r) => hasPermission(r, Permission.WorkshopsManage))).toEqual([Role.Staff, Role.Admin]);
    for (const r of ROLES) expect(hasPermission(r, Permission.WorkshopsRead)).toBe(true);
  });
});

describe('coaching permissions', () => {
  it('lets coaches and staff write evaluations, never students', () => {
    expect(ROLES.filter((r) => hasPermission(r, Permission.EvaluationsWrite))).toEqual([Role.Coach, Role.Staff, Role.Admin]);
  });

  it('keeps self-assessment and the journal to students', () => {
    expect(ROLES.filter((r) => hasPermission(r, Permission.CoachingSelf))).toEqual([Role.Student]);
  });

  it('gives every student evaluation to staff only, and the read audit to admins only', () => {
    expect(ROLES.filter((r) => hasPermission(r, Permission.EvaluationsReadAll))).toEqual([Role.Staff, Role.Admin]);
    expect(ROLES.filter((r) => hasPermission(r, Permission.EvaluationsAudit))).toEqual([Role.Admin]);
    expect(ROLES.filter((r) => hasPermission(r, Permission.RubricsManage))).toEqual([Role.Staff, Role.Admin]);
  });
});

describe('practice room permissions', () => {
  it('lets everyone join their own rooms, only coaches run one, only staff observe any', () => {
    for (const r of ROLES) expect(hasPermission(r, Permission.PracticeJoin)).toBe(true);
    expect(ROLES.filter((r) => hasPermission(r, Permission.PracticeRun))).toEqual([Role.Coach]);
    expect(ROLES.filter((r) => hasPermission(r, Permission.PracticeObserve))).toEqual([Role.Staff, Role.Admin]);
  });
});

describe('peer practice permissions', () => {
  it('lets only students practise with peers, and only staff manage peer practice', () => {
    expect(ROLES.filter((r) => hasPermission(r, Permission.PeerPractice))).toEqual([Role.Student]);
    expect(ROLES.filter((r) => hasPermission(r, Permission.PeerManage))).toEqual([Role.Staff, Role.Admin]);
  });
});

describe('report permissions', () => {
  it('gives coaches their own reports and staff and admins every figure, students none', () => {
    expect(ROLES.filter((r) => hasPermission(r, Permission.ReportsRead))).toEqual([Role.Coach, Role.Staff, Role.Admin]);
    expect(ROLES.filter((r) => hasPermission(r, Permission.ReportsReadAll))).toEqual([Role.Staff, Role.Admin]);
  });
});
