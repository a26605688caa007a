import { collectOperationPolicies } from '@debrief/api/core';
import { ErrorCode, hasPermission, Permission, Role, ROLES } from '@debrief/shared/domain';
import { GraphQLSchema } from 'graphql';
import { Agent, errorCode, expectNoErrors, startApi, TestApi } from '../support/api';
import { dummyCall, introspectSchema, Operation, operations, rootFields, RootType } from '../support/schema';

/**
 * The role-denial walker: every query and mutation of the served schema, called with type-valid
 * dummy arguments, anonymously and as each demo role. Guards run before input validation, so the
 * answer is FORBIDDEN exactly when the shared role → permission map denies the operation's
 * permission, whatever the (meaningless) arguments.
 */
type Policy = ReturnType<typeof collectOperationPolicies>[number];

const PUBLIC_OPERATIONS = ['Query.me', 'Mutation.signIn', 'Mutation.signOut', 'Mutation.acceptInvitation', 'Query.signInOptions'];

/** What the product expects for the operations that exist today; new ones only need a policy. */
const EXPECTED_PERMISSIONS: Record<string, Permission> = {
  'Query.coaches': Permission.CoachesRead,
  'Query.coach': Permission.CoachesRead,
  'Query.users': Permission.UsersRead,
  'Query.signInSettings': Permission.SignInManage,
  'Mutation.updateSignInSettings': Permission.SignInManage,
  'Query.outboxMessages': Permission.OutboxRead,
  'Mutation.resendOutboxMessage': Permission.OutboxResend,
  'Query.myCalendarFeed': Permission.BookingsReadOwn,
  'Mutation.regenerateCalendarFeed': Permission.BookingsReadOwn,
  'Mutation.revokeCalendarFeed': Permission.BookingsReadOwn,
  'Mutation.createUser': Permission.UsersManage,
  'Mutation.inviteUser': Permission.UsersManage,
  'Mutation.changeUserRole': Permission.UsersManage,
  'Mutation.updateMyProfile': Permission.ProfileUpdateOwn,
  'Mutation.updateCoachProfile': Permission.CoachProfilesUpdate,
  'Query.sessionTypes': Permission.SessionTypesRead,
  'Query.sessionType': Permission.SessionTypesRead,
  'Mutation.createSessionType': Permission.SessionTypesManage,
  'Mutation.updateSessionType': Permission.SessionTypesManage,
  'Mutation.retireSessionType': Permission.SessionTypesManage,
  'Query.availableSlots': Permission.SessionTypesRead,
  'Query.booking': Permission.BookingsReadOwn,
  'Query.myBookings': Permission.BookingsReadOwn,
  'Query.coachSchedule': Permission.SessionsRun,
  'Mutation.bookSession': Permission.BookingsBook,
  'Mutation.rescheduleBooking': Permission.BookingsBook,
  'Mutation.cancelBooking': Permission.BookingsBook,
  'Mutation.changeBookingLocation': Permission.SessionsRun,
  'Mutation.markBookingCompleted': Permission.SessionsRun,
  'Mutation.markBookingNoShow': Permission.SessionsRun,
  'Mutation.excuseNoShow': Permission.SchedulingManage,
  'Query.coachAvailability': Permission.AvailabilityUpdate,
  'Mutation.setWeeklyHours': Permission.AvailabilityUpdate,
  'Mutation.addAvailabilityOverride': Permission.AvailabilityUpdate,
  'Mutation.removeAvailabilityOverride': Permission.AvailabilityUpdate,
  'Query.closures': Permission.SessionTypesRead,
  'Mutation.addClosure': Permission.SchedulingManage,
  'Mutation.removeClosure': Permission.SchedulingManage,
  'Query.bookingPolicy': Permission.SessionTypesRead,
  'Mutation.updateBookingPolicy': Permission.SchedulingManage,
  'Query.bookingStanding': Permission.BookingsReadOwn,
  'Query.workshops': Permission.WorkshopsRead,
  'Query.workshop': Permission.WorkshopsRead,
  'Query.workshopCatalog': Permission.WorkshopsRead,
  'Query.myWorkshops': Permission.WorkshopsRead,
  'Query.workshopRoster': Permission.WorkshopsRun,
  'Query.workshopRosterCsv': Permission.WorkshopsRun,
  'Mutation.createWorkshop': Permission.WorkshopsManage,
  'Mutation.createWorkshopSeries': Permission.WorkshopsManage,
  'Mutation.updateWorkshop': Permission.WorkshopsManage,
  'Mutation.publishWorkshop': Permission.WorkshopsManage,
  'Mutation.cancelWorkshop': Permission.WorkshopsManage,
  'Mutation.removeWorkshopRegistration': Permission.WorkshopsManage,
  'Mutation.registerForWorkshop': Permission.WorkshopsRegister,
  'Mutation.cancelWorkshopRegistration': Permission.WorkshopsRegister,
  'Mutation.markWorkshopAttendance': Permission.WorkshopsRun,
  'Query.rubrics': Permission.CoachingRead,
  'Query.rubricVersion': Permission.CoachingRead,
  'Mutation.updateRubric': Permission.RubricsManage,
  'Query.coachEvaluation': Permission.EvaluationsWrite,
  'Query.coachEvaluations': Permission.EvaluationsWrite,
  'Query.evaluationTasks': Permission.EvaluationsWrite,
  'Mutation.createEvaluation': Permission.EvaluationsWrite,
  'Mutation.updateEvaluation': Permission.EvaluationsWrite,
  'Mutation.shareEvaluation': Permission.EvaluationsWrite,
  'Query.myFeedback': Permission.CoachingSelf,
  'Query.studentEvaluation': Permission.CoachingSelf,
  'Query.rubricForBooking': Permission.CoachingRead,
  'Query.selfAssessment': Permission.CoachingRead,
  'Mutation.submitSelfAssessment': Permission.CoachingSelf,
  'Query.questionBank': Permission.CoachingRead,
  'Query.improvementPlans': Permission.CoachingRead,
  'Query.improvementPlan': Permission.CoachingRead,
  'Mutation.createPlan': Permission.EvaluationsWrite,
  'Mutation.addPlanPhase': Permission.EvaluationsWrite,
  'Mutation.addPlanGoal': Permission.EvaluationsWrite,
  'Mutation.addPlanItem': Permission.EvaluationsWrite,
  'Mutation.addPlanResource': Permission.EvaluationsWrite,
  'Mutation.addPlanItemsFromEvaluation': Permission.EvaluationsWrite,
  'Mutation.updatePlanItem': Permission.CoachingRead,
  'Mutation.commentOnPlanItem': Permission.CoachingRead,
  'Query.journalEntries': Permission.CoachingRead,
  'Mutation.addJournalEntry': Permission.CoachingSelf,
  'Query.progress': Permission.CoachingRead,
  'Query.evaluationReads': Permission.EvaluationsAudit,
  'Query.practiceRoom': Permission.PracticeJoin,
  'Mutation.advancePracticeClock': Permission.PracticeRun,
  'Mutation.askPracticeQuestion': Permission.PracticeRun,
  'Mutation.setPracticeLanguage': Permission.PracticeJoin,
  'Mutation.setPracticeRecording': Permission.PracticeJoin,
  'Query.myPeerProfile': Permission.PeerPractice,
  'Mutation.savePeerProfile': Permission.PeerPractice,
  'Query.peerSettings': Permission.PeerManage,
  'Mutation.updatePeerSettings': Permission.PeerManage,
  'Query.peerStudents': Permission.PeerManage,
  'Mutation.setPeerSuspension': Permission.PeerManage,
  'Query.myPeerOffers': Permission.PeerPractice,
  'Query.openPeerOffers': Permission.PeerPractice,
  'Mutation.offerPeerWindows': Permission.PeerPractice,
  'Mutation.takePeerOffer': Permission.PeerPractice,
  'Mutation.withdrawPeerOffer': Permission.PeerPractice,
  'Query.myPeerSessions': Permission.PeerPractice,
  'Query.peerSession': Permission.PeerPractice,
  'Mutation.cancelPeerSession': Permission.PeerPractice,
  'Mutation.submitPeerFeedback': Permission.PeerPractice,
  'Mutation.reportPeerNoShow': Permission.PeerPractice,
  'Mutation.blockPeer': Permission.PeerPractice,
  'Mutation.reportPeer': Permission.PeerPractice,
  'Query.peerReports': Permission.PeerManage,
  'Query.peerStaffActions': Permission.PeerManage,
  'Query.capacityReport': Permission.ReportsRead,
  'Query.demandReport': Permission.ReportsRead,
  'Query.noShowReport': Permission.ReportsRead,
  'Query.reachReport': Permission.ReportsRead,
  'Query.workshopsReport': Permission.ReportsRead,
  'Query.outcomesReport': Permission.ReportsRead,
  'Query.reportCsv': Permission.ReportsRead,
  'Query.reportWorkbook': Permission.ReportsRead,
  'Mutation.savePracticeNotes': Permission.PracticeRun,
  'Query.practiceChecklist': Permission.SessionTypesManage,
  'Mutation.setPracticeChecklist': Permission.SessionTypesManage,
  'Mutation.submitPracticeSelfReview': Permission.PracticeJoin,
};

