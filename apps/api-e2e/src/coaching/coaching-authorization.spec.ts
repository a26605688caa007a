import { Role } from '@debrief/shared/domain';
import { Agent, errorCode, expectNoErrors, GqlResponse, startApi, TestApi } from '../support/api';
import { introspectSchema, operations } from '../support/schema';
import { retireCoaches, retireTypes } from '../scheduling/scheduling.helpers';
import { CREATE_EVAL, createWorld, fullContent, pastSession, rubricFor, SELF_ASSESS, SHARE_EVAL, World } from './coaching.helpers';

/**
 * Every coaching operation, run as every role and as an unrelated student and coach, with the
 * ids of one student's records (their booking, evaluation, plan, item, criteria). Nothing of
 * theirs may reach anyone outside their circle, and private notes reach no student, ever:
 * assertions are on the raw JSON of each response.
 */
const PRIVATE = 'PRIVATE-NOTE-SENTINEL';
const OWNED = ['STRENGTH-OF-A', 'AREA-OF-A', 'PLAN-OF-A', 'JOURNAL-OF-A', 'COMMENT-OF-A', 'SELF-NOTES-OF-A', PRIVATE];

interface Ids {
  bookingId: string;
  evaluationId: string;
  studentId: string;
  coachId: string;
  planId: string;
  itemId: string;
  criterionId: string;
}

interface Op {
  name: string;
  kind: 'query' | 'mutation';
  doc: string;
  vars: (ids: Ids) => Record<string, unknown>;
  /** Unrelated callers get an empty answer (own-scope lists) rather than an error. */
  scopedToCaller?: boolean;
  /** Open to every signed-in user by design (contains nothing personal). */
  open?: boolean;
}

