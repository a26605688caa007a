import { ErrorCode, Role } from '@debrief/shared/domain';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { Agent, errorCode, expectNoErrors, GqlResponse, startApi, TestApi } from '../support/api';
import {
  AVAILABLE_SLOTS,
  BOOK,
  Booking,
  BOOKING,
  bookingOf,
  CANCEL,
  COACH_SCHEDULE,
  createCoach,
  createSessionType,
  createStudent,
  DAY,
  everyDay,
  EXCUSE_NO_SHOW,
  HOUR,
  iso,
  MARK_COMPLETED,
  MARK_NO_SHOW,
  MINUTE,
  moveBookingTo,
  ms,
  MY_BOOKINGS,
  Person,
  POLICY,
  refusal,
  RESCHEDULE,
  RETIRE_TYPE,
  retireCoaches,
  retireTypes,
  searchSlots,
  SessionType,
  Slot,
  STANDING,
  UPDATE_POLICY,
} from './scheduling.helpers';

/**
 * Every refusal the booking rules can give, each provoked on purpose over HTTP: slots that are
 * not offered (and why), caps, types and coaches, cut-offs, no-show blocks, bad and unknown ids.
 *
 * The spec's own coaches work 09:00–17:00 every day in America/Chicago; its session types are
 * 60 minutes without buffers and differ only in the rule under test.
 */
const ZONE = 'America/Chicago';

interface Policy {
  maxActiveBookings: number;
  noShowLimit: number;
  noShowWindowDays: number;
}

