import { Role } from '@debrief/shared/domain';
import { Agent, errorCode, expectNoErrors, startApi, TestApi } from '../support/api';
import { createSessionType, dataSource, retireCoaches, SessionType } from '../scheduling/scheduling.helpers';
import { ASK, createRoomWorld, MINUTE, openPad, PadClient, ROOM, RoomWorld, sessionAt, waitFor, wsBase } from './practice.helpers';

const SAVE = `mutation($input: SavePracticeNotesInput!) { savePracticeNotes(input: $input) { sessionId evaluationId revision savedAt } }`;
const RUBRIC = `query($id: ID!) { rubricForBooking(bookingId: $id) { id starEntries criteria { id key starPart descriptors } } }`;
const DRAFT = `query($id: ID!) { coachEvaluation(bookingId: $id) { id status revision privateNotes strengths
  scores { criterionId score note } starEntries { question competency situation task action result notes } questions { text topic company } } }`;
const SHARE = `mutation($id: ID!) { shareEvaluation(id: $id) { id status } }`;
const raw = (res: unknown) => JSON.stringify(res);

/**
 * The coach's live notes in the practice room land in the session's evaluation draft (through
 * coaching's published interface), from the room's opening, prefilled with the questions given;
 * none of it reaches the student, on their socket or in any query they can make.
 */