const OPS: Op[] = [
  { name: 'rubrics', kind: 'query', doc: `{ rubrics { id current { id } } }`, vars: () => ({}), open: true },
  { name: 'rubricVersion', kind: 'query', doc: `query($id: ID!) { rubricVersion(id: $id) { id } }`, vars: () => ({ id: '00000000-0000-4000-8000-000000000000' }), open: true },
  { name: 'questionBank', kind: 'query', doc: `{ questionBank { questions { text topic company } } }`, vars: () => ({}), open: true },
  { name: 'rubricForBooking', kind: 'query', doc: `query($id: ID!) { rubricForBooking(bookingId: $id) { id } }`, vars: (i) => ({ id: i.bookingId }) },
  { name: 'coachEvaluation', kind: 'query', doc: `query($id: ID!) { coachEvaluation(bookingId: $id) { id strengths areasForImprovement privateNotes } }`, vars: (i) => ({ id: i.bookingId }) },
  {
    name: 'coachEvaluations',
    kind: 'query',
    doc: `query($s: ID) { coachEvaluations(input: { studentId: $s }) { id strengths areasForImprovement privateNotes } }`,
    vars: (i) => ({ s: i.studentId }),
    scopedToCaller: true,
  },
  { name: 'evaluationTasks', kind: 'query', doc: `query($c: ID) { evaluationTasks(coachId: $c) { bookingId student { id } } }`, vars: (i) => ({ c: i.coachId }) },
  { name: 'myFeedback', kind: 'query', doc: `{ myFeedback { bookingId sessionTypeName } }`, vars: () => ({}), scopedToCaller: true },
  { name: 'studentEvaluation', kind: 'query', doc: `query($id: ID!) { studentEvaluation(bookingId: $id) { id strengths areasForImprovement } }`, vars: (i) => ({ id: i.bookingId }) },
  { name: 'selfAssessment', kind: 'query', doc: `query($id: ID!) { selfAssessment(bookingId: $id) { id notes } }`, vars: (i) => ({ id: i.bookingId }) },
  { name: 'improvementPlans', kind: 'query', doc: `query($s: ID) { improvementPlans(studentId: $s) { id title items { title comments { body } } } }`, vars: (i) => ({ s: i.studentId }) },
  { name: 'improvementPlan', kind: 'query', doc: `query($id: ID!) { improvementPlan(id: $id) { id title } }`, vars: (i) => ({ id: i.planId }) },
  { name: 'journalEntries', kind: 'query', doc: `query($s: ID) { journalEntries(studentId: $s) { practised } }`, vars: (i) => ({ s: i.studentId }) },
  { name: 'progress', kind: 'query', doc: `query($s: ID) { progress(studentId: $s) { summary series { criterionKey } } }`, vars: (i) => ({ s: i.studentId }) },
  { name: 'evaluationReads', kind: 'query', doc: `query($s: ID) { evaluationReads(filter: { studentId: $s }) { id } }`, vars: (i) => ({ s: i.studentId }) },
  {
    name: 'createEvaluation',
    kind: 'mutation',
    doc: `mutation($b: ID!) { createEvaluation(input: { bookingId: $b }) { id privateNotes } }`,
    vars: (i) => ({ b: i.bookingId }),
  },
  {
    name: 'updateEvaluation',
    kind: 'mutation',
    doc: `mutation($e: ID!) { updateEvaluation(input: { evaluationId: $e, strengths: "hijacked" }) { id privateNotes } }`,
    vars: (i) => ({ e: i.evaluationId }),
  },
  { name: 'shareEvaluation', kind: 'mutation', doc: `mutation($e: ID!) { shareEvaluation(id: $e) { id privateNotes } }`, vars: (i) => ({ e: i.evaluationId }) },
  {
    name: 'submitSelfAssessment',
    kind: 'mutation',
    doc: `mutation($b: ID!, $c: ID!) { submitSelfAssessment(input: { bookingId: $b, scores: [{ criterionId: $c, score: 3 }] }) { id } }`,
    vars: (i) => ({ b: i.bookingId, c: i.criterionId }),
  },
  { name: 'createPlan', kind: 'mutation', doc: `mutation($s: ID!) { createPlan(input: { studentId: $s, title: "x" }) { id } }`, vars: (i) => ({ s: i.studentId }) },
  { name: 'addPlanPhase', kind: 'mutation', doc: `mutation($p: ID!) { addPlanPhase(input: { planId: $p, name: "x", startWeek: 1, endWeek: 2 }) { id title } }`, vars: (i) => ({ p: i.planId }) },
  { name: 'addPlanGoal', kind: 'mutation', doc: `mutation($p: ID!, $c: ID) { addPlanGoal(input: { planId: $p, text: "x", criterionId: $c }) { id title } }`, vars: (i) => ({ p: i.planId, c: i.criterionId }) },
  { name: 'addPlanItem', kind: 'mutation', doc: `mutation($p: ID!) { addPlanItem(input: { planId: $p, title: "x" }) { id title } }`, vars: (i) => ({ p: i.planId }) },
  {
    name: 'addPlanResource',
    kind: 'mutation',
    doc: `mutation($p: ID!) { addPlanResource(input: { planId: $p, title: "x", url: "https://example.org" }) { id title } }`,
    vars: (i) => ({ p: i.planId }),
  },
  {
    name: 'addPlanItemsFromEvaluation',
    kind: 'mutation',
    doc: `mutation($e: ID!) { addPlanItemsFromEvaluation(input: { evaluationId: $e, areas: [0] }) { id title } }`,
    vars: (i) => ({ e: i.evaluationId }),
  },
  { name: 'updatePlanItem', kind: 'mutation', doc: `mutation($t: ID!) { updatePlanItem(input: { itemId: $t, status: DOING }) { id title } }`, vars: (i) => ({ t: i.itemId }) },
  { name: 'commentOnPlanItem', kind: 'mutation', doc: `mutation($t: ID!) { commentOnPlanItem(input: { itemId: $t, body: "x" }) { id title } }`, vars: (i) => ({ t: i.itemId }) },
  {
    name: 'addJournalEntry',
    kind: 'mutation',
    doc: `mutation { addJournalEntry(input: { practisedOn: "2026-01-05", practised: "own entry" }) { id practised } }`,
    vars: () => ({}),
    scopedToCaller: true,
  },
  {
    name: 'updateRubric',
    kind: 'mutation',
    doc: `mutation($r: ID!) { updateRubric(input: { rubricId: $r, name: "x", criteria: [] }) { id } }`,
    vars: () => ({ r: '00000000-0000-4000-8000-000000000000' }),
  },
];

