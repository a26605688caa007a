import { installDefaultRubrics } from '@debrief/api/coaching';
import { Workers } from '@debrief/api/notifications';
import { Role } from '@debrief/shared/domain';
import { QueryRunner } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { Agent, createTestUser, errorCode, expectNoErrors, startApi, TestApi } from '../support/api';
import { dataSource, retireCoaches, retireTypes } from '../scheduling/scheduling.helpers';
import {
  COACH_EVAL,
  CREATE_EVAL,
  createWorld,
  fullContent,
  MY_FEEDBACK,
  pastSession,
  PROGRESS,
  rubricFor,
  SELF_ASSESS,
  SHARE_EVAL,
  STUDENT_EVAL,
  UPDATE_EVAL,
  World,
} from './coaching.helpers';

/** Statements TypeORM sends while `run` is served (the session lookup included). */
async function countStatements<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const original = PostgresQueryRunner.prototype.query;
  let statements = 0;
  PostgresQueryRunner.prototype.query = function (this: QueryRunner, ...args: Parameters<typeof original>) {
    statements++;
    return original.apply(this, args);
  } as typeof original;
  try {
    return { result: await run(), statements };
  } finally {
    PostgresQueryRunner.prototype.query = original;
  }
}

/**
 * What one share costs, the session lookup included, answering with the model it wrote (28 when it
 * re-read through the audited path); 24 since sharing reads the booking's status (a draft may be
 * held from the practice room's opening, and is shared only once the session is completed).
 */
const SHARE_STATEMENTS = 24;

const reason = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.['reason'];