describe('practice room: coach notes → evaluation draft', () => {
  let api: TestApi;
  let admin: Agent;
  let staff: Agent;
  let w: RoomWorld;
  let behavioural: SessionType;
  const clients: PadClient[] = [];

  beforeAll(async () => {
    api = await startApi();
    admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    w = await createRoomWorld(api, admin, staff, 'notes');
    behavioural = await createSessionType(api, staff, { category: 'BEHAVIORAL', durationMinutes: 45, interviewMinutes: 30 });
  });

  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });

  afterAll(async () => {
    if (api) await retireCoaches(api, await api.signInAs(Role.Admin), [w?.coach, w?.otherCoach]);
    await api?.close();
  });

  it('creates the draft from the room (session not completed yet), prefills the questions asked and replaces it on each save', async () => {
    const id = await sessionAt(api, w, -5 * MINUTE);
    expectNoErrors(await api.gql(w.coach.agent, ASK, { input: { sessionId: id, text: 'Reverse a linked list', topic: 'lists' } }));
    expectNoErrors(await api.gql(w.coach.agent, ASK, { input: { sessionId: id, text: 'Now do it recursively', company: 'Acme' } }));
    const rubric = expectNoErrors(await api.gql(w.coach.agent, RUBRIC, { id })).rubricForBooking;
    const [first, second] = rubric.criteria;
    expect(expectNoErrors(await api.gql(w.coach.agent, DRAFT, { id })).coachEvaluation).toBeNull();

    const saved = expectNoErrors(
      await api.gql(w.coach.agent, SAVE, { input: { sessionId: id, scores: [{ criterionId: first.id, score: 3, note: 'talked it through' }], privateNotes: 'nervous start' } }),
    ).savePracticeNotes;
    expect(saved).toMatchObject({ sessionId: id, revision: 1, evaluationId: expect.any(String) });
    let draft = expectNoErrors(await api.gql(w.coach.agent, DRAFT, { id })).coachEvaluation;
    expect(draft).toMatchObject({ id: saved.evaluationId, status: 'DRAFT', privateNotes: 'nervous start', scores: [{ criterionId: first.id, score: 3, note: 'talked it through' }] });
    // (The evaluation keeps its questions as a set: the bank has no order.)
    expect(draft.questions).toHaveLength(2);
    expect(draft.questions).toEqual(
      expect.arrayContaining([
        { text: 'Reverse a linked list', topic: 'lists', company: '' },
        { text: 'Now do it recursively', topic: '', company: 'Acme' },
      ]),
    );

    // What the evaluation page wrote and the pane does not hold (strengths) stays.
    await dataSource(api).query(`UPDATE evaluations SET strengths = 'clear naming' WHERE id = $1`, [saved.evaluationId]);
    const again = expectNoErrors(
      await api.gql(w.coach.agent, SAVE, { input: { sessionId: id, scores: [{ criterionId: second.id, score: 2, note: '' }], privateNotes: 'nervous start, then fine' } }),
    ).savePracticeNotes;
    expect(again).toMatchObject({ evaluationId: saved.evaluationId, revision: 2 });
    draft = expectNoErrors(await api.gql(w.coach.agent, DRAFT, { id })).coachEvaluation;
    expect(draft).toMatchObject({ revision: 2, strengths: 'clear naming', privateNotes: 'nervous start, then fine', scores: [{ criterionId: second.id, score: 2, note: '' }] });
  });

  it('holds STAR answers on a behavioural rubric, and shares only once the session is completed', async () => {
    const id = await sessionAt(api, { ...w, type: behavioural }, -10 * MINUTE, 45);
    expectNoErrors(await api.gql(w.coach.agent, ASK, { input: { sessionId: id, text: 'Tell me about a conflict in a team', topic: 'conflict' } }));
    const rubric = expectNoErrors(await api.gql(w.coach.agent, RUBRIC, { id })).rubricForBooking;
    expect(rubric.starEntries).toBe(true);
    const scores = rubric.criteria.filter((c: { starPart: string | null }) => !c.starPart).map((c: { id: string }) => ({ criterionId: c.id, score: 4, note: '' }));
    const starEntries = [{ question: 'Tell me about a conflict in a team', competency: 'conflict', situation: 3, task: 2, action: 4, result: 3, notes: 'good detail' }];
    const saved = expectNoErrors(await api.gql(w.coach.agent, SAVE, { input: { sessionId: id, scores, starEntries, privateNotes: '' } })).savePracticeNotes;
    const draft = expectNoErrors(await api.gql(w.coach.agent, DRAFT, { id })).coachEvaluation;
    expect(draft.starEntries).toEqual(starEntries);
    expect(draft.questions).toEqual([{ text: 'Tell me about a conflict in a team', topic: 'conflict', company: '' }]);

    const early = await api.gql(w.coach.agent, SHARE, { id: saved.evaluationId });
    expect(errorCode(early)).toBe('CONFLICT');
    expect(raw(early)).toContain('SESSION_NOT_COMPLETED');

    await dataSource(api).query(`UPDATE bookings SET status = 'COMPLETED' WHERE id = $1`, [id]);
    expect(expectNoErrors(await api.gql(w.coach.agent, SHARE, { id: saved.evaluationId })).shareEvaluation.status).toBe('SHARED');
    // The room is still open, but a shared evaluation is edited from the evaluation page only.
    const late = await api.gql(w.coach.agent, SAVE, { input: { sessionId: id, scores, starEntries, privateNotes: 'afterthought' } });
    expect(errorCode(late)).toBe('CONFLICT');
    expect(raw(late)).toContain('ALREADY_SHARED');
  });

  it('refuses the student, another coach, staff looking in, a room not open yet and a score off the scale', async () => {
    const id = await sessionAt(api, w, -5 * MINUTE);
    const input = { sessionId: id, scores: [], privateNotes: 'x' };
    expect(errorCode(await api.gql(w.student.agent, SAVE, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(w.otherCoach.agent, SAVE, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(staff, SAVE, { input }))).toBe('FORBIDDEN');
    const rubric = expectNoErrors(await api.gql(w.coach.agent, RUBRIC, { id })).rubricForBooking;
    const bad = await api.gql(w.coach.agent, SAVE, { input: { ...input, scores: [{ criterionId: rubric.criteria[0].id, score: 5, note: '' }] } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(w.coach.agent, SAVE, { input: { ...input, scores: [{ criterionId: '00000000-0000-4000-8000-000000000000', score: 2, note: '' }] } }))).toBe('BAD_USER_INPUT');
    expect(expectNoErrors(await api.gql(w.coach.agent, DRAFT, { id })).coachEvaluation).toBeNull();

    const later = await sessionAt(api, w, 3 * 60 * MINUTE);
    const early = await api.gql(w.coach.agent, SAVE, { input: { ...input, sessionId: later } });
    expect(errorCode(early)).toBe('CONFLICT');
    expect(raw(early)).toContain('ROOM_NOT_OPEN');
    expect(errorCode(await api.gql(w.coach.agent, SAVE, { input: { ...input, sessionId: '00000000-0000-4000-8000-000000000000' } }))).toBe('NOT_FOUND');
  });

  it("never sends the coach's notes to the student: not on their socket's frames, not in any of their queries", async () => {
    const id = await sessionAt(api, w, -5 * MINUTE);
    const SECRET = `PRIVATE-LIVE-NOTE-${Date.now()}`;
    const base = wsBase(api);
    const watch = (name: string) => {
      const c = openPad(base, id, w.student.cookie, `practice:${id}:${name}`);
      clients.push(c);
      return c;
    };
    const studentPads = [watch('code'), watch('notes'), watch('signal')];
    await Promise.all(studentPads.map((c) => c.synced));
    const sneaky = watch('coach-notes');
    await waitFor('the private document refused to the student', () => sneaky.denied.length > 0);

    const rubric = expectNoErrors(await api.gql(w.coach.agent, RUBRIC, { id })).rubricForBooking;
    expectNoErrors(await api.gql(w.coach.agent, ASK, { input: { sessionId: id, text: 'Two sum' } }));
    expectNoErrors(await api.gql(w.coach.agent, SAVE, { input: { sessionId: id, scores: [{ criterionId: rubric.criteria[0].id, score: 2, note: `${SECRET}-score` }], privateNotes: SECRET } }));
    expectNoErrors(await api.gql(w.coach.agent, SAVE, { input: { sessionId: id, scores: [{ criterionId: rubric.criteria[0].id, score: 3, note: `${SECRET}-score` }], privateNotes: `${SECRET} 2` } }));
    // The question's signal reaches the student's socket: the frames are live, and carry no note.
    await waitFor('the question signal on the student socket', () => studentPads[2].doc.getMap('room').has('questions'));
    const frames = Buffer.concat(clients.flatMap((c) => c.frames)).toString('latin1');
    expect(frames.length).toBeGreaterThan(0);
    expect(frames).not.toContain(SECRET);

    const asked = [
      await api.gql(w.student.agent, ROOM, { id }),
      await api.gql(w.student.agent, DRAFT, { id }),
      await api.gql(w.student.agent, `query($id: ID!) { studentEvaluation(bookingId: $id) { id strengths } }`, { id }),
      await api.gql(w.student.agent, `{ myFeedback { bookingId status } }`),
      await api.gql(w.student.agent, `query($id: ID!) { progress(studentId: $id) { summary series { criterionKey points { coachScore } } } }`, { id: w.student.id }),
      await api.gql(w.student.agent, SAVE, { input: { sessionId: id, scores: [], privateNotes: '' } }),
    ];
    for (const res of asked) expect(raw(res)).not.toContain(SECRET);
    expect(errorCode(asked[1])).toBe('FORBIDDEN');
    expect(expectNoErrors(asked[2]).studentEvaluation).toBeNull();
    // The coach reads it back: the secret was really written.
    expect(raw(await api.gql(w.coach.agent, DRAFT, { id }))).toContain(SECRET);
  });
});
