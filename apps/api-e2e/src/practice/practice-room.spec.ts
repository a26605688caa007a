import { ErrorCode, Role } from '@debrief/shared/domain';
import * as Y from 'yjs';
import { Agent, errorCode, expectNoErrors, startApi, TestApi } from '../support/api';
import { dataSource, retireCoaches } from '../scheduling/scheduling.helpers';
import { ADVANCE, ASK, createRoomWorld, LANGUAGE, MINUTE, openPad, PadClient, RECORDING, ROOM, RoomWorld, sessionAt, sessionCookie, upgradeStatus, waitFor, wsBase } from './practice.helpers';

/**
 * The practice room over GraphQL and its WebSocket, with real Yjs clients: who gets in and when,
 * convergence, offline edits, private notes that never reach the student, the clock, questions,
 * the recording link, and documents surviving a restart.
 */
describe('practice room', () => {
  let api: TestApi;
  let admin: Agent;
  let staff: Agent;
  let w: RoomWorld;
  const clients: PadClient[] = [];
  const pad = (...args: Parameters<typeof openPad>) => {
    const c = openPad(...args);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    api = await startApi();
    admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    w = await createRoomWorld(api, admin, staff, 'room');
  });

  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });

  afterAll(async () => {
    // The coaches directory is counted by another spec: these coaches become students again.
    if (api) await retireCoaches(api, await api.signInAs(Role.Admin), [w?.coach, w?.otherCoach]);
    await api?.close();
  });

  describe('access', () => {
    it('says when a room opens, and gives nothing of it before then', async () => {
      const id = await sessionAt(api, w, 60 * MINUTE);
      const room = expectNoErrors(await api.gql(w.student.agent, ROOM, { id })).practiceRoom;
      expect(room).toMatchObject({ isOpen: false, live: null, role: 'STUDENT', questions: [], code: null, recordingUrl: null });
      expect(new Date(room.opensAt).getTime()).toBe(new Date(room.startsAt).getTime() - 15 * MINUTE);
      expect(new Date(room.closesAt).getTime()).toBe(new Date(room.endsAt).getTime() + 120 * MINUTE);
      expect(await upgradeStatus(wsBase(api), id, w.student.cookie)).toBe(403);
    });

    it('is open to its coach and student, read-only to staff, with the private notes document for the coach alone', async () => {
      const id = await sessionAt(api, w, 10 * MINUTE);
      const coach = expectNoErrors(await api.gql(w.coach.agent, ROOM, { id })).practiceRoom;
      const student = expectNoErrors(await api.gql(w.student.agent, ROOM, { id })).practiceRoom;
      const observer = expectNoErrors(await api.gql(staff, ROOM, { id })).practiceRoom;
      expect(coach).toMatchObject({ isOpen: true, role: 'COACH', live: { websocketPath: `/practice/ws/${id}`, readOnly: false } });
      expect(coach.live.documents.coachNotes).toBe(`practice:${id}:coach-notes`);
      expect(student.live.documents).toMatchObject({ code: `practice:${id}:code`, coachNotes: null });
      expect(observer).toMatchObject({ role: 'OBSERVER', live: { readOnly: true, documents: { coachNotes: null } } });
      expect(coach.clock.plan).toEqual([
        { phase: 'INTERVIEW', minutes: 40 },
        { phase: 'FEEDBACK', minutes: 15 },
        { phase: 'WRAP_UP', minutes: 5 },
      ]);
    });

    it('answers FORBIDDEN to anyone else, NOT_FOUND for no session or a cancelled one, BAD_USER_INPUT for a malformed id', async () => {
      const id = await sessionAt(api, w, 5 * MINUTE);
      expect(errorCode(await api.gql(w.otherStudent.agent, ROOM, { id }))).toBe(ErrorCode.Forbidden);
      expect(errorCode(await api.gql(w.otherCoach.agent, ROOM, { id }))).toBe(ErrorCode.Forbidden);
      expect(errorCode(await api.gql(api.agent(), ROOM, { id }))).toBe(ErrorCode.Unauthenticated);
      expect(errorCode(await api.gql(w.student.agent, ROOM, { id: '00000000-0000-4000-8000-000000000000' }))).toBe(ErrorCode.NotFound);
      expect(errorCode(await api.gql(w.student.agent, ROOM, { id: 'nope' }))).toBe(ErrorCode.BadUserInput);
      const cancelled = await sessionAt(api, w, 2 * MINUTE, 30, 'CANCELLED');
      expect(errorCode(await api.gql(w.student.agent, ROOM, { id: cancelled }))).toBe(ErrorCode.NotFound);
    });

    it('refuses at the upgrade a signed-out client, a stranger, the wrong student, a coach of another session and another site', async () => {
      const id = await sessionAt(api, w, 0);
      const base = wsBase(api);
      expect(await upgradeStatus(base, id, w.student.cookie)).toBe(101);
      expect(await upgradeStatus(base, id, null)).toBe(401);
      expect(await upgradeStatus(base, id, 'debrief_session=forged-token-value')).toBe(401);
      expect(await upgradeStatus(base, id, w.otherStudent.cookie)).toBe(403);
      expect(await upgradeStatus(base, id, w.otherCoach.cookie)).toBe(403);
      expect(await upgradeStatus(base, '00000000-0000-4000-8000-000000000000', w.student.cookie)).toBe(404);
      expect(await upgradeStatus(base, id, w.student.cookie, { origin: 'https://evil.example' })).toBe(403);
    });

    it("keeps the coach's private notes off the student's socket: the document is refused and no frame carries them", async () => {
      const id = await sessionAt(api, w, 0);
      const elsewhere = await sessionAt(api, { ...w, coach: w.otherCoach, student: w.otherStudent }, 0);
      const base = wsBase(api);
      const secret = `PRIVATE-LIVE-NOTE-${Date.now()}`;
      const coachNotes = pad(base, id, w.coach.cookie, `practice:${id}:coach-notes`);
      await coachNotes.synced;
      coachNotes.text.insert(0, secret);
      const code = pad(base, id, w.student.cookie, `practice:${id}:code`);
      const sneaky = pad(base, id, w.student.cookie, `practice:${id}:coach-notes`);
      const otherRoom = pad(base, id, w.student.cookie, `practice:${elsewhere}:code`);
      await code.synced;
      await waitFor('the student to be refused the coach notes and the other room', () => sneaky.denied.length > 0 && otherRoom.denied.length > 0);
      expect(sneaky.text.toString()).toBe('');
      const all = Buffer.concat([...code.frames, ...sneaky.frames, ...otherRoom.frames]).toString('latin1');
      expect(all).not.toContain(secret);
      const room = expectNoErrors(await api.gql(w.student.agent, ROOM, { id })).practiceRoom;
      expect(JSON.stringify(room)).not.toContain(secret);
    });
  });

  describe('collaboration', () => {
    it('lets two clients type and converge on one text', async () => {
      const id = await sessionAt(api, w, 0);
      const base = wsBase(api);
      const a = pad(base, id, w.coach.cookie, `practice:${id}:code`);
      const b = pad(base, id, w.student.cookie, `practice:${id}:code`);
      await Promise.all([a.synced, b.synced]);
      a.text.insert(0, 'function add(a, b) {\n');
      b.text.insert(0, '// student\n');
      a.text.insert(a.text.length, '  return a + b;\n}\n');
      await waitFor('both to hold both edits', () => a.text.toString() === b.text.toString() && a.text.length > 40);
      expect(b.text.toString()).toContain('// student');
      expect(b.text.toString()).toContain('return a + b;');
    });

    it('merges 20 edits a client made offline when it reconnects', async () => {
      const id = await sessionAt(api, w, 0);
      const base = wsBase(api);
      const a = pad(base, id, w.coach.cookie, `practice:${id}:notes`);
      await a.synced;
      a.text.insert(0, 'start\n');
      const offline = new Y.Doc();
      const c1 = pad(base, id, w.student.cookie, `practice:${id}:notes`, offline);
      await c1.synced;
      await waitFor('the third client to have the start', () => c1.text.toString() === 'start\n');
      c1.destroy();
      for (let i = 0; i < 20; i++) offline.getText('content').insert(offline.getText('content').length, `offline ${i}\n`);
      a.text.insert(a.text.length, 'online while away\n');
      const c2 = pad(base, id, w.student.cookie, `practice:${id}:notes`, offline);
      await c2.synced;
      await waitFor('all to converge', () => a.text.toString() === c2.text.toString() && a.text.toString().includes('offline 19'));
      for (let i = 0; i < 20; i++) expect(a.text.toString()).toContain(`offline ${i}\n`);
      expect(a.text.toString()).toContain('online while away');
    });

    it("lets staff watch but not write, and keeps the observer's edits out of everyone else's document", async () => {
      const id = await sessionAt(api, w, 0);
      const base = wsBase(api);
      const staffCookie = await sessionCookie(api, 'staff@debrief.example', 'debrief-demo');
      const coach = pad(base, id, w.coach.cookie, `practice:${id}:code`);
      const observer = pad(base, id, staffCookie, `practice:${id}:code`);
      await Promise.all([coach.synced, observer.synced]);
      coach.text.insert(0, 'coach typed');
      await waitFor('the observer to see it', () => observer.text.toString() === 'coach typed');
      observer.text.insert(0, 'OBSERVER ');
      await new Promise((r) => setTimeout(r, 500));
      expect(coach.text.toString()).toBe('coach typed');
    });
  });

  describe('clock, questions, language and recording', () => {
    it('lets the coach start and advance the clock from the phase they see, in server time; a stale click is a CONFLICT', async () => {
      const id = await sessionAt(api, w, 0);
      expect(errorCode(await api.gql(w.student.agent, ADVANCE, { input: { sessionId: id, from: 'NOT_STARTED' } }))).toBe(ErrorCode.Forbidden);
      const started = expectNoErrors(await api.gql(w.coach.agent, ADVANCE, { input: { sessionId: id, from: 'NOT_STARTED' } })).advancePracticeClock;
      expect(started.clock.phase).toBe('INTERVIEW');
      expect(new Date(started.clock.phaseEndsAt).getTime() - new Date(started.clock.phaseStartedAt).getTime()).toBe(40 * MINUTE);
      const stale = await api.gql(w.coach.agent, ADVANCE, { input: { sessionId: id, from: 'NOT_STARTED' } });
      expect(errorCode(stale)).toBe(ErrorCode.Conflict);
      expect(stale.errors?.[0].extensions).toMatchObject({ reason: 'CLOCK_MOVED', phase: 'INTERVIEW' });
      const feedback = expectNoErrors(await api.gql(w.coach.agent, ADVANCE, { input: { sessionId: id, from: 'INTERVIEW' } })).advancePracticeClock;
      expect(feedback.clock.phase).toBe('FEEDBACK');
      const seen = expectNoErrors(await api.gql(w.student.agent, ROOM, { id })).practiceRoom;
      expect(seen.clock).toMatchObject({ phase: 'FEEDBACK' });
    });

    it('shows the student a question the moment the coach gives it (the signal document changes), and records it on the session', async () => {
      const id = await sessionAt(api, w, 0);
      const signal = pad(wsBase(api), id, w.student.cookie, `practice:${id}:signal`);
      await signal.synced;
      const changes: string[] = [];
      signal.doc.getMap('room').observe((e) => changes.push(...e.keysChanged));
      expect(errorCode(await api.gql(w.student.agent, ASK, { input: { sessionId: id, text: 'I ask myself' } }))).toBe(ErrorCode.Forbidden);
      expect(errorCode(await api.gql(w.coach.agent, ASK, { input: { sessionId: id, text: '   ' } }))).toBe(ErrorCode.BadUserInput);
      expectNoErrors(await api.gql(w.coach.agent, ASK, { input: { sessionId: id, text: 'Reverse a linked list', topic: 'lists', company: 'Acme' } }));
      await waitFor('the signal to reach the student', () => changes.includes('questions'));
      const room = expectNoErrors(await api.gql(w.student.agent, ROOM, { id })).practiceRoom;
      expect(room.questions).toMatchObject([{ text: 'Reverse a linked list', topic: 'lists', company: 'Acme' }]);
      // The signal document is the server's: a client's write to it is dropped.
      signal.doc.getMap('room').set('questions', 'forged');
      const other = pad(wsBase(api), id, w.coach.cookie, `practice:${id}:signal`);
      await other.synced;
      expect(other.doc.getMap('room').get('questions')).not.toBe('forged');
    });

    it('takes an https recording link from either party, refuses anything else, and lets either pick the language', async () => {
      const id = await sessionAt(api, w, 0);
      for (const url of ['http://video.example/rec', 'javascript:alert(1)', 'ftp://x.example/a']) {
        expect(errorCode(await api.gql(w.student.agent, RECORDING, { input: { sessionId: id, url } }))).toBe(ErrorCode.BadUserInput);
      }
      const set = expectNoErrors(await api.gql(w.student.agent, RECORDING, { input: { sessionId: id, url: 'https://video.example/rec/1' } })).setPracticeRecording;
      expect(set.recordingUrl).toBe('https://video.example/rec/1');
      expect(errorCode(await api.gql(staff, RECORDING, { input: { sessionId: id, url: 'https://video.example/x' } }))).toBe(ErrorCode.Forbidden);
      expect(expectNoErrors(await api.gql(w.coach.agent, LANGUAGE, { input: { sessionId: id, language: 'PYTHON' } })).setPracticeLanguage.language).toBe('PYTHON');
    });
  });

  describe('time and restarts', () => {
    it('closes on time: open sockets are closed when the window ends and new ones refused', async () => {
      // Ended 2 h ago less 3 s: the room closes in 3 seconds.
      const id = await sessionAt(api, w, -(60 + 120) * MINUTE + 3000, 60);
      const client = pad(wsBase(api), id, w.student.cookie, `practice:${id}:code`);
      await client.synced;
      let closed = false;
      client.provider.configuration.websocketProvider.on('close', () => (closed = true));
      await waitFor('the server to close the socket', () => closed, 8000);
      expect(await upgradeStatus(wsBase(api), id, w.student.cookie)).toBe(403);
      const room = expectNoErrors(await api.gql(w.student.agent, ROOM, { id })).practiceRoom;
      expect(room).toMatchObject({ isOpen: false, live: null });
      expect(errorCode(await api.gql(w.coach.agent, ADVANCE, { input: { sessionId: id, from: 'NOT_STARTED' } }))).toBe(ErrorCode.Conflict);
    });

    it('keeps every edit across an API restart, and the final code stays readable on the session', async () => {
      const id = await sessionAt(api, w, 0);
      const a = pad(wsBase(api), id, w.coach.cookie, `practice:${id}:code`);
      await a.synced;
      for (let i = 0; i < 30; i++) a.text.insert(a.text.length, `line ${i}\n`);
      const expected = a.text.toString();
      a.destroy();
      await api.close();
      api = await startApi();
      const b = pad(wsBase(api), id, w.student.cookie, `practice:${id}:code`);
      await b.synced;
      expect(b.text.toString()).toBe(expected);
      const room = expectNoErrors(await api.gql(await api.signInAs(w.student.email, w.student.password), ROOM, { id })).practiceRoom;
      expect(room.code).toBe(expected);
      // Compacted: one row per document, however many edits.
      const rows = await dataSource(api).query(`SELECT count(*)::int AS n FROM practice_document_updates WHERE document_name = $1`, [`practice:${id}:code`]);
      expect(rows[0].n).toBe(1);
    });
  });
});