describe('coaching rules (rubrics, evaluations, self-assessment, plans, journal, progress)', () => {
  let api: TestApi;
  let admin: Agent;
  let staff: Agent;
  let w: World;

  beforeAll(async () => {
    api = await startApi();
    admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    w = await createWorld(api, admin, staff, 'coach-rules');
  });

  afterAll(async () => {
    if (api) {
      await retireCoaches(api, admin, [w?.coach, w?.otherCoach]);
      await retireTypes(api, staff, [w?.behavioral, w?.coding]);
      await api.close();
    }
  });

  describe('rubrics', () => {
    it('exist in every installation: the seeded defaults with four descriptors per criterion', async () => {
      const { rubrics } = expectNoErrors(await api.gql(w.student.agent, `{ rubrics { key category current { name starEntries criteria { key name descriptors starPart } } } }`));
      const byKey = Object.fromEntries(rubrics.map((r: { key: string }) => [r.key, r]));
      expect(Object.keys(byKey).sort()).toEqual(['behavioral', 'career-advising', 'coding', 'product', 'resume-review', 'system-design']);
      expect(byKey.coding.current.criteria.map((c: { name: string }) => c.name)).toEqual([
        'Communication',
        'Problem solving',
        'Technical competency and code quality',
        'Testing and debugging',
        'Time management',
      ]);
      expect(byKey['system-design'].current.criteria.map((c: { key: string }) => c.key)).toEqual(['requirements', 'architecture', 'data-model', 'scalability', 'communication']);
      const star = byKey.behavioral.current;
      expect(star.starEntries).toBe(true);
      expect(star.criteria.map((c: { starPart: string | null }) => c.starPart)).toEqual(['S', 'T', 'A', 'R', null]);
      expect(star.criteria[0].descriptors[0]).toMatch(/hypothetical/);
      expect(star.criteria[0].descriptors[1]).toMatch(/"we" only/);
      expect(star.criteria[0].descriptors[3]).toMatch(/quantified/);
      for (const r of rubrics) for (const c of r.current.criteria) expect(c.descriptors).toHaveLength(4);
    });

    it('installs the defaults idempotently (a second boot adds nothing)', async () => {
      const db = dataSource(api);
      const before = await db.query(`SELECT count(*)::int AS n FROM rubric_versions`);
      expect(await db.transaction((m) => installDefaultRubrics(m))).toBe(0);
      expect(await db.query(`SELECT count(*)::int AS n FROM rubric_versions`)).toEqual(before);
    });
  });

  describe('evaluations', () => {
    let bookingId: string;
    let evaluationId: string;

    beforeAll(async () => {
      bookingId = await pastSession(api, { typeId: w.behavioral.id, coachId: w.coach.id, studentId: w.student.id });
    });

    it('refuses what the rules forbid, with coded errors', async () => {
      const rubric = await rubricFor(api, w.coach.agent, bookingId);
      const content = fullContent(rubric);
      const delivery = rubric.criteria.find((c) => c.key === 'delivery')?.id as string;

      const outOfScale = await api.gql(w.coach.agent, CREATE_EVAL, { input: { bookingId, ...content, scores: [{ criterionId: delivery, score: 5, note: '' }] } });
      expect([errorCode(outOfScale), reason(outOfScale), outOfScale.errors?.[0]?.extensions?.['field']]).toEqual(['BAD_USER_INPUT', 'SCORE_OUT_OF_SCALE', 'scores.0.score']);
      const zero = await api.gql(w.coach.agent, CREATE_EVAL, { input: { bookingId, ...content, starEntries: [{ ...content.starEntries[0], result: 0 }] } });
      expect([errorCode(zero), reason(zero)]).toEqual(['BAD_USER_INPUT', 'SCORE_OUT_OF_SCALE']);
      const badRecommendation = await api.gql(w.coach.agent, CREATE_EVAL, { input: { bookingId, ...content, recommendation: 9 } });
      expect(reason(badRecommendation)).toBe('SCORE_OUT_OF_SCALE');

      const codingBooking = await pastSession(api, { typeId: w.coding.id, coachId: w.coach.id, studentId: w.student.id });
      const codingRubric = await rubricFor(api, w.coach.agent, codingBooking);
      const foreign = await api.gql(w.coach.agent, CREATE_EVAL, { input: { bookingId, ...content, scores: [{ criterionId: codingRubric.criteria[0].id, score: 3, note: '' }] } });
      expect([errorCode(foreign), reason(foreign)]).toEqual(['BAD_USER_INPUT', 'CRITERION_NOT_IN_RUBRIC']);

      const cancelled = await pastSession(api, { typeId: w.behavioral.id, coachId: w.coach.id, studentId: w.student.id, status: 'CANCELLED' });
      const onCancelled = await api.gql(w.coach.agent, CREATE_EVAL, { input: { bookingId: cancelled, ...content } });
      expect([errorCode(onCancelled), reason(onCancelled)]).toEqual(['CONFLICT', 'SESSION_NOT_COMPLETED']);
      const notMarked = await pastSession(api, { typeId: w.behavioral.id, coachId: w.coach.id, studentId: w.student.id, status: 'BOOKED' });
      expect(reason(await api.gql(w.coach.agent, CREATE_EVAL, { input: { bookingId: notMarked, ...content } }))).toBe('SESSION_NOT_COMPLETED');

      const notYours = await api.gql(w.otherCoach.agent, CREATE_EVAL, { input: { bookingId, ...content } });
      expect([errorCode(notYours), reason(notYours)]).toEqual(['FORBIDDEN', 'NOT_YOUR_BOOKING']);
      const student = await api.gql(w.student.agent, CREATE_EVAL, { input: { bookingId, ...content } });
      expect(errorCode(student)).toBe('FORBIDDEN');
    });

    it('lets the coach write once, derives STAR part scores from the answers, and keeps it from the student while a draft', async () => {
      const rubric = await rubricFor(api, w.coach.agent, bookingId);
      const created = expectNoErrors(await api.gql(w.coach.agent, CREATE_EVAL, { input: { bookingId, ...fullContent(rubric) } })).createEvaluation;
      evaluationId = created.id;
      expect(created.status).toBe('DRAFT');
      expect(created.starEntries).toHaveLength(2);
      const score = (key: string) => created.scores.find((s: { criterionId: string }) => s.criterionId === rubric.criteria.find((c) => c.key === key)?.id)?.score;
      expect([score('situation'), score('task'), score('action'), score('result'), score('delivery')]).toEqual([3, 3, 3.5, 3, 3]);
      expect(created.privateNotes).toContain('PRIVATE-NOTE-SENTINEL');

      const again = await api.gql(w.coach.agent, CREATE_EVAL, { input: { bookingId, ...fullContent(rubric) } });
      expect([errorCode(again), reason(again)]).toEqual(['CONFLICT', 'ALREADY_EVALUATED']);
      const byStaff = await api.gql(staff, CREATE_EVAL, { input: { bookingId, ...fullContent(rubric) } });
      expect(reason(byStaff)).toBe('ALREADY_EVALUATED');

      expect(expectNoErrors(await api.gql(w.student.agent, STUDENT_EVAL, { id: bookingId })).studentEvaluation).toBeNull();
      const feedback = expectNoErrors(await api.gql(w.student.agent, MY_FEEDBACK)).myFeedback.find((f: { bookingId: string }) => f.bookingId === bookingId);
      expect(feedback).toMatchObject({ evaluationShared: false, selfAssessed: false });
    });

    it('keeps every edit in the history', async () => {
      const rubric = await rubricFor(api, w.coach.agent, bookingId);
      const updated = expectNoErrors(await api.gql(w.coach.agent, UPDATE_EVAL, { input: { evaluationId, ...fullContent(rubric, 2), strengths: 'Edited' } })).updateEvaluation;
      expect(updated.revision).toBe(2);
      expect(updated.strengths).toBe('Edited');
      expect(updated.history.map((h: { action: string }) => h.action)).toEqual(['CREATED', 'EDITED']);
      const other = await api.gql(w.otherCoach.agent, UPDATE_EVAL, { input: { evaluationId, ...fullContent(rubric) } });
      expect(reason(other)).toBe('NOT_YOUR_BOOKING');
    });

    it('lets the student assess themself first, then shares: one email without private notes, and a side-by-side', async () => {
      const rubric = await rubricFor(api, w.student.agent, bookingId);
      const partial = await api.gql(w.student.agent, SELF_ASSESS, { input: { bookingId, scores: [{ criterionId: rubric.criteria[0].id, score: 2 }] } });
      expect([errorCode(partial), reason(partial)]).toEqual(['BAD_USER_INPUT', 'INCOMPLETE']);
      const high = await api.gql(w.student.agent, SELF_ASSESS, { input: { bookingId, scores: rubric.criteria.map((c) => ({ criterionId: c.id, score: 7 })) } });
      expect(reason(high)).toBe('SCORE_OUT_OF_SCALE');
      expectNoErrors(await api.gql(w.student.agent, SELF_ASSESS, { input: { bookingId, scores: rubric.criteria.map((c) => ({ criterionId: c.id, score: 4 })) } }));
      expect(reason(await api.gql(w.student.agent, SELF_ASSESS, { input: { bookingId, scores: rubric.criteria.map((c) => ({ criterionId: c.id, score: 4 })) } }))).toBe('ALREADY_SELF_ASSESSED');

      const shared = expectNoErrors(await api.gql(w.coach.agent, SHARE_EVAL, { id: evaluationId })).shareEvaluation;
      expect(shared.status).toBe('SHARED');
      expectNoErrors(await api.gql(w.coach.agent, SHARE_EVAL, { id: evaluationId }));
      await api.app.get(Workers).drain();
      const mails = await dataSource(api).query(`SELECT subject, text_body AS text, html_body AS html FROM outbox_messages WHERE to_address = $1 AND kind = 'evaluation-shared'`, [w.student.email]);
      expect(mails).toHaveLength(1);
      expect(JSON.stringify(mails)).not.toContain('PRIVATE-NOTE-SENTINEL');
      expect(mails[0].text).toContain(`/feedback/${bookingId}`);

      const res = await api.gql(w.student.agent, STUDENT_EVAL, { id: bookingId });
      expect(JSON.stringify(res)).not.toContain('PRIVATE-NOTE-SENTINEL');
      const ev = expectNoErrors(res).studentEvaluation;
      expect(ev).not.toHaveProperty('privateNotes');
      expect(ev.areasForImprovement).toEqual(['Quantify results', 'Say I, not we']);
      const delivery = ev.comparison.find((c: { criterionName: string }) => c.criterionName === 'Delivery');
      expect(delivery).toMatchObject({ coachScore: 2, selfScore: 4, gap: 2 });
      const asPrivate = await api.gql(w.student.agent, `query($id: ID!) { studentEvaluation(bookingId: $id) { privateNotes } }`, { id: bookingId });
      expect(errorCode(asPrivate)).toBe('BAD_USER_INPUT');
      expect(asPrivate.errors?.[0]?.message).toMatch(/Cannot query field "privateNotes" on type "StudentEvaluation"/);
      expect(asPrivate.data ?? null).toBeNull();
    });

    it('closes self-assessment once the student has opened the shared evaluation', async () => {
      const second = await pastSession(api, { typeId: w.behavioral.id, coachId: w.coach.id, studentId: w.student.id });
      const rubric = await rubricFor(api, w.coach.agent, second);
      const ev = expectNoErrors(await api.gql(w.coach.agent, CREATE_EVAL, { input: { bookingId: second, ...fullContent(rubric) } })).createEvaluation;
      expectNoErrors(await api.gql(w.coach.agent, SHARE_EVAL, { id: ev.id }));
      expectNoErrors(await api.gql(w.student.agent, STUDENT_EVAL, { id: second }));
      const late = await api.gql(w.student.agent, SELF_ASSESS, { input: { bookingId: second, scores: rubric.criteria.map((c) => ({ criterionId: c.id, score: 3 })) } });
      expect([errorCode(late), reason(late)]).toEqual(['CONFLICT', 'SELF_ASSESSMENT_CLOSED']);
    });

    it('shares in a bounded number of statements and writes no read-audit row for the author’s own write', async () => {
      const booking = await pastSession(api, { typeId: w.behavioral.id, coachId: w.coach.id, studentId: w.student.id });
      const rubric = await rubricFor(api, w.coach.agent, booking);
      const draft = expectNoErrors(await api.gql(w.coach.agent, CREATE_EVAL, { input: { bookingId: booking, ...fullContent(rubric) } })).createEvaluation;
      const reads = async () => Number((await dataSource(api).query(`SELECT count(*) AS n FROM evaluation_reads WHERE evaluation_id = $1`, [draft.id]))[0].n);
      expect(await reads()).toBe(0);
      const counted = await countStatements(() => api.gql(w.coach.agent, SHARE_EVAL, { id: draft.id }));
      const shared = expectNoErrors(counted.result).shareEvaluation;
      expect({ status: shared.status, revision: shared.revision, history: shared.history.map((h: { action: string }) => h.action) }).toEqual({
        status: 'SHARED',
        revision: 2,
        history: ['CREATED', 'SHARED'],
      });
      expect(shared.privateNotes).toContain('PRIVATE-NOTE-SENTINEL');
      // Writing is not reading: neither the create nor the share is in the read audit.
      expect(await reads()).toBe(0);
      console.log(`shareEvaluation: ${counted.statements} SQL statements`);
      expect(counted.statements).toBeLessThanOrEqual(SHARE_STATEMENTS);
      // A read afterwards is audited as before.
      expectNoErrors(await api.gql(w.coach.agent, COACH_EVAL, { id: booking }));
      expect(await reads()).toBe(1);
    });

    it("keeps a session's self-assessment from a coach of the student's other sessions, nested in the evaluation as when asked directly", async () => {
      // A third coach who has coached the student in another session: they may read the shared
      // evaluation of this one, but not the self-assessment the student wrote for its coach.
      const user = await createTestUser(api, admin, { role: Role.Coach, label: 'coach-rules-coach3' });
      const third = { ...user, agent: await api.signInAs(user.email, user.password) };
      await pastSession(api, { typeId: w.coding.id, coachId: third.id, studentId: w.student.id });
      const NESTED = `query($id: ID!) { coachEvaluation(bookingId: $id) { id selfAssessment { id notes scores { criterionId score } } } }`;
      const asked = await api.gql(third.agent, `query($id: ID!) { selfAssessment(bookingId: $id) { id notes } }`, { id: bookingId });
      expect([errorCode(asked), reason(asked)]).toEqual(['FORBIDDEN', 'NOT_YOUR_BOOKING']);
      const nested = expectNoErrors(await api.gql(third.agent, NESTED, { id: bookingId })).coachEvaluation;
      expect(nested).toEqual({ id: evaluationId, selfAssessment: null });
      // The session's own coach and staff still see it, nested and asked.
      for (const agent of [w.coach.agent, staff]) {
        const own = expectNoErrors(await api.gql(agent, NESTED, { id: bookingId })).coachEvaluation;
        expect(own.selfAssessment?.scores).toHaveLength((await rubricFor(api, w.coach.agent, bookingId)).criteria.length);
      }
      await retireCoaches(api, admin, [third]);
    });

    it('audits every read by anyone but the student, searchable by admins', async () => {
      const before = expectNoErrors(await api.gql(admin, `query($f: EvaluationReadFilter) { evaluationReads(filter: $f) { readerId via } }`, { f: { evaluationId } })).evaluationReads;
      expectNoErrors(await api.gql(w.coach.agent, COACH_EVAL, { id: bookingId }));
      expectNoErrors(await api.gql(staff, COACH_EVAL, { id: bookingId }));
      expectNoErrors(await api.gql(w.student.agent, STUDENT_EVAL, { id: bookingId }));
      const after = expectNoErrors(
        await api.gql(admin, `query($f: EvaluationReadFilter) { evaluationReads(filter: $f) { readerId readerName readerRole via studentId } }`, { f: { evaluationId } }),
      ).evaluationReads;
      expect(after.length - before.length).toBe(2);
      expect(after.slice(0, 2).map((r: { readerRole: string }) => r.readerRole).sort()).toEqual(['COACH', 'STAFF']);
      expect(after.every((r: { readerId: string; studentId: string }) => r.readerId !== w.student.id && r.studentId === w.student.id)).toBe(true);
      const byReader = expectNoErrors(await api.gql(admin, `query($f: EvaluationReadFilter) { evaluationReads(filter: $f) { readerId } }`, { f: { readerId: w.coach.id } })).evaluationReads;
      expect(byReader.length).toBeGreaterThan(0);
      expect(byReader.every((r: { readerId: string }) => r.readerId === w.coach.id)).toBe(true);
      expect(errorCode(await api.gql(staff, `{ evaluationReads { id } }`))).toBe('FORBIDDEN');
    });

    it('feeds the question bank with questions of shared evaluations only', async () => {
      const bank = expectNoErrors(await api.gql(w.otherStudent.agent, `{ questionBank(filter: { company: "Acme" }) { questions { text topic company category } companies topics } }`)).questionBank;
      expect(bank.questions.some((q: { text: string }) => q.text === 'Why this company?')).toBe(true);
      expect(bank.companies).toContain('Acme');
      const draftBooking = await pastSession(api, { typeId: w.coding.id, coachId: w.coach.id, studentId: w.student.id });
      const rubric = await rubricFor(api, w.coach.agent, draftBooking);
      expectNoErrors(await api.gql(w.coach.agent, CREATE_EVAL, { input: { bookingId: draftBooking, ...fullContent(rubric), questions: [{ text: 'DRAFT-ONLY question', topic: 't', company: 'c' }] } }));
      const all = expectNoErrors(await api.gql(w.otherStudent.agent, `{ questionBank(filter: { search: "DRAFT-ONLY" }) { questions { text } } }`)).questionBank;
      expect(all.questions).toEqual([]);
    });

    it('makes a new rubric version on edit; earlier evaluations keep theirs', async () => {
      const { rubrics } = expectNoErrors(await api.gql(staff, `{ rubrics { id key currentVersion current { id name description criteria { key name looksFor descriptors starPart } } } }`));
      const coding = rubrics.find((r: { key: string }) => r.key === 'coding');
      const oldBooking = await pastSession(api, { typeId: w.coding.id, coachId: w.coach.id, studentId: w.otherStudent.id });
      const oldRubric = await rubricFor(api, w.coach.agent, oldBooking);
      expectNoErrors(await api.gql(w.coach.agent, CREATE_EVAL, { input: { bookingId: oldBooking, ...fullContent(oldRubric) } }));

      const criteria = coding.current.criteria.map((c: Record<string, unknown>) => ({ ...c, name: c['key'] === 'testing' ? 'Testing, debugging and edge cases' : c['name'] }));
      const updated = expectNoErrors(
        await api.gql(staff, `mutation($i: UpdateRubricInput!) { updateRubric(input: $i) { currentVersion current { id criteria { key name } } } }`, {
          i: { rubricId: coding.id, name: coding.current.name, description: coding.current.description, criteria },
        }),
      ).updateRubric;
      expect(updated.currentVersion).toBe(coding.currentVersion + 1);
      expect(updated.current.id).not.toBe(coding.current.id);
      expect(updated.current.criteria.map((c: { key: string }) => c.key)).toEqual(coding.current.criteria.map((c: { key: string }) => c.key));

      const old = expectNoErrors(await api.gql(w.coach.agent, COACH_EVAL, { id: oldBooking })).coachEvaluation;
      expect(old.rubric.id).toBe(oldRubric.id);
      const fresh = await pastSession(api, { typeId: w.coding.id, coachId: w.coach.id, studentId: w.otherStudent.id });
      expect((await rubricFor(api, w.coach.agent, fresh)).id).toBe(updated.current.id);
      const bad = await api.gql(staff, `mutation($i: UpdateRubricInput!) { updateRubric(input: $i) { currentVersion } }`, {
        i: { rubricId: coding.id, name: 'x', description: '', criteria: [{ name: 'Only three', looksFor: '', descriptors: ['a', 'b', 'c'] }] },
      });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(errorCode(await api.gql(w.coach.agent, `mutation($i: UpdateRubricInput!) { updateRubric(input: $i) { currentVersion } }`, { i: { rubricId: coding.id, name: 'x', description: '', criteria } }))).toBe('FORBIDDEN');
    });

    it('turns areas for improvement into plan items the student ticks, with overdue items and history', async () => {
      const plan = expectNoErrors(
        await api.gql(w.coach.agent, `mutation($i: ItemsFromEvaluationInput!) { addPlanItemsFromEvaluation(input: $i) { id items { id title status sourceEvaluationId } } }`, {
          i: { evaluationId, areas: [0, 1], dueOn: '2020-01-01' },
        }),
      ).addPlanItemsFromEvaluation;
      expect(plan.items.map((i: { title: string }) => i.title)).toEqual(['Quantify results', 'Say I, not we']);
      expect(plan.items.every((i: { sourceEvaluationId: string }) => i.sourceEvaluationId === evaluationId)).toBe(true);
      const badArea = await api.gql(w.coach.agent, `mutation($i: ItemsFromEvaluationInput!) { addPlanItemsFromEvaluation(input: $i) { id } }`, { i: { evaluationId, areas: [7] } });
      expect(badArea.errors?.[0]?.extensions?.['field']).toBe('areas.0');
      const badDate = await api.gql(w.coach.agent, `mutation($i: AddPlanItemInput!) { addPlanItem(input: $i) { id } }`, { i: { planId: plan.id, title: 'x', dueOn: '2026-02-31' } });
      expect([errorCode(badDate), badDate.errors?.[0]?.extensions?.['field']]).toEqual(['BAD_USER_INPUT', 'dueOn']);

      const item = plan.items[0].id;
      const ticked = expectNoErrors(
        await api.gql(w.student.agent, `mutation($i: UpdatePlanItemInput!) { updatePlanItem(input: $i) { items { id status overdue doneAt } history { summary actorName } } }`, {
          i: { itemId: item, status: 'DONE' },
        }),
      ).updatePlanItem;
      expect(ticked.items.find((i: { id: string }) => i.id === item)).toMatchObject({ status: 'DONE', overdue: false });
      expect(ticked.items.find((i: { id: string }) => i.id !== item)).toMatchObject({ status: 'TODO', overdue: true });
      expect(ticked.history.map((h: { summary: string }) => h.summary).join('\n')).toMatch(/marked “Quantify results” done/i);
      const retitle = await api.gql(w.student.agent, `mutation($i: UpdatePlanItemInput!) { updatePlanItem(input: $i) { id } }`, { i: { itemId: item, title: 'mine now' } });
      expect(errorCode(retitle)).toBe('FORBIDDEN');
      expectNoErrors(await api.gql(w.student.agent, `mutation($i: CommentPlanItemInput!) { commentOnPlanItem(input: $i) { id } }`, { i: { itemId: item, body: 'Did it with numbers' } }));
      const other = await api.gql(w.otherStudent.agent, `mutation($i: UpdatePlanItemInput!) { updatePlanItem(input: $i) { id } }`, { i: { itemId: item, status: 'TODO' } });
      expect(errorCode(other)).toBe('FORBIDDEN');
    });

    it('keeps a journal and shows progress: scores over time, self vs coach, items, confidence, with a summary', async () => {
      const bad = await api.gql(w.student.agent, `mutation($i: JournalEntryInput!) { addJournalEntry(input: $i) { id } }`, {
        i: { practisedOn: '2026-01-10', practised: 'Arrays', confidence: [{ topic: 'Arrays', level: 6 }] },
      });
      expect([errorCode(bad), bad.errors?.[0]?.extensions?.['field']]).toEqual(['BAD_USER_INPUT', 'confidence.0.level']);
      for (const [on, level] of [['2026-01-10', 2], ['2026-01-20', 4]] as const) {
        expectNoErrors(await api.gql(w.student.agent, `mutation($i: JournalEntryInput!) { addJournalEntry(input: $i) { id } }`, { i: { practisedOn: on, practised: 'Arrays', confidence: [{ topic: 'Arrays', level }] } }));
      }
      const progress = expectNoErrors(await api.gql(w.student.agent, PROGRESS, {})).progress;
      const delivery = progress.series.find((s: { criterionKey: string }) => s.criterionKey === 'delivery');
      expect(delivery.points.find((p: { bookingId: string }) => p.bookingId === bookingId)).toMatchObject({ coachScore: 2, selfScore: 4 });
      expect(progress.items).toMatchObject({ total: 2, done: 1, overdue: 1 });
      expect(progress.confidence).toEqual([{ on: '2026-01-10', average: 2 }, { on: '2026-01-20', average: 4 }]);
      expect(progress.summary).toMatch(/Delivery \(Behavioral mock interview \(STAR\)\)/);
      expect(progress.summary).toMatch(/1 of 2 items done/);
      expect(progress.summary).toMatch(/Journal confidence went from 2 to 4/);

      // The coach who coached the student sees it too (audited); an unrelated coach does not.
      expectNoErrors(await api.gql(w.coach.agent, PROGRESS, { studentId: w.student.id }));
      expect(errorCode(await api.gql(w.otherCoach.agent, PROGRESS, { studentId: w.student.id }))).toBe('FORBIDDEN');
      const reads = expectNoErrors(await api.gql(admin, `query($f: EvaluationReadFilter) { evaluationReads(filter: $f) { via } }`, { f: { readerId: w.coach.id } })).evaluationReads;
      expect(reads.map((r: { via: string }) => r.via)).toContain('progress');
    });
  });
});