/** The codes a caller may see (INTERNAL_SERVER_ERROR never, for anything a user can send). */
const CONTRACT_CODES: string[] = [
  ErrorCode.BadUserInput,
  ErrorCode.Unauthenticated,
  ErrorCode.Forbidden,
  ErrorCode.NotFound,
  ErrorCode.Conflict,
  ErrorCode.TooManyRequests,
];

const key = (o: { parent: string; field: string }) => `${o.parent}.${o.field}`;

describe('access policy of every operation', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  let policies: Map<string, Policy>;
  let policiesError: unknown;
  let ops: Operation[];
  const agents = new Map<Role, Agent>();

  beforeAll(async () => {
    api = await startApi();
    schema = await introspectSchema(api, api.agent());
    ops = operations(schema);
    try {
      policies = new Map(collectOperationPolicies(api.app).map((p) => [key(p), p]));
    } catch (error) {
      // Reported by the policy tests; the walks below fall back to the expected map.
      policiesError = error;
      policies = new Map();
    }
    for (const role of ROLES) agents.set(role, await api.signInAs(role));
  });

  // The walk really runs every mutation a role may call, with dummy but valid arguments, and one of
  // them (updateBookingPolicy, all 1s) changes state other spec files share: put it back.
  let policy: Record<string, number> | undefined;
  beforeAll(async () => {
    const staff = await api.signInAs(Role.Staff);
    policy = expectNoErrors(await api.gql(staff, `{ bookingPolicy { maxActiveBookings noShowLimit noShowWindowDays } }`)).bookingPolicy;
  });

  afterAll(async () => {
    if (api && policy) {
      const staff = await api.signInAs(Role.Staff);
      const restored = await api.gql(staff, `mutation($p: BookingPolicyInput!) { updateBookingPolicy(input: $p) { maxActiveBookings } }`, { p: policy });
      expectNoErrors(restored);
    }
    await api?.close();
  });

  function call(parent: RootType, field: string, agent: Agent) {
    const def = rootFields(schema, parent).find((f) => f.name === field);
    if (!def) throw new Error(`${parent}.${field} is not in the schema`);
    const { query, variables } = dummyCall(parent, def);
    return api.gql(agent, query, variables);
  }

  // When the app cannot list its policies, the walks still run against the product's expectations.
  const isPublic = (op: Operation) =>
    policiesError ? PUBLIC_OPERATIONS.includes(key(op)) : policies.get(key(op))?.access.kind === 'public';
  const permissionOf = (op: Operation): Permission => {
    const access = policies.get(key(op))?.access;
    if (access?.kind === 'permission') return access.permission;
    if (policiesError && EXPECTED_PERMISSIONS[key(op)]) return EXPECTED_PERMISSIONS[key(op)];
    throw new Error(`${key(op)} has no permission policy`);
  };

  it('can list the policies of the running app', () => {
    expect(policiesError).toBeUndefined();
    expect(policies.size).toBeGreaterThan(0);
  });

  it('finds the operations of the schema', () => {
    expect(ops.length).toBeGreaterThanOrEqual(12);
    expect(ops.map(key)).toEqual(expect.arrayContaining([...PUBLIC_OPERATIONS, ...Object.keys(EXPECTED_PERMISSIONS)]));
  });

  it('declares a policy for every query and mutation of the schema', () => {
    const missing = ops.map(key).filter((k) => !policies.has(k));
    expect(missing).toEqual([]);
  });

  it('declares no operation that is neither public nor guarded by a permission', () => {
    expect(policies.size).toBeGreaterThan(0);
    const undeclared = [...policies.values()].filter((p) => p.access.kind === 'none').map(key);
    expect(undeclared).toEqual([]);
  });

  it('declares policies only for operations the schema serves', () => {
    expect(policies.size).toBeGreaterThan(0);
    const schemaOps = new Set(ops.map(key));
    expect([...policies.keys()].filter((k) => !schemaOps.has(k))).toEqual([]);
  });

  it('makes exactly me, signIn, signOut and acceptInvitation public', () => {
    const publicOps = [...policies.values()].filter((p) => p.access.kind === 'public').map(key);
    expect(publicOps.sort()).toEqual([...PUBLIC_OPERATIONS].sort());
  });

  it('guards every operation with the expected permission', () => {
    const guarded = [...policies.values()].filter((p) => p.access.kind === 'permission').map(key);
    expect(guarded.sort()).toEqual(Object.keys(EXPECTED_PERMISSIONS).sort());
    const actual = Object.fromEntries(
      Object.keys(EXPECTED_PERMISSIONS).map((k) => {
        const access = policies.get(k)?.access;
        return [k, access?.kind === 'permission' ? access.permission : access?.kind];
      }),
    );
    expect(actual).toEqual(EXPECTED_PERMISSIONS);
  });

  it('answers UNAUTHENTICATED to an anonymous caller of every non-public operation', async () => {
    const results: Record<string, string | undefined> = {};
    for (const op of ops.filter((o) => !isPublic(o))) {
      results[key(op)] = errorCode(await call(op.parent, op.field, api.agent()));
    }
    expect(Object.keys(results).length).toBeGreaterThan(0);
    for (const k of Object.keys(results)) expect({ [k]: results[k] }).toEqual({ [k]: ErrorCode.Unauthenticated });
  });

  it('never answers FORBIDDEN or UNAUTHENTICATED to an anonymous caller of a public operation (except signIn with wrong credentials)', async () => {
    for (const op of ops.filter((o) => isPublic(o) && key(o) !== 'Mutation.signIn')) {
      const code = errorCode(await call(op.parent, op.field, api.agent()));
      expect({ [key(op)]: code }).not.toEqual({ [key(op)]: ErrorCode.Forbidden });
      expect({ [key(op)]: code }).not.toEqual({ [key(op)]: ErrorCode.Unauthenticated });
    }
  });

  describe.each(ROLES)('signed in as %s', (role) => {
    it('is FORBIDDEN exactly the operations whose permission the role lacks', async () => {
      const agent = agents.get(role) as Agent;
      const expected: Record<string, string> = {};
      const actual: Record<string, string> = {};
      const errors: Record<string, unknown> = {};
      const unexpected: Record<string, unknown> = {};
      // signOut is public and would end this agent's session; public operations are covered above.
      for (const op of ops.filter((o) => !isPublic(o))) {
        const allowed = hasPermission(role, permissionOf(op));
        const res = await call(op.parent, op.field, agent);
        const code = errorCode(res);
        expected[key(op)] = allowed ? 'allowed' : ErrorCode.Forbidden;
        // A permission denial names the permission; a record-level refusal (e.g. a coach editing
        // another coach's profile, which the dummy ids provoke) means the operation was allowed.
        const deniedPermission = code === ErrorCode.Forbidden && res.errors?.[0]?.extensions?.['permission'] !== undefined;
        actual[key(op)] = deniedPermission ? ErrorCode.Forbidden : code === ErrorCode.Unauthenticated ? 'UNAUTHENTICATED' : 'allowed';
        if (actual[key(op)] !== expected[key(op)]) errors[key(op)] = res.errors ?? res.data;
        if (res.errors?.length && !CONTRACT_CODES.includes(code as string)) unexpected[key(op)] = res.errors;
      }
      expect({ role, results: actual }).toEqual({ role, results: expected });
      expect(errors).toEqual({});
      // Meaningless but type-valid arguments are the caller's mistake, never a server error.
      expect(unexpected).toEqual({});
    });

    it('still has its session after the walk', async () => {
      const res = await api.gql(agents.get(role) as Agent, `{ me { role } }`);
      expect(res.data?.me?.role).toBe(role);
    });
  });
});