describe('coaching authorization: every operation, every role, other students’ ids', () => {
  let api: TestApi;
  let admin: Agent;
  let staff: Agent;
  let w: World;
  let ids: Ids;

  beforeAll(async () => {
    api = await startApi();
    admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    w = await createWorld(api, admin, staff, 'coach-authz');
    // Student A's records: a shared behavioral evaluation with private notes, a self-assessment,
    // a plan with a commented item, a journal entry.
    const bookingId = await pastSession(api, { typeId: w.behavioral.id, coachId: w.coach.id, studentId: w.student.id });
    const rubric = await rubricFor(api, w.coach.agent, bookingId);
    expectNoErrors(
      await api.gql(w.student.agent, SELF_ASSESS, { input: { bookingId, notes: 'SELF-NOTES-OF-A', scores: rubric.criteria.map((c) => ({ criterionId: c.id, score: 3 })) } }),
    );
    const content = { ...fullContent(rubric), strengths: 'STRENGTH-OF-A', areasForImprovement: ['AREA-OF-A'] };
    const ev = expectNoErrors(await api.gql(w.coach.agent, CREATE_EVAL, { input: { bookingId, ...content } })).createEvaluation;
    expectNoErrors(await api.gql(w.coach.agent, SHARE_EVAL, { id: ev.id }));
    const plan = expectNoErrors(await api.gql(w.coach.agent, `mutation($s: ID!) { createPlan(input: { studentId: $s, title: "PLAN-OF-A" }) { id } }`, { s: w.student.id })).createPlan;
    const withItem = expectNoErrors(
      await api.gql(w.coach.agent, `mutation($e: ID!, $p: ID!) { addPlanItemsFromEvaluation(input: { evaluationId: $e, planId: $p, areas: [0] }) { items { id } } }`, { e: ev.id, p: plan.id }),
    ).addPlanItemsFromEvaluation;
    const itemId = withItem.items[0].id;
    expectNoErrors(await api.gql(w.student.agent, `mutation($t: ID!) { commentOnPlanItem(input: { itemId: $t, body: "COMMENT-OF-A" }) { id } }`, { t: itemId }));
    expectNoErrors(await api.gql(w.student.agent, `mutation { addJournalEntry(input: { practisedOn: "2026-01-02", practised: "JOURNAL-OF-A" }) { id } }`));
    ids = { bookingId, evaluationId: ev.id, studentId: w.student.id, coachId: w.coach.id, planId: plan.id, itemId, criterionId: rubric.criteria[0].id };
  });

  afterAll(async () => {
    if (api) {
      await retireCoaches(api, admin, [w?.coach, w?.otherCoach]);
      await retireTypes(api, staff, [w?.behavioral, w?.coding]);
      await api.close();
    }
  });

  const run = (agent: Agent, op: Op) => api.gql(agent, op.doc, op.vars(ids));
  const raw = (res: GqlResponse) => JSON.stringify({ data: res.data, errors: res.errors });

  it('covers every coaching operation the schema serves', async () => {
    const schema = await introspectSchema(api, admin);
    const served = operations(schema).map((o) => o.field);
    const coaching = OPS.map((o) => o.name);
    expect(coaching.filter((n) => !served.includes(n))).toEqual([]);
    const permissionsOfCoaching = ['rubric', 'evaluation', 'feedback', 'selfassessment', 'plan', 'journal', 'progress', 'question'];
    // The practice room's operations (askPracticeQuestion, …) and peer practice's (submitPeerFeedback, …)
    // are their own domains', each with its own access spec.
    const uncovered = served.filter((n) => !/practice|peer/i.test(n) && permissionsOfCoaching.some((p) => n.toLowerCase().includes(p)) && !coaching.includes(n));
    expect(uncovered).toEqual([]);
  });

  it('never hands private notes to a student, whatever they call with whichever ids', async () => {
    for (const agent of [w.student.agent, w.otherStudent.agent, await api.signInAs(Role.Student)]) {
      for (const op of OPS) {
        const res = await run(agent, op);
        expect({ op: op.name, leaked: raw(res).includes(PRIVATE) }).toEqual({ op: op.name, leaked: false });
        expect({ op: op.name, code: errorCode(res) }).not.toEqual({ op: op.name, code: 'INTERNAL_SERVER_ERROR' });
      }
    }
  });

  it('gives an unrelated student and an unrelated coach nothing of the student’s, and lets them change nothing', async () => {
    const PLAN = `query($id: ID!) { improvementPlan(id: $id) { title phases { id } goals { id } resources { id } items { id title status comments { body } } history { summary } } }`;
    const EVAL = `query($id: ID!) { coachEvaluation(bookingId: $id) { strengths revision status scores { criterionId score } } }`;
    const planBefore = expectNoErrors(await api.gql(w.student.agent, PLAN, { id: ids.planId })).improvementPlan;
    const evalBefore = expectNoErrors(await api.gql(w.coach.agent, EVAL, { id: ids.bookingId })).coachEvaluation;
    for (const [who, agent] of [['unrelated student', w.otherStudent.agent], ['unrelated coach', w.otherCoach.agent], ['demo coach', await api.signInAs(Role.Coach)]] as const) {
      for (const op of OPS) {
        const res = await run(agent, op);
        const leaked = OWNED.filter((s) => raw(res).includes(s));
        expect({ who, op: op.name, leaked }).toEqual({ who, op: op.name, leaked: [] });
        if (op.open || op.scopedToCaller) continue;
        expect({ who, op: op.name, code: errorCode(res) }).toEqual({ who, op: op.name, code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND|BAD_USER_INPUT)$/) });
      }
    }
    // And nothing changed: the evaluation and the plan are as the student's circle left them.
    expect(expectNoErrors(await api.gql(w.coach.agent, EVAL, { id: ids.bookingId })).coachEvaluation).toEqual(evalBefore);
    expect(expectNoErrors(await api.gql(w.student.agent, PLAN, { id: ids.planId })).improvementPlan).toEqual(planBefore);
    expect(evalBefore.strengths).toBe('STRENGTH-OF-A');
    expect(planBefore.title).toBe('PLAN-OF-A');
  });

  it('lets the student, their coach and staff read what is theirs to read', async () => {
    const reads: Record<string, [Agent, string[]]> = {
      student: [w.student.agent, ['studentEvaluation', 'selfAssessment', 'improvementPlans', 'improvementPlan', 'journalEntries', 'progress', 'rubricForBooking', 'myFeedback']],
      coach: [w.coach.agent, ['coachEvaluation', 'coachEvaluations', 'evaluationTasks', 'selfAssessment', 'improvementPlans', 'improvementPlan', 'journalEntries', 'progress', 'rubricForBooking']],
      staff: [staff, ['coachEvaluation', 'coachEvaluations', 'selfAssessment', 'improvementPlans', 'improvementPlan', 'journalEntries', 'progress', 'rubricForBooking']],
      admin: [admin, ['coachEvaluation', 'evaluationReads', 'progress']],
    };
    for (const [who, [agent, names]] of Object.entries(reads)) {
      for (const name of names) {
        const res = await run(agent, OPS.find((o) => o.name === name) as Op);
        expect({ who, name, errors: res.errors ?? [] }).toEqual({ who, name, errors: [] });
        expect(raw(res)).not.toBe('{}');
      }
    }
    const asCoach = expectNoErrors(await api.gql(w.coach.agent, `query($id: ID!) { coachEvaluation(bookingId: $id) { privateNotes } }`, { id: ids.bookingId })).coachEvaluation;
    expect(asCoach.privateNotes).toContain(PRIVATE);
    const asStudent = await api.gql(w.student.agent, `query($id: ID!) { studentEvaluation(bookingId: $id) { strengths areasForImprovement } }`, { id: ids.bookingId });
    expect(raw(asStudent)).toContain('STRENGTH-OF-A');
    expect(raw(asStudent)).not.toContain(PRIVATE);
  });
});
