import { ErrorCode, Role } from '@debrief/shared/domain';
import { Agent, errorCode, expectNoErrors, startApi, TestApi } from '../support/api';
import { createStudents, dataSource, DAY, HOUR, Person, reasonOf, refusal } from '../scheduling/scheduling.helpers';
import {
  CANCEL_REGISTRATION,
  CANCEL_WORKSHOP,
  createWorkshop,
  drain,
  eventOf,
  mailsTo,
  MY_WORKSHOPS,
  PUBLISH_WORKSHOP,
  register,
  REMOVE_REGISTRATION,
  Registration,
  roster,
  seatMismatches,
  setProfile,
  UPDATE_WORKSHOP,
  Workshop,
  WORKSHOP,
  WORKSHOPS,
} from './workshops.helpers';

/** Registration, the waitlist and its promotions, and the coded refusals, over HTTP. */
describe('workshop registration', () => {
  let api: TestApi;
  let admin: Agent;
  let staff: Agent;
  let students: Person[];
  const made: string[] = [];

  beforeAll(async () => {
    api = await startApi();
    admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    students = await createStudents(api, admin, 8, 'ws-student');
  }, 120_000);

  afterAll(async () => {
    if (api) expect(await seatMismatches(api, made)).toEqual([]);
    await api?.close();
  });

  const make = async (overrides: Record<string, unknown> = {}, inDays = 7) => {
    const w = await createWorkshop(api, staff, overrides, inDays);
    made.push(w.id);
    return w;
  };
  const reg = async (who: Person, w: { id: string }) => {
    const r = expectNoErrors(await register(api, who.agent, w.id)).registerForWorkshop as Registration;
    await drain(api);
    return r;
  };
  /** A change, then its notices delivered (so each student's emails keep the order of the changes). */
  const change = async (who: Agent, query: string, variables: Record<string, unknown>) => {
    const res = await api.gql(who, query, variables);
    await drain(api);
    return res;
  };
  const view = async (who: Agent, id: string) => expectNoErrors(await api.gql(who, WORKSHOP, { id })).workshop as Workshop;

  it('gives seats up to capacity, then waitlist places in arrival order', async () => {
    const w = await make({ capacity: 2 });
    const [a, b, c, d] = students;
    expect((await reg(a, w)).status).toBe('REGISTERED');
    expect((await reg(b, w)).status).toBe('REGISTERED');
    const third = await reg(c, w);
    expect({ status: third.status, position: third.waitlistPosition }).toEqual({ status: 'WAITLISTED', position: 1 });
    expect((await reg(d, w)).waitlistPosition).toBe(2);
    const seen = await view(d.agent, w.id);
    expect({ taken: seen.seatsTaken, left: seen.seatsLeft, waitlist: seen.waitlistLength, mine: seen.myRegistration?.status }).toEqual({
      taken: 2,
      left: 0,
      waitlist: 2,
      mine: 'WAITLISTED',
    });
    expect((await mailsTo(api, a.email)).map((m) => m.kind)).toEqual(['workshop-registered']);
    expect((await mailsTo(api, c.email)).map((m) => m.kind)).toEqual(['workshop-waitlisted']);
    expect((await mailsTo(api, c.email))[0].text).toContain('number 1 in line');
  });

  it('promotes the first waitlisted student in the same transaction as a cancellation, and tells them', async () => {
    const w = await make({ capacity: 1 });
    const [a, b, c] = students.slice(4);
    const first = await reg(a, w);
    await reg(b, w);
    await reg(c, w);
    const cancelled = expectNoErrors(await change(a.agent, CANCEL_REGISTRATION, { id: first.id })).cancelWorkshopRegistration as Registration;
    expect(cancelled.status).toBe('CANCELLED');
    const bView = await view(b.agent, w.id);
    expect(bView.myRegistration).toEqual({ id: expect.any(String), status: 'REGISTERED', waitlistPosition: null, promotedAt: expect.any(String) });
    expect((await view(c.agent, w.id)).myRegistration?.waitlistPosition).toBe(1);
    expect(bView.seatsTaken).toBe(1);
    expect((await mailsTo(api, b.email)).map((m) => m.kind)).toEqual(['workshop-waitlisted', 'workshop-promoted']);
    expect((await mailsTo(api, a.email)).map((m) => m.kind)).toEqual(['workshop-registered', 'workshop-registration-cancelled']);
    // Leaving the waitlist frees no seat and promotes nobody.
    const cReg = (await view(c.agent, w.id)).myRegistration?.id as string;
    expectNoErrors(await api.gql(c.agent, CANCEL_REGISTRATION, { id: cReg }));
    expect((await view(staff, w.id)).seatsTaken).toBe(1);
    // Cancelling twice is a coded conflict; re-registering after a cancellation is a new place at the back.
    expect(refusal(await api.gql(a.agent, CANCEL_REGISTRATION, { id: first.id }))).toEqual({ code: ErrorCode.Conflict, reason: 'REGISTRATION_NOT_ACTIVE' });
    const again = await reg(a, w);
    expect({ status: again.status, position: again.waitlistPosition }).toEqual({ status: 'WAITLISTED', position: 1 });
  });

  it('refuses a second registration by the same student', async () => {
    const w = await make();
    await reg(students[0], w);
    expect(refusal(await register(api, students[0].agent, w.id))).toEqual({ code: ErrorCode.Conflict, reason: 'ALREADY_REGISTERED' });
  });

  it('says why registration is refused: draft, cancelled, not open yet, closed', async () => {
    const s = students[1];
    const draft = await make({ publish: false });
    // Students do not see drafts at all: registering answers exactly what workshop(id) answers,
    // so it does not reveal that the draft exists.
    const asked = await api.gql(s.agent, WORKSHOP, { id: draft.id });
    expect(errorCode(asked)).toBe(ErrorCode.NotFound);
    const registered = await register(api, s.agent, draft.id);
    expect(refusal(registered)).toEqual(refusal(asked));
    expect(registered.errors?.[0]?.message).toBe(asked.errors?.[0]?.message);

    const cancelled = await make();
    expectNoErrors(await api.gql(staff, CANCEL_WORKSHOP, { input: { id: cancelled.id, reason: 'Facilitator ill' } }));
    expect(refusal(await register(api, s.agent, cancelled.id))).toEqual({ code: ErrorCode.Conflict, reason: 'WORKSHOP_CANCELLED' });

    const later = await make({ registrationOpensAt: new Date(Date.now() + 2 * DAY).toISOString() });
    const notOpen = await register(api, s.agent, later.id);
    expect(refusal(notOpen)).toEqual({ code: ErrorCode.Conflict, reason: 'REGISTRATION_NOT_OPEN' });
    expect(notOpen.errors?.[0]?.message).toMatch(/opens on/);

    const closed = await make({ registrationOpensAt: new Date(Date.now() - 2 * DAY).toISOString(), registrationClosesAt: new Date(Date.now() - HOUR).toISOString() });
    expect(refusal(await register(api, s.agent, closed.id))).toEqual({ code: ErrorCode.Conflict, reason: 'REGISTRATION_CLOSED' });
    expect((await view(s.agent, closed.id)).registrationOpen).toBe(false);
  });

  it('keeps a workshop to its audience: class year and major, with a coded refusal', async () => {
    const [s1, s2] = students.slice(6);
    await setProfile(api, s1.id, 2027, 'Computer Science');
    await setProfile(api, s2.id, 2028, 'History');
    const seniors = await make({ audienceClassYears: [2027], topics: ['senior-only'] });
    const cs = await make({ audienceMajors: ['computer science'], topics: ['cs-only'] });
    expect((await reg(s1, seniors)).status).toBe('REGISTERED');
    expect((await reg(s1, cs)).status).toBe('REGISTERED');
    const byYear = await register(api, s2.agent, seniors.id);
    expect(refusal(byYear)).toEqual({ code: ErrorCode.Forbidden, reason: 'INELIGIBLE_CLASS_YEAR' });
    expect(byYear.errors?.[0]?.message).toContain('2027');
    expect(refusal(await register(api, s2.agent, cs.id))).toEqual({ code: ErrorCode.Forbidden, reason: 'INELIGIBLE_MAJOR' });
    // The catalog shows each student only what they may register for.
    const catalog = async (who: Person) => (expectNoErrors(await api.gql(who.agent, WORKSHOPS, {})).workshops as Workshop[]).map((w) => w.id);
    expect(await catalog(s1)).toEqual(expect.arrayContaining([seniors.id, cs.id]));
    expect(await catalog(s2)).not.toEqual(expect.arrayContaining([seniors.id]));
    expect(await catalog(s2)).not.toContain(cs.id);
  });

  it('refuses lowering capacity below the seats taken, and promotes at once when it rises', async () => {
    const w = await make({ capacity: 2 });
    const [a, b, c, d] = students;
    for (const s of [a, b, c, d]) await reg(s, w);
    const lower = await api.gql(staff, UPDATE_WORKSHOP, { input: { id: w.id, capacity: 1 } });
    expect(refusal(lower)).toEqual({ code: ErrorCode.BadUserInput, reason: 'CAPACITY_BELOW_REGISTERED' });
    expect(lower.errors?.[0]?.extensions?.['field']).toBe('capacity');
    const [raised] = expectNoErrors(await change(staff, UPDATE_WORKSHOP, { input: { id: w.id, capacity: 3 } })).updateWorkshop as Workshop[];
    expect({ capacity: raised.capacity, taken: raised.seatsTaken, waitlist: raised.waitlistLength }).toEqual({ capacity: 3, taken: 3, waitlist: 1 });
    expect((await view(c.agent, w.id)).myRegistration?.status).toBe('REGISTERED');
    expect((await view(d.agent, w.id)).myRegistration?.waitlistPosition).toBe(1);
    expect((await mailsTo(api, c.email)).map((m) => m.kind).slice(-2)).toEqual(['workshop-waitlisted', 'workshop-promoted']);
  });

  it('notifies registered and waitlisted students of a change and of a cancellation, with one calendar identity', async () => {
    const w = await make({ capacity: 1 });
    const [a, b] = students.slice(2, 4);
    await reg(a, w);
    await reg(b, w);
    const seq = async () => (await dataSource(api).query(`SELECT ical_uid, ical_sequence FROM workshops WHERE id = $1`, [w.id]))[0];
    const before = await seq();
    expectNoErrors(await change(staff, UPDATE_WORKSHOP, { input: { id: w.id, location: 'Library, room 3' } }));
    // Capacity alone is not news for registrants' calendars.
    expectNoErrors(await change(staff, UPDATE_WORKSHOP, { input: { id: w.id, description: 'New description' } }));
    const afterEdit = await seq();
    expect({ uid: afterEdit.ical_uid, seq: afterEdit.ical_sequence }).toEqual({ uid: before.ical_uid, seq: before.ical_sequence + 1 });
    expectNoErrors(await change(staff, CANCEL_WORKSHOP, { input: { id: w.id, reason: 'Room flooded' } }));
    expect((await seq()).ical_sequence).toBe(before.ical_sequence + 2);
    for (const s of [a, b]) {
      const kinds = (await mailsTo(api, s.email)).filter((m) => m.subject.includes(w.title)).map((m) => m.kind);
      expect(kinds.slice(-2)).toEqual(['workshop-workshop-changed', 'workshop-workshop-cancelled']);
    }
    expect((await mailsTo(api, a.email)).at(-1)?.text).toContain('Room flooded');
    const mine = expectNoErrors(await api.gql(a.agent, MY_WORKSHOPS, {})).myWorkshops as Registration[];
    expect(mine.find((r) => r.workshop.id === w.id)?.workshop.status).toBe('CANCELLED');
    // Cancelling again is a coded conflict.
    expect(refusal(await api.gql(staff, CANCEL_WORKSHOP, { input: { id: w.id, reason: 'again' } }))).toEqual({ code: ErrorCode.Conflict, reason: 'WORKSHOP_CANCELLED' });
  });

  it('publishes a draft, after which students see and register for it', async () => {
    const w = await make({ publish: false });
    expectNoErrors(await api.gql(staff, PUBLISH_WORKSHOP, { input: { id: w.id } }));
    expect((await reg(students[5], w)).status).toBe('REGISTERED');
  });

  it("lists a student's upcoming workshops with their place, and the past ones apart", async () => {
    const s = students[5];
    const w = await make({ capacity: 1 });
    await reg(students[6], w);
    await reg(s, w);
    const upcoming = expectNoErrors(await api.gql(s.agent, MY_WORKSHOPS, { input: { scope: 'UPCOMING' } })).myWorkshops as Registration[];
    expect(upcoming.find((r) => r.workshop.id === w.id)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    const past = expectNoErrors(await api.gql(s.agent, MY_WORKSHOPS, { input: { scope: 'PAST' } })).myWorkshops as Registration[];
    expect(past.map((r) => r.workshop.id)).not.toContain(w.id);
  });

  it('refuses student cancellations after the start but lets staff cancel for them', async () => {
    const w = await make({ capacity: 5 });
    const r = await reg(students[7], w);
    await dataSource(api).query(
      `UPDATE workshops SET registration_opens_at = now() - interval '3 days', registration_closes_at = now() - interval '1 minute', starts_at = now() - interval '1 minute', ends_at = now() + interval '1 hour' WHERE id = $1`,
      [w.id],
    );
    expect(reasonOf(await api.gql(students[7].agent, CANCEL_REGISTRATION, { id: r.id }))).toBe('WORKSHOP_STARTED');
    expect(expectNoErrors(await api.gql(staff, REMOVE_REGISTRATION, { id: r.id })).removeWorkshopRegistration.status).toBe('CANCELLED');
    expect(await roster(api, staff, w.id)).toEqual([expect.objectContaining({ status: 'CANCELLED' })]);
  });

  it('hides other students\u2019 registrations: a student cannot cancel someone else\u2019s place', async () => {
    const w = await make();
    const r = await reg(students[0], w);
    expect(errorCode(await api.gql(students[1].agent, CANCEL_REGISTRATION, { id: r.id }))).toBe(ErrorCode.Forbidden);
  });

  it('has PostgreSQL refuse an oversold workshop or a seat counter that disagrees with the registrations', async () => {
    const w = await make({ capacity: 1 });
    await reg(students[2], w);
    const db = dataSource(api);
    const code = async (work: () => Promise<unknown>) => {
      try {
        await work();
        return 'accepted';
      } catch (error) {
        return (error as { driverError?: { code?: string } }).driverError?.code ?? String(error);
      }
    };
    // The CHECK: never more seats taken than capacity.
    expect(await code(() => db.query(`UPDATE workshops SET seats_taken = 2 WHERE id = $1`, [w.id]))).toBe('23514');
    // The commit-time trigger: a seat-holding registration the counter does not know about.
    expect(
      await code(() =>
        db.transaction((m) =>
          m.query(`INSERT INTO workshop_registrations (workshop_id, student_id, status, queue_no) VALUES ($1, $2, 'REGISTERED', 99)`, [w.id, students[3].id]),
        ),
      ),
    ).toBe('23514');
    expect(await seatMismatches(api, [w.id])).toEqual([]);
  });

  it('sends invites only for seats: REQUEST on a seat, none while waitlisted, CANCEL with a higher SEQUENCE, one UID per place', async () => {
    const w = await make({ capacity: 1 });
    const [a, b] = students.slice(0, 2);
    const aReg = await reg(a, w);
    await reg(b, w);
    const [aSeat] = await mailsTo(api, a.email).then((ms) => ms.filter((m) => m.subject.includes(w.title)));
    expect(aSeat.method).toBe('REQUEST');
    const invite = eventOf(aSeat.ics as string);
    expect(invite).toMatchObject({ method: 'REQUEST', status: 'CONFIRMED', sequence: 0 });
    expect(aSeat.ics).not.toContain(a.email.split('@')[0] + ' —'); // no personal data in SUMMARY
    const bWait = (await mailsTo(api, b.email)).filter((m) => m.subject.includes(w.title));
    expect(bWait.map((m) => [m.kind, m.method])).toEqual([['workshop-waitlisted', null]]);

    // A change everyone sees: same UID, higher SEQUENCE; still no calendar for the waitlist.
    expectNoErrors(await change(staff, UPDATE_WORKSHOP, { input: { id: w.id, location: 'Studio B' } }));
    const aChanged = (await mailsTo(api, a.email)).filter((m) => m.subject.includes(w.title)).at(-1) as { kind: string; ics: string; method: string };
    expect(aChanged.kind).toBe('workshop-workshop-changed');
    expect(eventOf(aChanged.ics)).toEqual({ uid: invite.uid, sequence: 1, status: 'CONFIRMED', method: 'REQUEST' });
    expect((await mailsTo(api, b.email)).at(-1)).toMatchObject({ kind: 'workshop-workshop-changed', method: null });

    // a leaves: CANCEL of a's event one revision up; b is promoted and gets their own REQUEST.
    expectNoErrors(await change(a.agent, CANCEL_REGISTRATION, { id: aReg.id }));
    const aCancel = (await mailsTo(api, a.email)).at(-1) as { kind: string; ics: string; method: string };
    expect(aCancel.method).toBe('CANCEL');
    expect(eventOf(aCancel.ics)).toEqual({ uid: invite.uid, sequence: 2, status: 'CANCELLED', method: 'CANCEL' });
    const bPromoted = (await mailsTo(api, b.email)).at(-1) as { kind: string; ics: string; method: string };
    expect(bPromoted).toMatchObject({ kind: 'workshop-promoted', method: 'REQUEST' });
    const bInvite = eventOf(bPromoted.ics);
    expect(bInvite.uid).not.toBe(invite.uid);

    // The workshop is cancelled: b's event is cancelled with a higher SEQUENCE.
    expectNoErrors(await change(staff, CANCEL_WORKSHOP, { input: { id: w.id, reason: 'Speaker cancelled' } }));
    const bCancel = (await mailsTo(api, b.email)).at(-1) as { kind: string; ics: string; method: string };
    expect(bCancel.kind).toBe('workshop-workshop-cancelled');
    expect(eventOf(bCancel.ics)).toEqual({ uid: bInvite.uid, sequence: bInvite.sequence + 1, status: 'CANCELLED', method: 'CANCEL' });
  });
});
