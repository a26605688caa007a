import { Role } from '@debrief/shared/domain';
import { Agent, errorCode, expectNoErrors, startApi, TestApi } from '../support/api';
import { retireCoaches } from '../scheduling/scheduling.helpers';
import { ASK, createRoomWorld, MINUTE, RoomWorld, sessionAt } from './practice.helpers';

const CHECKLIST = `query($id: ID!) { practiceChecklist(sessionTypeId: $id) { sessionTypeId items isDefault } }`;
const SET = `mutation($input: SetPracticeChecklistInput!) { setPracticeChecklist(input: $input) { sessionTypeId items isDefault } }`;
const SUBMIT = `mutation($input: SubmitPracticeSelfReviewInput!) { submitPracticeSelfReview(input: $input) { sessionId items open done workedAt } }`;
const REVIEW = `query($id: ID!) { practiceRoom(sessionId: $id) { role selfReview { items open done workedAt } } }`;
const JOURNAL = `query($id: ID) { journalEntries(studentId: $id) { bookingId practised questionsMet checklist { item done } } }`;
const PROGRESS = `query($id: ID) { progress(studentId: $id) { summary selfReviews { bookingId done total } } }`;

/**
 * The self-review checklist: staff edit a session type's items (defaults until then); once the
 * session has ended its student works it, and it shows in their journal and progress.
 */
describe('practice room: self-review checklist', () => {
  let api: TestApi;
  let admin: Agent;
  let staff: Agent;
  let w: RoomWorld;

  beforeAll(async () => {
    api = await startApi();
    admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    w = await createRoomWorld(api, admin, staff, 'review');
  });

  afterAll(async () => {
    if (api) await retireCoaches(api, await api.signInAs(Role.Admin), [w?.coach, w?.otherCoach]);
    await api?.close();
  });

  it('starts from the defaults, which staff replace; others may not', async () => {
    const before = expectNoErrors(await api.gql(staff, CHECKLIST, { id: w.type.id })).practiceChecklist;
    expect(before.isDefault).toBe(true);
    expect(before.items).toEqual(expect.arrayContaining(['Clarified the problem before starting', 'Stated the time and space complexity', 'Tested edge cases', 'Answered behavioural questions in STAR']));
    expect(errorCode(await api.gql(w.coach.agent, SET, { input: { sessionTypeId: w.type.id, items: ['x'] } }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(w.student.agent, SET, { input: { sessionTypeId: w.type.id, items: ['x'] } }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(staff, SET, { input: { sessionTypeId: w.type.id, items: [] } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(staff, SET, { input: { sessionTypeId: w.type.id, items: ['  ', ''] } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(staff, SET, { input: { sessionTypeId: '00000000-0000-4000-8000-000000000000', items: ['a'] } }))).toBe('NOT_FOUND');
    const after = expectNoErrors(await api.gql(staff, SET, { input: { sessionTypeId: w.type.id, items: [' Clarified the problem ', 'Stated complexity', 'Tested edge cases', 'Stated complexity', 'Kept a steady pace'] } })).setPracticeChecklist;
    expect(after).toEqual({ sessionTypeId: w.type.id, items: ['Clarified the problem', 'Stated complexity', 'Tested edge cases', 'Kept a steady pace'], isDefault: false });
  });

  it('opens to the student when the session has ended, and lands in their journal and progress', async () => {
    const id = await sessionAt(api, w, -70 * MINUTE);
    expectNoErrors(await api.gql(w.coach.agent, ASK, { input: { sessionId: id, text: 'Design a rate limiter' } }));
    const room = expectNoErrors(await api.gql(w.student.agent, REVIEW, { id })).practiceRoom;
    expect(room.selfReview).toEqual({ items: ['Clarified the problem', 'Stated complexity', 'Tested edge cases', 'Kept a steady pace'], open: true, done: [], workedAt: null });
    expect(expectNoErrors(await api.gql(w.coach.agent, REVIEW, { id })).practiceRoom.selfReview).toBeNull();

    const unknown = await api.gql(w.student.agent, SUBMIT, { input: { sessionId: id, done: ['Wrote it in Rust'], note: '' } });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(w.coach.agent, SUBMIT, { input: { sessionId: id, done: [], note: '' } }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(w.otherStudent.agent, SUBMIT, { input: { sessionId: id, done: [], note: '' } }))).toBe('FORBIDDEN');

    const worked = expectNoErrors(await api.gql(w.student.agent, SUBMIT, { input: { sessionId: id, done: ['Clarified the problem', 'Tested edge cases'], note: 'rushed the end' } })).submitPracticeSelfReview;
    expect(worked).toMatchObject({ sessionId: id, open: true, done: ['Clarified the problem', 'Tested edge cases'], workedAt: expect.any(String) });
    // Worked again: the same journal entry, replaced.
    expectNoErrors(await api.gql(w.student.agent, SUBMIT, { input: { sessionId: id, done: ['Clarified the problem', 'Tested edge cases', 'Kept a steady pace'], note: 'rushed the end' } }));

    const journal = expectNoErrors(await api.gql(w.student.agent, JOURNAL, { id: null })).journalEntries.filter((e: { bookingId: string | null }) => e.bookingId === id);
    expect(journal).toHaveLength(1);
    expect(journal[0]).toMatchObject({ questionsMet: 'Design a rate limiter', practised: expect.stringContaining('rushed the end') });
    expect(journal[0].checklist).toEqual([
      { item: 'Clarified the problem', done: true },
      { item: 'Stated complexity', done: false },
      { item: 'Tested edge cases', done: true },
      { item: 'Kept a steady pace', done: true },
    ]);
    const progress = expectNoErrors(await api.gql(w.student.agent, PROGRESS, { id: null })).progress;
    expect(progress.selfReviews).toContainEqual({ bookingId: id, done: 3, total: 4 });
    expect(progress.summary).toMatch(/practice self-review/);
  });

  it('is not open before the session has ended', async () => {
    const id = await sessionAt(api, w, -5 * MINUTE, 60);
    expect(expectNoErrors(await api.gql(w.student.agent, REVIEW, { id })).practiceRoom.selfReview.open).toBe(false);
    const early = await api.gql(w.student.agent, SUBMIT, { input: { sessionId: id, done: [], note: '' } });
    expect(errorCode(early)).toBe('CONFLICT');
    expect(JSON.stringify(early)).toContain('SESSION_NOT_ENDED');
  });
});
