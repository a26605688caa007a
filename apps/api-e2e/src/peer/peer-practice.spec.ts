import { randomUUID } from 'node:crypto';
import { ErrorCode, Role } from '@debrief/shared/domain';
import { Agent, createTestUser, errorCode, expectNoErrors, startApi, TestApi } from '../support/api';
import { dataSource, retireCoaches } from '../scheduling/scheduling.helpers';
import { workers } from '../notifications/notifications.helpers';
import { createWorkshop, register } from '../workshops/workshops.helpers';
import {
  ACTIONS,
  BLOCK,
  CANCEL,
  clearOpenOffers,
  FEEDBACK,
  freshStart,
  HOUR,
  MINUTE,
  moveSession,
  MY_OFFERS,
  MY_PROFILE,
  MY_SESSIONS,
  NO_SHOW,
  OFFER,
  OPEN_OFFERS,
  peer,
  Peer,
  REPORT,
  REPORTS,
  SESSION,
  SETTINGS,
  SUSPEND,
  TAKE,
  UPDATE_SETTINGS,
  win,
  WITHDRAW,
} from './peer.helpers';

const CODING_SCORES = [
  { criterion: 'problemSolving', score: 3 },
  { criterion: 'code', score: 2 },
  { criterion: 'communication', score: 4 },
  { criterion: 'testing', score: 1 },
];

/**
 * Peer practice over HTTP: profiles, offered windows matched in the database, the one rule over a
 * student's time, questions per half, double-blind feedback, cancellation with re-offer, and
 * trust and safety (block, reports, the no-show pause, staff suspension with its audit).
 */