describe('booking rules', () => {
  let api: TestApi;
  let admin: Agent;
  let staff: Agent;
  let coach: Person;
  let otherCoach: Person;
  let open: SessionType;
  let other: SessionType;
  let capped: SessionType;
  let notice: SessionType;
  let shortHorizon: SessionType;
  let lateCutoff: SessionType;
  let retired: SessionType;
  let originalPolicy: Policy;

  beforeAll(async () => {
    api = await startApi();
    admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    originalPolicy = expectNoErrors(await api.gql(staff, POLICY)).bookingPolicy;
    coach = await createCoach(api, admin, staff, ZONE, everyDay('09:00', '17:00'), 'rules-coach');
    otherCoach = await createCoach(api, admin, staff, ZONE, everyDay('09:00', '17:00'), 'rules-other-coach');
    const mine = { coachIds: [coach.id] };
    open = await createSessionType(api, staff, mine);
    other = await createSessionType(api, staff, { coachIds: [otherCoach.id] });
    capped = await createSessionType(api, staff, { ...mine, maxActivePerStudent: 1 });
    shortHorizon = await createSessionType(api, staff, { ...mine, horizonDays: 1 });
    retired = await createSessionType(api, staff, mine);
  });

  afterAll(async () => {
    if (!api) return;
    await restorePolicy();
    await retireTypes(api, staff, [open, other, capped, notice, shortHorizon, lateCutoff, retired]);
    await retireCoaches(api, admin, [coach, otherCoach]);
    await api.close();
  });

  async function restorePolicy(): Promise<void> {
    if (originalPolicy) expectNoErrors(await api.gql(staff, UPDATE_POLICY, { input: originalPolicy }));
  }

  /** Free starts for a student over the next `days` days. */
  const slots = (who: Agent, type: SessionType, days = 28, from = Date.now(), coachId: string | null = null) =>
    searchSlots(api, who, { sessionTypeId: type.id, coachId, from: new Date(from), to: new Date(from + days * DAY) });

  const book = (who: Agent, type: SessionType, start: string, extra: Record<string, unknown> = {}) =>
    api.gql(who, BOOK, { input: { sessionTypeId: type.id, start, ...extra } });

  /** A slot at least `hoursAhead` away, so that refusals are not about notice. */
  const later = (list: Slot[], hoursAhead = 48) => list.find((s) => ms(s.start) >= Date.now() + hoursAhead * HOUR) as Slot;

  function expectNotOffered(res: GqlResponse, reason: string): void {
    expect(refusal(res)).toEqual({ code: ErrorCode.BadUserInput, reason });
    expect(res.errors?.[0]?.extensions?.['field']).toBe('start');
    expect(res.data?.bookSession ?? null).toBeNull();
  }

  describe('a start that is not offered', () => {
    let student: Person;
    beforeAll(async () => {
      student = await createStudent(api, admin, 'rules-slots');
    });

    it('outside the coach’s hours: BAD_USER_INPUT OUTSIDE_HOURS', async () => {
      const slot = later(await slots(student.agent, open));
      const night = DateTime.fromISO(slot.start, { zone: ZONE }).set({ hour: 3, minute: 0 });
      expectNotOffered(await book(student.agent, open, iso(night.toMillis())), 'OUTSIDE_HOURS');
      // And during the coach's hours, just after the last possible start of the day (16:00).
      const late = DateTime.fromISO(slot.start, { zone: ZONE }).set({ hour: 16, minute: 30 });
      expectNotOffered(await book(student.agent, open, iso(late.toMillis())), 'OUTSIDE_HOURS');
    });

    it('off the 30-minute grid: BAD_USER_INPUT MISALIGNED', async () => {
      const list = await slots(student.agent, open);
      const starts = new Set(list.map((s) => ms(s.start)));
      const slot = list.find((s) => ms(s.start) > Date.now() + 48 * HOUR && starts.has(ms(s.start) + 30 * MINUTE)) as Slot;
      expectNotOffered(await book(student.agent, open, iso(ms(slot.start) + 15 * MINUTE)), 'MISALIGNED');
      expectNotOffered(await book(student.agent, open, iso(ms(slot.start) + 1)), 'MISALIGNED');
    });

    it('sooner than the type’s minimum notice: BAD_USER_INPUT TOO_SOON, and the search agrees', async () => {
      // A start the coach offers, and a type whose notice is an hour longer than the wait for it.
      const near = (await slots(student.agent, open))[0];
      const noticeMinutes = Math.ceil((ms(near.start) - Date.now()) / MINUTE) + 60;
      expect(noticeMinutes).toBeLessThanOrEqual(14 * 24 * 60);
      notice = await createSessionType(api, staff, { coachIds: [coach.id], minNoticeMinutes: noticeMinutes });
      expectNotOffered(await book(student.agent, notice, near.start), 'TOO_SOON');
      const earliest = Date.now() + noticeMinutes * MINUTE;
      const offered = await slots(student.agent, notice, 42);
      expect(offered.length).toBeGreaterThan(0);
      expect(offered.filter((s) => ms(s.start) < earliest - MINUTE).map((s) => s.start)).toEqual([]);
    });

    it('beyond the type’s booking horizon: BAD_USER_INPUT BEYOND_HORIZON, and the search agrees', async () => {
      const far = later(await slots(student.agent, open), 72);
      expectNotOffered(await book(student.agent, shortHorizon, far.start), 'BEYOND_HORIZON');
      const offered = await slots(student.agent, shortHorizon, 7);
      expect(offered.filter((s) => ms(s.start) > Date.now() + DAY).map((s) => s.start)).toEqual([]);
    });

    it('on a day the center is closed: BAD_USER_INPUT CLOSED, and the search skips the day', async () => {
      const date = DateTime.now().setZone(ZONE).plus({ days: 9 }).toISODate() as string;
      const added = expectNoErrors(
        await api.gql(staff, `mutation ($input: AddClosureInput!) { addClosure(input: $input) { id } }`, {
          input: { startDate: date, endDate: date, reason: 'Integration test closure' },
        }),
      ).addClosure as { id: string };
      try {
        const tenAm = DateTime.fromISO(`${date}T10:00`, { zone: ZONE });
        expectNotOffered(await book(student.agent, open, iso(tenAm.toMillis())), 'CLOSED');
        const offered = await slots(student.agent, open, 3, tenAm.startOf('day').toMillis());
        expect(offered.filter((s) => DateTime.fromISO(s.start, { zone: ZONE }).toISODate() === date).map((s) => s.start)).toEqual([]);
      } finally {
        expectNoErrors(await api.gql(staff, `mutation ($id: ID!) { removeClosure(id: $id) }`, { id: added.id }));
      }
    });
  });

  describe('a slot someone else holds', () => {
    let alice: Person;
    let bob: Person;
    let taken: Booking;

    beforeAll(async () => {
      alice = await createStudent(api, admin, 'rules-alice');
      bob = await createStudent(api, admin, 'rules-bob');
      const slot = later(await slots(alice.agent, open));
      taken = bookingOf(await book(alice.agent, open, slot.start, { coachId: coach.id }));
    });

    it('answers CONFLICT SLOT_TAKEN to the next student', async () => {
      const res = await book(bob.agent, open, taken.startsAt, { coachId: coach.id });
      expect(refusal(res)).toEqual({ code: ErrorCode.Conflict, reason: 'SLOT_TAKEN' });
      expect(Array.isArray(res.errors?.[0]?.extensions?.['nextFree'])).toBe(true);
      // Any coach: the only coach offering the type is busy then, so the same answer.
      expect(refusal(await book(bob.agent, open, taken.startsAt))).toEqual({ code: ErrorCode.Conflict, reason: 'SLOT_TAKEN' });
    });

    it('offers the next free starts with SLOT_TAKEN (extensions.nextFree)', async () => {
      const res = await book(bob.agent, open, taken.startsAt, { coachId: coach.id });
      expect(refusal(res)).toEqual({ code: ErrorCode.Conflict, reason: 'SLOT_TAKEN' });
      const nextFree = res.errors?.[0]?.extensions?.['nextFree'] as string[];
      // "That slot was just taken. Here are the next free ones." — the coach has free time that day and after.
      const free = (await slots(bob.agent, open, 7, ms(taken.startsAt), coach.id)).map((s) => s.start);
      expect(free.length).toBeGreaterThan(0);
      expect(nextFree.length).toBeGreaterThan(0);
      for (const start of nextFree) expect(free).toContain(new Date(start).toISOString());
    });

    it('offers the next free starts when a reschedule hits a taken slot, too', async () => {
      const own = bookingOf(await book(bob.agent, open, later(await slots(bob.agent, open), 96).start, { coachId: coach.id }));
      const res = await api.gql(bob.agent, RESCHEDULE, { input: { bookingId: own.id, start: taken.startsAt } });
      expect(refusal(res)).toEqual({ code: ErrorCode.Conflict, reason: 'SLOT_TAKEN' });
      expect((res.errors?.[0]?.extensions?.['nextFree'] as string[]).length).toBeGreaterThan(0);
    });

    it('answers CONFLICT STUDENT_BUSY when the student already has a session then (another coach)', async () => {
      const free = await slots(alice.agent, other, 14, Date.now(), otherCoach.id);
      expect(free.map((s) => s.start)).not.toContain(taken.startsAt);
      const res = await book(alice.agent, other, taken.startsAt, { coachId: otherCoach.id });
      expect(refusal(res)).toEqual({ code: ErrorCode.Conflict, reason: 'STUDENT_BUSY' });
      // Half an hour later still overlaps her 60-minute session.
      const overlapping = await book(alice.agent, other, iso(ms(taken.startsAt) + 30 * MINUTE), { coachId: otherCoach.id });
      expect(refusal(overlapping)).toEqual({ code: ErrorCode.Conflict, reason: 'STUDENT_BUSY' });
    });
  });

  describe('caps', () => {
    it('CONFLICT CAP_REACHED once the student holds the type’s maximum (1), until one is cancelled', async () => {
      const student = await createStudent(api, admin, 'rules-cap');
      const list = await slots(student.agent, capped);
      const first = later(list);
      const second = list.find((s) => ms(s.start) >= ms(first.end) + HOUR) as Slot;
      const held = bookingOf(await book(student.agent, capped, first.start));
      const res = await book(student.agent, capped, second.start);
      expect(refusal(res)).toEqual({ code: ErrorCode.Conflict, reason: 'CAP_REACHED' });
      expect(res.errors?.[0]?.extensions).toMatchObject({ limit: 1, scope: 'type' });
      // Other types are not capped by it.
      bookingOf(await book(student.agent, open, later(await slots(student.agent, open), 96).start));

      expectNoErrors(await api.gql(student.agent, CANCEL, { input: { bookingId: held.id, reason: 'Trying the other time' } }));
      expect(bookingOf(await book(student.agent, capped, second.start)).startsAt).toBe(second.start);
    });

    it('CONFLICT CAP_REACHED at the center-wide maximum of upcoming sessions', async () => {
      const { maxActiveBookings } = originalPolicy;
      const student = await createStudent(api, admin, 'rules-overall-cap');
      const list = await slots(student.agent, open, 28);
      // Non-overlapping starts, a day apart.
      const picks: Slot[] = [];
      for (const s of list) if (picks.length === 0 || ms(s.start) >= ms(picks[picks.length - 1].start) + DAY) picks.push(s);
      expect(picks.length).toBeGreaterThan(maxActiveBookings);
      for (const s of picks.slice(0, maxActiveBookings)) bookingOf(await book(student.agent, open, s.start));
      const res = await book(student.agent, open, picks[maxActiveBookings].start);
      expect(refusal(res)).toEqual({ code: ErrorCode.Conflict, reason: 'CAP_REACHED' });
      expect(res.errors?.[0]?.extensions).toMatchObject({ limit: maxActiveBookings, scope: 'overall' });
    });
  });

  describe('types and coaches', () => {
    let student: Person;
    beforeAll(async () => {
      student = await createStudent(api, admin, 'rules-types');
    });

    it('BAD_USER_INPUT COACH_NOT_OFFERING for a coach who does not offer the type', async () => {
      const slot = later(await slots(student.agent, open));
      const res = await book(student.agent, open, slot.start, { coachId: otherCoach.id });
      expect(refusal(res)).toEqual({ code: ErrorCode.BadUserInput, reason: 'COACH_NOT_OFFERING' });
      expect(res.errors?.[0]?.extensions?.['field']).toBe('coachId');
      const search = await api.gql(student.agent, AVAILABLE_SLOTS, {
        input: { sessionTypeId: open.id, coachId: otherCoach.id, from: iso(Date.now()), to: iso(Date.now() + 7 * DAY) },
      });
      expect(refusal(search)).toEqual({ code: ErrorCode.BadUserInput, reason: 'COACH_NOT_OFFERING' });
    });

    it('BAD_USER_INPUT RETIRED for a retired type, in search and booking', async () => {
      const slot = later(await slots(student.agent, retired));
      expect(expectNoErrors(await api.gql(staff, RETIRE_TYPE, { id: retired.id })).retireSessionType.retiredAt).toEqual(expect.any(String));
      const res = await book(student.agent, retired, slot.start);
      expect(refusal(res)).toEqual({ code: ErrorCode.BadUserInput, reason: 'RETIRED' });
      expect(res.errors?.[0]?.extensions?.['field']).toBe('sessionTypeId');
      const search = await api.gql(student.agent, AVAILABLE_SLOTS, {
        input: { sessionTypeId: retired.id, from: iso(Date.now()), to: iso(Date.now() + 7 * DAY) },
      });
      expect(refusal(search)).toEqual({ code: ErrorCode.BadUserInput, reason: 'RETIRED' });
    });
  });

  describe('search and schedule windows', () => {
    it('BAD_USER_INPUT naming `to` when `to` is not after `from`, or the window is too long', async () => {
      const student = await createStudent(api, admin, 'rules-window');
      const search = (from: number, to: number) =>
        api.gql(student.agent, AVAILABLE_SLOTS, { input: { sessionTypeId: open.id, from: iso(from), to: iso(to) } });
      const now = Date.now();
      for (const res of [await search(now + 2 * DAY, now + DAY), await search(now + DAY, now + DAY), await search(now, now + 43 * DAY)]) {
        expect(errorCode(res)).toBe(ErrorCode.BadUserInput);
        expect(res.errors?.[0]?.extensions?.['field']).toBe('to');
        expect(res.errors?.[0]?.message).toMatch(/\bto\b/);
      }
      expect(expectNoErrors(await search(now, now + 42 * DAY)).availableSlots.length).toBeGreaterThan(0);

      const schedule = await api.gql(coach.agent, COACH_SCHEDULE, { input: { from: iso(now + DAY), to: iso(now) } });
      expect(errorCode(schedule)).toBe(ErrorCode.BadUserInput);
      expect(schedule.errors?.[0]?.extensions?.['field']).toBe('to');
    });
  });

  describe('ids', () => {
    let student: Person;
    let someBooking: Booking;
    beforeAll(async () => {
      student = await createStudent(api, admin, 'rules-ids');
      someBooking = bookingOf(await book(student.agent, open, later(await slots(student.agent, open), 120).start));
    });

    it('NOT_FOUND for ids that do not exist', async () => {
      const unknown = randomUUID();
      const start = someBooking.startsAt;
      const calls: [string, Agent, string, Record<string, unknown>][] = [
        ['booking', student.agent, BOOKING, { id: unknown }],
        ['sessionType', student.agent, `query ($id: ID!) { sessionType(id: $id) { id } }`, { id: unknown }],
        ['availableSlots type', student.agent, AVAILABLE_SLOTS, { input: { sessionTypeId: unknown, from: iso(Date.now()), to: iso(Date.now() + DAY) } }],
        ['bookSession type', student.agent, BOOK, { input: { sessionTypeId: unknown, start } }],
        ['bookSession student (staff)', staff, BOOK, { input: { sessionTypeId: open.id, start, studentId: unknown } }],
        ['cancelBooking', student.agent, CANCEL, { input: { bookingId: unknown, reason: 'x' } }],
        ['rescheduleBooking', student.agent, RESCHEDULE, { input: { bookingId: unknown, start } }],
        ['markBookingNoShow', coach.agent, MARK_NO_SHOW, { id: unknown }],
        ['markBookingCompleted', coach.agent, MARK_COMPLETED, { id: unknown }],
        ['excuseNoShow', staff, EXCUSE_NO_SHOW, { id: unknown, reason: 'x' }],
      ];
      const codes: Record<string, string | undefined> = {};
      for (const [name, agent, query, variables] of calls) codes[name] = errorCode(await api.gql(agent, query, variables));
      expect(codes).toEqual(Object.fromEntries(calls.map(([name]) => [name, ErrorCode.NotFound])));
    });

    it('BAD_USER_INPUT for ids that are not UUIDs', async () => {
      const start = someBooking.startsAt;
      const calls: [string, Agent, string, Record<string, unknown>][] = [
        ['booking', student.agent, BOOKING, { id: 'nope' }],
        ['availableSlots type', student.agent, AVAILABLE_SLOTS, { input: { sessionTypeId: 'nope', from: iso(Date.now()), to: iso(Date.now() + DAY) } }],
        ['availableSlots coach', student.agent, AVAILABLE_SLOTS, { input: { sessionTypeId: open.id, coachId: 'nope', from: iso(Date.now()), to: iso(Date.now() + DAY) } }],
        ['bookSession type', student.agent, BOOK, { input: { sessionTypeId: 'nope', start } }],
        ['bookSession coach', student.agent, BOOK, { input: { sessionTypeId: open.id, coachId: 'nope', start } }],
        ['bookSession student (staff)', staff, BOOK, { input: { sessionTypeId: open.id, start, studentId: 'nope' } }],
        ['cancelBooking', student.agent, CANCEL, { input: { bookingId: 'nope', reason: 'x' } }],
        ['rescheduleBooking', student.agent, RESCHEDULE, { input: { bookingId: 'nope', start } }],
        ['markBookingCompleted', coach.agent, MARK_COMPLETED, { id: 'nope' }],
        ['excuseNoShow', staff, EXCUSE_NO_SHOW, { id: 'nope', reason: 'x' }],
        ['myBookings student (staff)', staff, MY_BOOKINGS, { input: { scope: 'ALL', studentId: 'nope' } }],
        ['coachSchedule coach (staff)', staff, COACH_SCHEDULE, { input: { from: iso(Date.now()), to: iso(Date.now() + DAY), coachId: 'nope' } }],
      ];
      const codes: Record<string, string | undefined> = {};
      for (const [name, agent, query, variables] of calls) codes[name] = errorCode(await api.gql(agent, query, variables));
      expect(codes).toEqual(Object.fromEntries(calls.map(([name]) => [name, ErrorCode.BadUserInput])));
    });

    it('BAD_USER_INPUT (not INTERNAL_SERVER_ERROR) for a malformed optional id of bookingStanding and coachAvailability', async () => {
      const calls: [string, Agent, string, Record<string, unknown>][] = [
        ['bookingStanding (staff)', staff, STANDING, { studentId: 'nope' }],
        ['coachAvailability (staff)', staff, `query ($id: ID) { coachAvailability(coachId: $id) { coachId } }`, { id: 'nope' }],
      ];
      const codes: Record<string, string | undefined> = {};
      for (const [name, agent, query, variables] of calls) codes[name] = errorCode(await api.gql(agent, query, variables));
      expect(codes).toEqual(Object.fromEntries(calls.map(([name]) => [name, ErrorCode.BadUserInput])));
    });
  });

  describe('cancellation cut-off', () => {
    it('FORBIDDEN AFTER_CUTOFF for the student inside the cut-off; staff can still cancel', async () => {
      const student = await createStudent(api, admin, 'rules-cutoff');
      // The first start the coach offers, and a type whose cut-off is longer than the wait for it.
      const soon = (await slots(student.agent, open))[0];
      const cutoffHours = Math.ceil((ms(soon.start) - Date.now()) / HOUR) + 1;
      expect(cutoffHours).toBeLessThanOrEqual(14 * 24);
      lateCutoff = await createSessionType(api, staff, { coachIds: [coach.id], cancelCutoffHours: cutoffHours });
      const list = await slots(student.agent, lateCutoff);
      expect(list[0].start).toBe(soon.start);
      const held = bookingOf(await book(student.agent, lateCutoff, soon.start));

      const cancel = await api.gql(student.agent, CANCEL, { input: { bookingId: held.id, reason: 'Cannot make it' } });
      expect(refusal(cancel)).toEqual({ code: ErrorCode.Forbidden, reason: 'AFTER_CUTOFF' });
      expect(cancel.errors?.[0]?.extensions?.['cutoffHours']).toBe(lateCutoff.cancelCutoffHours);
      const move = await api.gql(student.agent, RESCHEDULE, { input: { bookingId: held.id, start: list[list.length - 1].start } });
      expect(refusal(move)).toEqual({ code: ErrorCode.Forbidden, reason: 'AFTER_CUTOFF' });
      expect(bookingOf(await api.gql(student.agent, BOOKING, { id: held.id }), 'booking').status).toBe('BOOKED');

      const byStaff = bookingOf(await api.gql(staff, CANCEL, { input: { bookingId: held.id, reason: 'Student called in sick' } }), 'cancelBooking');
      expect(byStaff).toMatchObject({ status: 'CANCELLED', cancelReason: 'Student called in sick' });
    });
  });

  describe('sessions that have started: outcomes and no-show blocks', () => {
    let student: Person;
    let missed: Booking;
    let pastStart: Date;

    beforeAll(async () => {
      student = await createStudent(api, admin, 'rules-noshow');
      missed = bookingOf(await book(student.agent, open, later(await slots(student.agent, open)).start));
    });

    afterAll(async () => {
      await restorePolicy();
    });

    it('BAD_USER_INPUT for an outcome before the session has started', async () => {
      for (const mutation of [MARK_COMPLETED, MARK_NO_SHOW]) {
        const res = await api.gql(coach.agent, mutation, { id: missed.id });
        expect(errorCode(res)).toBe(ErrorCode.BadUserInput);
      }
      expect(bookingOf(await api.gql(student.agent, BOOKING, { id: missed.id }), 'booking').status).toBe('BOOKED');
    });

    it('lets only the session’s coach (or staff) record an outcome', async () => {
      // Three days ago, on the hour (the API cannot book the past, so the database is edited).
      pastStart = new Date(Math.floor((Date.now() - 3 * DAY) / HOUR) * HOUR);
      await moveBookingTo(api, missed.id, pastStart);
      expect(errorCode(await api.gql(otherCoach.agent, MARK_NO_SHOW, { id: missed.id }))).toBe(ErrorCode.Forbidden);
      expect(errorCode(await api.gql(student.agent, MARK_NO_SHOW, { id: missed.id }))).toBe(ErrorCode.Forbidden);
    });

    it('marks a started session NO_SHOW as its coach, and a no-show block pauses self-booking', async () => {
      const marked = bookingOf(await api.gql(coach.agent, MARK_NO_SHOW, { id: missed.id }), 'markBookingNoShow');
      expect(marked).toMatchObject({ status: 'NO_SHOW', startsAt: pastStart.toISOString(), noShowExcused: false });
      expect(marked.history.map((e) => e.kind)).toEqual(['BOOKED', 'NO_SHOW']);
      expect(refusal(await api.gql(coach.agent, MARK_COMPLETED, { id: missed.id }))).toEqual({ code: ErrorCode.Conflict, reason: 'NOT_ACTIVE' });

      const policy = expectNoErrors(await api.gql(staff, UPDATE_POLICY, { input: { ...originalPolicy, noShowLimit: 1 } })).updateBookingPolicy as Policy;
      expect(policy.noShowLimit).toBe(1);

      const standing = expectNoErrors(await api.gql(student.agent, STANDING)).bookingStanding;
      const until = new Date(pastStart.getTime() + originalPolicy.noShowWindowDays * DAY).toISOString();
      expect(standing).toEqual({ noShows: 1, limit: 1, windowDays: originalPolicy.noShowWindowDays, blockedUntil: until });
      expect(expectNoErrors(await api.gql(staff, STANDING, { studentId: student.id })).bookingStanding.blockedUntil).toBe(until);

      const slot = later(await slots(student.agent, open));
      const res = await book(student.agent, open, slot.start);
      expect(refusal(res)).toEqual({ code: ErrorCode.Forbidden, reason: 'NO_SHOW_BLOCK' });
      expect(res.errors?.[0]?.extensions?.['until']).toBe(until);

      // Staff can still book for the student: the block pauses self-booking only.
      const forStudent = bookingOf(await book(staff, open, slot.start, { studentId: student.id }));
      expect(forStudent.student.id).toBe(student.id);
    });

    it('lifts the block when staff excuse the no-show', async () => {
      const excused = bookingOf(await api.gql(staff, EXCUSE_NO_SHOW, { id: missed.id, reason: 'Family emergency' }), 'excuseNoShow');
      expect(excused).toMatchObject({ status: 'NO_SHOW', noShowExcused: true });
      expect(excused.history.map((e) => e.kind)).toEqual(['BOOKED', 'NO_SHOW', 'NO_SHOW_EXCUSED']);
      expect(excused.history[2].reason).toBe('Family emergency');

      expect(expectNoErrors(await api.gql(student.agent, STANDING)).bookingStanding).toMatchObject({ noShows: 0, blockedUntil: null });
      const slot = later(await slots(student.agent, open), 96);
      expect(bookingOf(await book(student.agent, open, slot.start)).student.id).toBe(student.id);
      expect(refusal(await api.gql(staff, EXCUSE_NO_SHOW, { id: missed.id, reason: 'again' }))).toEqual({ code: ErrorCode.Conflict, reason: 'NOT_ACTIVE' });
    });

    it('marks a started session COMPLETED as its coach', async () => {
      const attended = bookingOf(await book(student.agent, open, later(await slots(student.agent, open), 120).start));
      await moveBookingTo(api, attended.id, new Date(pastStart.getTime() - DAY));
      const done = bookingOf(await api.gql(coach.agent, MARK_COMPLETED, { id: attended.id }), 'markBookingCompleted');
      expect(done.status).toBe('COMPLETED');
      expect(done.history.map((e) => e.kind)).toEqual(['BOOKED', 'COMPLETED']);
    });
  });
});
