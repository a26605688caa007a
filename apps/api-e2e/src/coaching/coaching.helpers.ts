/**
 * Building blocks for the coaching specs: their own coach, students and session types, and
 * completed sessions placed in the past with SQL (the API only books future slots).
 */
import { randomUUID } from 'node:crypto';
import { Role } from '@debrief/shared/domain';
import { Agent, createTestUser, expectNoErrors, TestApi } from '../support/api';
import { createSessionType, dataSource, Person, SessionType } from '../scheduling/scheduling.helpers';

export const RUBRIC_FIELDS = /* GraphQL */ `id version name starEntries criteria { id key name descriptors starPart }`;
export const COACH_EVAL_FIELDS = /* GraphQL */ `
  id bookingId status revision sessionTypeName recommendation strengths areasForImprovement privateNotes sharedAt
  student { id name } coach { id name }
  scores { criterionId score note }
  starEntries { question competency situation task action result notes }
  questions { text topic company }
  rubric { ${RUBRIC_FIELDS} }
  history { revision action actorName }
`;
export const STUDENT_EVAL_FIELDS = /* GraphQL */ `
  id bookingId sessionTypeName coachName recommendation strengths areasForImprovement sharedAt
  scores { criterionId score note }
  starEntries { question competency situation task action result notes }
  questions { text topic company }
  rubric { ${RUBRIC_FIELDS} }
  comparison { criterionId criterionName coachScore selfScore gap }
`;

export const RUBRIC_FOR_BOOKING = `query($id: ID!) { rubricForBooking(bookingId: $id) { ${RUBRIC_FIELDS} } }`;
export const CREATE_EVAL = `mutation($input: CreateEvaluationInput!) { createEvaluation(input: $input) { ${COACH_EVAL_FIELDS} } }`;
export const UPDATE_EVAL = `mutation($input: UpdateEvaluationInput!) { updateEvaluation(input: $input) { ${COACH_EVAL_FIELDS} } }`;
export const SHARE_EVAL = `mutation($id: ID!) { shareEvaluation(id: $id) { ${COACH_EVAL_FIELDS} } }`;
export const COACH_EVAL = `query($id: ID!) { coachEvaluation(bookingId: $id) { ${COACH_EVAL_FIELDS} } }`;
export const COACH_EVALS = `query($studentId: ID) { coachEvaluations(input: { studentId: $studentId }) { ${COACH_EVAL_FIELDS} } }`;
export const STUDENT_EVAL = `query($id: ID!) { studentEvaluation(bookingId: $id) { ${STUDENT_EVAL_FIELDS} } }`;
export const SELF_ASSESS = `mutation($input: SelfAssessmentInput!) { submitSelfAssessment(input: $input) { id scores { criterionId score } } }`;
export const MY_FEEDBACK = `{ myFeedback { bookingId evaluationShared selfAssessed seen sessionTypeName coachName } }`;
export const PROGRESS = `query($studentId: ID) { progress(studentId: $studentId) { studentId summary series { criterionKey criterionName points { bookingId coachScore selfScore } } items { total done due doneOfDue overdue } confidence { on average } upcoming { bookingId } } }`;

export interface World {
  coach: Person;
  otherCoach: Person;
  student: Person;
  otherStudent: Person;
  behavioral: SessionType;
  coding: SessionType;
  cancelledType: SessionType;
}

async function person(api: TestApi, admin: Agent, role: Role, label: string): Promise<Person> {
  const user = await createTestUser(api, admin, { role, label });
  return { ...user, agent: await api.signInAs(user.email, user.password) };
}

export async function createWorld(api: TestApi, admin: Agent, staff: Agent, label: string): Promise<World> {
  const [coach, otherCoach, student, otherStudent] = [
    await person(api, admin, Role.Coach, `${label}-coach`),
    await person(api, admin, Role.Coach, `${label}-coach2`),
    await person(api, admin, Role.Student, `${label}-student`),
    await person(api, admin, Role.Student, `${label}-student2`),
  ];
  const behavioral = await createSessionType(api, staff, { category: 'BEHAVIORAL' });
  const coding = await createSessionType(api, staff, { category: 'CODING' });
  return { coach, otherCoach, student, otherStudent, behavioral, coding, cancelledType: coding };
}

let slot = 0;

/** A session in the past (distinct hour each call) with the given status. */
export async function pastSession(
  api: TestApi,
  input: { typeId: string; coachId: string; studentId: string; status?: string; daysAgo?: number },
): Promise<string> {
  slot += 1;
  const start = new Date(Date.now() - (input.daysAgo ?? 2) * 86400_000 - slot * 2 * 3600_000);
  start.setUTCMinutes(0, 0, 0);
  const end = new Date(start.getTime() + 3600_000);
  const id = randomUUID();
  await dataSource(api).query(
    `INSERT INTO bookings (id, session_type_id, coach_id, student_id, starts_at, ends_at, blocked_from, blocked_to, status, assignment, location, ical_uid)
     VALUES ($1, $2, $3, $4, $5, $6, $5, $6, $7, 'test', '', $8)`,
    [id, input.typeId, input.coachId, input.studentId, start.toISOString(), end.toISOString(), input.status ?? 'COMPLETED', randomUUID()],
  );
  return id;
}

export interface Rubric {
  id: string;
  starEntries: boolean;
  criteria: { id: string; key: string; name: string; descriptors: string[]; starPart: string | null }[];
}

export async function rubricFor(api: TestApi, agent: Agent, bookingId: string): Promise<Rubric> {
  return expectNoErrors(await api.gql(agent, RUBRIC_FOR_BOOKING, { id: bookingId })).rubricForBooking;
}

/** Every non-STAR criterion scored `score`, two STAR answers on a STAR rubric. */
export function fullContent(rubric: Rubric, score = 3) {
  return {
    scores: rubric.criteria.filter((c) => !(rubric.starEntries && c.starPart)).map((c) => ({ criterionId: c.id, score, note: `note on ${c.key}` })),
    starEntries: rubric.starEntries
      ? [
          { question: 'Tell me about a conflict', competency: 'conflict', situation: 4, task: 3, action: 3, result: 2, notes: 'good detail' },
          { question: 'Tell me about a failure', competency: 'failure and learning', situation: 2, task: 3, action: 4, result: 4, notes: '' },
        ]
      : [],
    strengths: 'Structured answers',
    areasForImprovement: ['Quantify results', 'Say I, not we'],
    questions: [{ text: 'Why this company?', topic: 'motivation', company: 'Acme' }],
    recommendation: 3,
    privateNotes: 'PRIVATE-NOTE-SENTINEL seemed anxious',
  };
}

export { expectNoErrors };