describe('peer practice', () => {
  let api: TestApi;
  let admin: Agent;
  let staff: Agent;
  let coach: { id: string } | undefined;

  beforeAll(async () => {
    api = await startApi();
    admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
  });

  afterEach(async () => {
    await clearOpenOffers(api);
  });

  afterAll(async () => {
    if (api) {
      if (coach) await retireCoaches(api, await api.signInAs(Role.Admin), [coach]);
      await api.close();
    }
  });

  const offer = async (p: Peer, start: Date, minutes = 60) => expectNoErrors(await api.gql(p.agent, OFFER, { input: { windows: [win(start, minutes)] } })).offerPeerWindows[0];
  const session = async (p: Peer, id: string) => expectNoErrors(await api.gql(p.agent, SESSION, { id })).peerSession;

  it('matches a request at once with a fitting waiting offer, at the start of the overlap, the waiting student interviewing first', async () => {
    const a = await peer(api, admin, 'peer-a', { languages: ['English', 'Spanish'] });
    const b = await peer(api, admin, 'peer-b', { level: 'EXPERIENCED', languages: ['Spanish'] });
    const start = freshStart();
    const waiting = await offer(a, start, 120);
    expect(waiting).toMatchObject({ status: 'OPEN', session: null });

    const matched = await offer(b, new Date(start.getTime() + 30 * MINUTE), 90);
    expect(matched.status).toBe('MATCHED');
    const s = matched.session;
    expect(new Date(s.startsAt).toISOString()).toBe(new Date(start.getTime() + 30 * MINUTE).toISOString());
    expect(new Date(s.endsAt).getTime() - new Date(s.startsAt).getTime()).toBe(60 * MINUTE);
    expect(s.halves.map((h: { role: string }) => h.role)).toEqual(['INTERVIEWEE', 'INTERVIEWER']);
    expect(s.partnerName).toMatch(/peer-a/);

    const mine = expectNoErrors(await api.gql(a.agent, MY_OFFERS)).myPeerOffers;
    expect(mine).toEqual([expect.objectContaining({ id: waiting.id, status: 'MATCHED', session: { id: s.id } })]);
    const viewA = await session(a, s.id);
    expect(viewA.halves.map((h: { role: string }) => h.role)).toEqual(['INTERVIEWER', 'INTERVIEWEE']);
    expect(viewA.rubric.map((c: { key: string }) => c.key)).toEqual(['problemSolving', 'code', 'communication', 'testing']);
  });

  it('gives each interviewer a question with the guide, and shows the interviewee theirs only once their half starts', async () => {
    const a = await peer(api, admin, 'q-a');
    const b = await peer(api, admin, 'q-b');
    const start = freshStart();
    await offer(a, start);
    const s = (await offer(b, start)).session;
    const [va, vb] = [await session(a, s.id), await session(b, s.id)];
    expect(va.myQuestion.text).toBeTruthy();
    expect(va.myQuestion.guide.length).toBeGreaterThan(0);
    expect(vb.myQuestion.text).toBeTruthy();
    expect(vb.myQuestion.text).not.toBe(va.myQuestion.text);
    expect(va.questionForMe).toBeNull();
    expect(vb.questionForMe).toBeNull();
    expect(JSON.stringify(vb)).not.toContain(va.myQuestion.text);
    expect(JSON.stringify(va)).not.toContain(vb.myQuestion.text);

    // First half (a interviews b): b sees a's question, a still sees nothing of b's.
    await moveSession(api, s.id, -5 * MINUTE);
    const [a1, b1] = [await session(a, s.id), await session(b, s.id)];
    expect(b1.questionForMe).toBe(va.myQuestion.text);
    expect(a1.questionForMe).toBeNull();
    expect(JSON.stringify(a1)).not.toContain(vb.myQuestion.text);

    // Second half: the roles swap.
    await moveSession(api, s.id, -35 * MINUTE);
    expect((await session(a, s.id)).questionForMe).toBe(vb.myQuestion.text);
  });

  it('never asks a student a question they were asked before', async () => {
    const a = await peer(api, admin, 'rep-a', { focus: 'BEHAVIORAL' });
    const asked = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const partner = await peer(api, admin, `rep-p${i}`, { focus: 'BEHAVIORAL' });
      const start = freshStart();
      await offer(partner, start);
      const s = (await offer(a, start)).session;
      // a is second: asked in half 1 the partner's question.
      const text = (await session(partner, s.id)).myQuestion.text;
      expect(asked.has(text)).toBe(false);
      asked.add(text);
    }
  });

  it('pairs only the same focus and levels at most one step apart', async () => {
    const intern = await peer(api, admin, 'lvl-intern', { level: 'INTERNSHIP' });
    const start = freshStart();
    await offer(intern, start);
    const experienced = await peer(api, admin, 'lvl-exp', { level: 'EXPERIENCED' });
    expect((await offer(experienced, start)).status).toBe('OPEN');
    const design = await peer(api, admin, 'lvl-design', { focus: 'SYSTEM_DESIGN', level: 'INTERNSHIP' });
    expect((await offer(design, start)).status).toBe('OPEN');
    const newGrad = await peer(api, admin, 'lvl-ng', { level: 'NEW_GRAD' });
    const matched = await offer(newGrad, start);
    expect(matched.status).toBe('MATCHED');
    expect(matched.session.partnerName).toMatch(/lvl-intern/);
  });

  it('needs an overlap of a whole session', async () => {
    const start = freshStart();
    const a = await peer(api, admin, 'len-a');
    await offer(a, start);
    const b = await peer(api, admin, 'len-b');
    // Overlaps a's window by 59 minutes only.
    expect((await offer(b, new Date(start.getTime() + MINUTE), 120)).status).toBe('OPEN');
    const c = await peer(api, admin, 'len-c');
    expect((await offer(c, new Date(start.getTime() - 30 * MINUTE), 90)).session.partnerName).toMatch(/len-a/);
  });

  it('prefers a partner who shares a language over one who waited longer', async () => {
    const start = freshStart();
    // Two waiting offers that cannot pair with each other (back to back, no overlap).
    const other = await peer(api, admin, 'lang-other', { languages: ['French'] });
    await offer(other, start);
    const shared = await peer(api, admin, 'lang-shared', { languages: ['German'] });
    expect((await offer(shared, new Date(start.getTime() + HOUR))).status).toBe('OPEN');
    const me = await peer(api, admin, 'lang-me', { languages: ['German', 'English'] });
    const matched = await offer(me, start, 120);
    expect(matched.session.partnerName).toMatch(/lang-shared/);
    expect(new Date(matched.session.startsAt).getTime()).toBe(start.getTime() + HOUR);
  });

  it('lists fitting open offers anonymously and lets a student take one; an offer is taken at most once', async () => {
    const a = await peer(api, admin, 'take-a');
    const start = freshStart();
    const waiting = await offer(a, start);
    const b = await peer(api, admin, 'take-b');
    const open = expectNoErrors(await api.gql(b.agent, OPEN_OFFERS)).openPeerOffers;
    const shown = open.find((o: { id: string }) => o.id === waiting.id);
    expect(shown).toMatchObject({ focus: 'CODING', level: 'NEW_GRAD', sharedLanguages: ['English'] });
    expect(Object.keys(shown)).not.toContain('studentId');
    const taken = expectNoErrors(await api.gql(b.agent, TAKE, { input: { offerId: waiting.id } })).takePeerOffer;
    expect(taken.status).toBe('BOOKED');
    const c = await peer(api, admin, 'take-c');
    const again = await api.gql(c.agent, TAKE, { input: { offerId: waiting.id } });
    expect(errorCode(again)).toBe(ErrorCode.Conflict);
    expect(expectNoErrors(await api.gql(c.agent, MY_OFFERS)).myPeerOffers).toEqual([]);
    expect(errorCode(await api.gql(a.agent, WITHDRAW, { input: { offerId: waiting.id } }))).toBe(ErrorCode.Conflict);
  });

  it("keeps a student's peer sessions apart from their coach bookings and workshop seats with one database rule", async () => {
    const a = await peer(api, admin, 'rule-a');
    const b = await peer(api, admin, 'rule-b');
    const start = freshStart();
    await offer(a, start);
    const s = (await offer(b, start)).session;
    const db = dataSource(api);
    const c = await createTestUser(api, admin, { role: Role.Coach, label: 'rule-coach' });
    coach = c;
    const [type] = (await db.query(`SELECT id FROM session_types LIMIT 1`)) as { id: string }[];
    const booking = (status: string) =>
      db.query(
        `INSERT INTO bookings (id, session_type_id, coach_id, student_id, starts_at, ends_at, blocked_from, blocked_to, status, assignment, location, ical_uid)
         VALUES ($1, $2, $3, $4, $5, $6, $5, $6, $7, 'peer-test', '', $8)`,
        [randomUUID(), type.id, c.id, a.id, new Date(start.getTime() + 30 * MINUTE), new Date(start.getTime() + 90 * MINUTE), status, randomUUID()],
      );
    await expect(booking('BOOKED')).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23P01', constraint: 'student_commitments_no_overlap' }) });
    await expect(booking('CANCELLED')).resolves.toBeDefined();

    const [w] = (await db.query(
      `INSERT INTO workshops (title, location, starts_at, ends_at, capacity, registration_opens_at, registration_closes_at, status, ical_uid)
       VALUES ('Peer rule test', 'Room 1', $1, $2, 10, now(), $2, 'PUBLISHED', gen_random_uuid()) RETURNING id`,
      [new Date(start.getTime() + 45 * MINUTE), new Date(start.getTime() + 2 * HOUR)],
    )) as { id: string }[];
    let queueNo = 0;
    // As the workshops domain does it: the seat counted in the same transaction (a commit-time trigger checks).
    const register = (student: string, status: string) =>
      db.transaction(async (m) => {
        await m.query(`INSERT INTO workshop_registrations (workshop_id, student_id, status, queue_no) VALUES ($1, $2, $3, $4)`, [w.id, student, status, ++queueNo]);
        if (status === 'REGISTERED') await m.query(`UPDATE workshops SET seats_taken = seats_taken + 1 WHERE id = $1`, [w.id]);
        return true;
      });
    // A seat, or a place on the waitlist (it may be promoted in someone else's cancellation), is refused too.
    await expect(register(b.id, 'WAITLISTED')).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23P01' }) });
    await expect(register(a.id, 'REGISTERED')).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23P01' }) });

    // Cancelling the peer session frees both: now the seat fits, and a booking beside the seat is
    // still the workshops domain's warning, not a refusal (only peer sessions are exclusive).
    expectNoErrors(await api.gql(a.agent, CANCEL, { input: { sessionId: s.id, reason: 'Exam moved' } }));
    await expect(register(a.id, 'REGISTERED')).resolves.toBeDefined();
    await expect(booking('BOOKED')).resolves.toBeDefined();

    // And matching skips a student who is busy then: a is booked with the coach at that time.
    const d = await peer(api, admin, 'rule-d');
    await offer(d, new Date(start.getTime() + 30 * MINUTE));
    expect((await offer(a, new Date(start.getTime() + 30 * MINUTE))).status).toBe('OPEN');
  });

  it('answers CONFLICT (naming the rule), never an internal error, to a workshop registration over a peer session', async () => {
    const a = await peer(api, admin, 'api-rule-a');
    const b = await peer(api, admin, 'api-rule-b');
    const start = freshStart();
    await offer(a, start);
    expect((await offer(b, start)).status).toBe('MATCHED');
    const w = await createWorkshop(api, staff, { startsAt: new Date(start.getTime() + 30 * MINUTE).toISOString(), endsAt: new Date(start.getTime() + 90 * MINUTE).toISOString() });
    const refused = await register(api, a.agent, w.id);
    expect(errorCode(refused)).toBe(ErrorCode.Conflict);
    expect(refused.errors?.[0].extensions?.['constraint']).toBe('student_commitments_no_overlap');
    const other = await peer(api, admin, 'api-rule-free');
    expect(errorCode(await register(api, other.agent, w.id))).toBeUndefined();
  });

  it('releases feedback double-blind once the session is over, and keeps it final', async () => {
    const a = await peer(api, admin, 'fb-a');
    const b = await peer(api, admin, 'fb-b');
    const start = freshStart();
    await offer(a, start);
    const s = (await offer(b, start)).session;
    const input = (comments: string) => ({ sessionId: s.id, scores: CODING_SCORES, comments, helpfulness: 4 });
    expect(errorCode(await api.gql(a.agent, FEEDBACK, { input: input('early') }))).toBe(ErrorCode.Conflict);

    await moveSession(api, s.id, -61 * MINUTE);
    expect(errorCode(await api.gql(a.agent, FEEDBACK, { input: { ...input('x'), scores: CODING_SCORES.slice(1) } }))).toBe(ErrorCode.BadUserInput);
    const afterA = expectNoErrors(await api.gql(a.agent, FEEDBACK, { input: input('from a') })).submitPeerFeedback;
    expect(afterA.feedback).toMatchObject({ partnerSubmitted: false, received: null, given: { comments: 'from a', peer: true } });
    const bBefore = await session(b, s.id);
    expect(bBefore.feedback).toEqual({ partnerSubmitted: true, given: null, received: null });
    expect(JSON.stringify(bBefore)).not.toContain('from a');

    expectNoErrors(await api.gql(b.agent, FEEDBACK, { input: input('from b') }));
    expect((await session(a, s.id)).feedback.received).toMatchObject({ comments: 'from b', helpfulness: 4, peer: true });
    expect((await session(b, s.id)).feedback.received).toMatchObject({ comments: 'from a', scores: CODING_SCORES });
    expect(errorCode(await api.gql(a.agent, FEEDBACK, { input: input('again') }))).toBe(ErrorCode.Conflict);
  });

  it('books both with a calendar invite, and on cancellation sends CANCEL and offers the partner’s window again', async () => {
    const a = await peer(api, admin, 'mail-a');
    const b = await peer(api, admin, 'mail-b');
    const start = freshStart();
    await offer(a, start);
    const s = (await offer(b, start)).session;
    await workers(api).drain();
    const mail = async (kind: string) =>
      (await dataSource(api).query(`SELECT to_address, calendar_method, calendar_ics FROM outbox_messages WHERE kind = $1 AND to_address = ANY($2) ORDER BY to_address`, [
        kind,
        [a.email, b.email],
      ])) as { to_address: string; calendar_method: string; calendar_ics: string }[];
    const booked = await mail('peer-matched');
    expect(booked.map((m) => m.to_address).sort()).toEqual([a.email, b.email].sort());
    expect(booked.every((m) => m.calendar_method === 'REQUEST' && m.calendar_ics.includes('BEGIN:VEVENT'))).toBe(true);

    expectNoErrors(await api.gql(b.agent, CANCEL, { input: { sessionId: s.id, reason: 'Interview clash' } }));
    await workers(api).drain();
    const cancelled = await mail('peer-cancelled');
    expect(cancelled).toHaveLength(2);
    expect(cancelled.every((m) => m.calendar_method === 'CANCEL' && m.calendar_ics.includes('SEQUENCE:1'))).toBe(true);
    const [aOffer] = expectNoErrors(await api.gql(a.agent, MY_OFFERS)).myPeerOffers;
    expect(aOffer.status).toBe('OPEN');
    expect(expectNoErrors(await api.gql(b.agent, MY_OFFERS)).myPeerOffers).toEqual([]);
    expect((await session(a, s.id))).toMatchObject({ status: 'CANCELLED', cancelReason: 'Interview clash', cancelledByMe: false });

    // The re-offered window is matched when a fitting partner arrives.
    const c = await peer(api, admin, 'mail-c');
    expect((await offer(c, start)).session.partnerName).toMatch(/mail-a/);
  });

  it('never pairs students when either blocked the other', async () => {
    const a = await peer(api, admin, 'blk-a');
    const b = await peer(api, admin, 'blk-b');
    const first = freshStart();
    await offer(a, first);
    const s = (await offer(b, first)).session;
    expectNoErrors(await api.gql(b.agent, BLOCK, { input: { sessionId: s.id } }));
    const again = freshStart();
    await offer(a, again);
    expect((await offer(b, again)).status).toBe('OPEN');
    expect(expectNoErrors(await api.gql(a.agent, OPEN_OFFERS)).openPeerOffers).toEqual([]);
  });

  it('lets only the two students see a session: others, coaches and staff are refused', async () => {
    const a = await peer(api, admin, 'acc-a');
    const b = await peer(api, admin, 'acc-b');
    const start = freshStart();
    await offer(a, start);
    const s = (await offer(b, start)).session;
    const stranger = await peer(api, admin, 'acc-c');
    expect(errorCode(await api.gql(stranger.agent, SESSION, { id: s.id }))).toBe(ErrorCode.Forbidden);
    expect(errorCode(await api.gql(staff, SESSION, { id: s.id }))).toBe(ErrorCode.Forbidden);
    expect(errorCode(await api.gql(stranger.agent, SESSION, { id: randomUUID() }))).toBe(ErrorCode.NotFound);
    expect(errorCode(await api.gql(stranger.agent, CANCEL, { input: { sessionId: s.id, reason: 'x' } }))).toBe(ErrorCode.Forbidden);
    expect(expectNoErrors(await api.gql(stranger.agent, MY_SESSIONS)).myPeerSessions).toEqual([]);
    expect(errorCode(await api.gql(api.agent(), MY_SESSIONS))).toBe(ErrorCode.Unauthenticated);
  });

  it('refuses windows in the past, beyond 14 days or shorter than a session, with BAD_USER_INPUT', async () => {
    const a = await peer(api, admin, 'win-a');
    const bad = async (startsAt: Date, minutes: number) => errorCode(await api.gql(a.agent, OFFER, { input: { windows: [win(startsAt, minutes)] } }));
    expect(await bad(new Date(Date.now() - 3 * HOUR), 60)).toBe(ErrorCode.BadUserInput);
    expect(await bad(new Date(Date.now() + 14 * 24 * HOUR), 60)).toBe(ErrorCode.BadUserInput);
    expect(await bad(freshStart(), 45)).toBe(ErrorCode.BadUserInput);
    expect(errorCode(await api.gql(a.agent, OFFER, { input: { windows: [] } }))).toBe(ErrorCode.BadUserInput);
  });

  describe('trust and safety', () => {
    let saved: Record<string, unknown>;

    beforeAll(async () => {
      saved = expectNoErrors(await api.gql(staff, SETTINGS)).peerSettings;
    });

    afterAll(async () => {
      expectNoErrors(await api.gql(staff, UPDATE_SETTINGS, { input: saved }));
    });

    it('pauses a student after the configured number of reported no-shows, with a message saying why and until when', async () => {
      expectNoErrors(await api.gql(staff, UPDATE_SETTINGS, { input: { ...saved, noShowLimit: 1, pauseDays: 7 } }));
      const a = await peer(api, admin, 'ns-a');
      const b = await peer(api, admin, 'ns-b');
      const start = freshStart();
      await offer(a, start);
      const s = (await offer(b, start)).session;
      expect(errorCode(await api.gql(a.agent, NO_SHOW, { input: { sessionId: s.id } }))).toBe(ErrorCode.Conflict);
      await moveSession(api, s.id, -10 * MINUTE);
      expect(expectNoErrors(await api.gql(a.agent, NO_SHOW, { input: { sessionId: s.id } })).reportPeerNoShow.noShowReported).toBe(true);
      expect(errorCode(await api.gql(a.agent, NO_SHOW, { input: { sessionId: s.id } }))).toBe(ErrorCode.Conflict);

      const profile = expectNoErrors(await api.gql(b.agent, MY_PROFILE)).myPeerProfile;
      expect(profile.pauseReason).toMatch(/no-show/);
      const days = (new Date(profile.pausedUntil).getTime() - Date.now()) / (24 * HOUR);
      expect(days).toBeGreaterThan(6.9);
      expect(days).toBeLessThan(7.1);
      const refused = await api.gql(b.agent, OFFER, { input: { windows: [win(freshStart(), 60)] } });
      expect(errorCode(refused)).toBe(ErrorCode.Forbidden);
      expect(refused.errors?.[0].extensions?.['reason']).toBe('PAUSED');
      expect(refused.errors?.[0].message).toMatch(/until/);
    });

    it('lets staff see reports, suspend a student and turn peer practice off, every action audited', async () => {
      const a = await peer(api, admin, 'ss-a');
      const b = await peer(api, admin, 'ss-b');
      const start = freshStart();
      await offer(a, start);
      const s = (await offer(b, start)).session;
      expectNoErrors(await api.gql(a.agent, REPORT, { input: { sessionId: s.id, reason: 'Rude throughout' } }));
      const reports = expectNoErrors(await api.gql(staff, REPORTS)).peerReports;
      expect(reports).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'CONDUCT', reason: 'Rude throughout', reportedName: expect.stringMatching(/ss-b/) })]));
      expect(errorCode(await api.gql(a.agent, REPORTS))).toBe(ErrorCode.Forbidden);

      const suspended = expectNoErrors(await api.gql(staff, SUSPEND, { input: { studentId: b.id, suspended: true, reason: 'Conduct review' } })).setPeerSuspension;
      expect(suspended).toMatchObject({ suspended: true, suspendedReason: 'Conduct review' });
      const refused = await api.gql(b.agent, OFFER, { input: { windows: [win(freshStart(), 60)] } });
      expect(refused.errors?.[0].extensions?.['reason']).toBe('SUSPENDED');
      expect(errorCode(await api.gql(a.agent, SUSPEND, { input: { studentId: b.id, suspended: false } }))).toBe(ErrorCode.Forbidden);
      expectNoErrors(await api.gql(staff, SUSPEND, { input: { studentId: b.id, suspended: false } }));

      expectNoErrors(await api.gql(staff, UPDATE_SETTINGS, { input: { ...saved, enabled: false } }));
      const off = await api.gql(a.agent, OFFER, { input: { windows: [win(freshStart(), 60)] } });
      expect(off.errors?.[0].extensions?.['reason']).toBe('CENTER_OFF');
      expect(expectNoErrors(await api.gql(a.agent, MY_PROFILE)).myPeerProfile.centerEnabled).toBe(false);
      expectNoErrors(await api.gql(staff, UPDATE_SETTINGS, { input: saved }));

      const actions = expectNoErrors(await api.gql(staff, ACTIONS)).peerStaffActions;
      const mine = actions.filter((x: { studentName: string | null }) => x.studentName?.includes('ss-b'));
      expect(mine.map((x: { action: string }) => x.action)).toEqual(['student.unsuspend', 'student.suspend']);
      expect(actions.some((x: { action: string; detail: string }) => x.action === 'settings.update' && JSON.parse(x.detail).enabled === false)).toBe(true);
    });
  });
});
