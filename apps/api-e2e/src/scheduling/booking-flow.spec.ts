import { ErrorCode, Role } from '@debrief/shared/domain';
import { DateTime } from 'luxon';
import { Agent, errorCode, expectNoErrors, startApi, TestApi } from '../support/api';
import {
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
  HOUR,
  iso,
  MINUTE,
  ms,
  MY_BOOKINGS,
  Person,
  refusal,
  RESCHEDULE,
  retireCoaches,
  retireTypes,
  searchSlots,
  SessionType,
  Slot,
  wall,
} from './scheduling.helpers';

/**
 * The student's way through scheduling, over HTTP: search free slots (one coach or any coach),
 * book, see it listed, reschedule, cancel; the coach's schedule; who may see and book what.
 *
 * Two coaches of the spec's own: one in Asia/Kathmandu (UTC+05:45, so its 30-minute grid is not
 * the UTC grid) and one in America/New_York, both open 07:00–21:00 every day in their zone.
 */
const OPEN = '07:00';
const CLOSE = '21:00';

describe('booking flow', () => {
  let api: TestApi;
  let admin: Agent;
  let staff: Agent;
  let kathmandu: Person & { timeZone: string };
  let newYork: Person & { timeZone: string };
  let type: SessionType;
  let alice: Person;
  let bob: Person;
  const zoneOf = new Map<string, string>();

  // Tomorrow onwards, so a slot cannot turn "too soon" between two searches of the same window.
  const from = () => new Date(Date.now() + DAY);
  const to = (start: Date) => new Date(start.getTime() + 28 * DAY);

  beforeAll(async () => {
    api = await startApi();
    admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    kathmandu = await createCoach(api, admin, staff, 'Asia/Kathmandu', everyDay(OPEN, CLOSE));
    newYork = await createCoach(api, admin, staff, 'America/New_York', everyDay(OPEN, CLOSE));
    zoneOf.set(kathmandu.id, kathmandu.timeZone).set(newYork.id, newYork.timeZone);
    type = await createSessionType(api, staff, {
      durationMinutes: 60,
      bufferAfterMinutes: 10,
      minNoticeMinutes: 0,
      horizonDays: 60,
      cancelCutoffHours: 0,
      coachIds: [kathmandu.id, newYork.id],
    });
    alice = await createStudent(api, admin, 'flow-alice');
    bob = await createStudent(api, admin, 'flow-bob');
  });

  afterAll(async () => {
    if (api) {
      await retireTypes(api, staff, [type]);
      await retireCoaches(api, admin, [kathmandu, newYork]);
      await api.close();
    }
  });

  /** Inside the coach's 07:00–21:00 in the coach's own zone, on one local day. */
  function expectWithinHours(slot: Slot, coachId: string): void {
    const zone = zoneOf.get(coachId) as string;
    const start = DateTime.fromISO(slot.start, { zone });
    const end = DateTime.fromISO(slot.end, { zone });
    expect({ slot: slot.start, coachId, start: start.toFormat('HH:mm') >= OPEN, end: end.toFormat('HH:mm') <= CLOSE && end.hasSame(start, 'day') }).toEqual(
      { slot: slot.start, coachId, start: true, end: true },
    );
  }

  /** On the coach's 30-minute grid in the coach's own zone (the hours start on the hour). */
  const offGrid = (slot: Slot, coachId: string) => {
    const start = DateTime.fromISO(slot.start, { zone: zoneOf.get(coachId) as string });
    return start.minute % 30 !== 0 || start.second !== 0 || start.millisecond !== 0;
  };

  function expectSortedInside(slots: Slot[], windowStart: Date, windowEnd: Date): void {
    for (let i = 1; i < slots.length; i++) expect(ms(slots[i].start)).toBeGreaterThan(ms(slots[i - 1].start));
    for (const s of slots) {
      expect(ms(s.start)).toBeGreaterThanOrEqual(windowStart.getTime());
      expect(ms(s.start)).toBeLessThan(windowEnd.getTime());
      expect(ms(s.end) - ms(s.start)).toBe(60 * MINUTE);
    }
  }

  const overlaps = (s: Slot, start: number, end: number) => ms(s.start) < end && ms(s.end) > start;

  describe('slot search', () => {
    it('with a specific coach: that coach only, ascending, inside the window and the coach’s hours', async () => {
      const start = from();
      const end = to(start);
      for (const coach of [kathmandu, newYork]) {
        const slots = await searchSlots(api, alice.agent, { sessionTypeId: type.id, coachId: coach.id, from: start, to: end });
        // 14 hours a day, 60-minute sessions every 30 minutes: 27 a day, 28 days (closures aside).
        expect(slots.length).toBeGreaterThan(27);
        expectSortedInside(slots, start, end);
        for (const s of slots) {
          expect(s.coachIds).toEqual([coach.id]);
          expectWithinHours(s, coach.id);
        }
      }
    });

    it('with any coach: the union of the coaches’ own searches, each start listing who is free', async () => {
      const start = from();
      const end = to(start);
      const any = await searchSlots(api, alice.agent, { sessionTypeId: type.id, from: start, to: end });
      expectSortedInside(any, start, end);
      for (const s of any) {
        expect(s.coachIds.length).toBeGreaterThan(0);
        expect([...s.coachIds].sort()).toEqual(s.coachIds);
        for (const id of s.coachIds) {
          expect([kathmandu.id, newYork.id]).toContain(id);
          expectWithinHours(s, id);
        }
      }
      const pairs = (slots: Slot[]) => slots.flatMap((s) => s.coachIds.map((id) => `${s.start} ${id}`)).sort();
      const each = [
        ...(await searchSlots(api, alice.agent, { sessionTypeId: type.id, coachId: kathmandu.id, from: start, to: end })),
        ...(await searchSlots(api, alice.agent, { sessionTypeId: type.id, coachId: newYork.id, from: start, to: end })),
      ];
      expect(pairs(any)).toEqual(pairs(each));
    });

    it('puts every start on its coach’s 30-minute grid in the coach’s own zone', async () => {
      const start = from();
      const end = to(start);
      const any = await searchSlots(api, alice.agent, { sessionTypeId: type.id, from: start, to: end });
      const off = any.flatMap((s) => s.coachIds.filter((id) => offGrid(s, id)).map((id) => `${s.start} = ${wall(s.start, zoneOf.get(id) as string)} in ${zoneOf.get(id)}`));
      expect(off).toEqual([]);
      // Kathmandu is UTC+05:45: its grid sits on :15 and :45 UTC, New York's on :00 and :30.
      const utcMinutes = (id: string) => new Set(any.filter((s) => s.coachIds.includes(id)).map((s) => new Date(s.start).getUTCMinutes()));
      expect(utcMinutes(kathmandu.id)).toEqual(new Set([15, 45]));
      expect(utcMinutes(newYork.id)).toEqual(new Set([0, 30]));
    });
  });

  describe('a student books, reschedules and cancels', () => {
    let booked: Booking;

    it('books a found slot with the chosen coach and sees it upcoming with its history', async () => {
      const start = from();
      const slots = await searchSlots(api, alice.agent, { sessionTypeId: type.id, coachId: kathmandu.id, from: start, to: to(start) });
      // Midday, so the times after it are still within the coach's hours.
      const slot = slots.find((s) => wall(s.start, kathmandu.timeZone) === '12:00') as Slot;
      booked = bookingOf(
        await api.gql(alice.agent, BOOK, { input: { sessionTypeId: type.id, coachId: kathmandu.id, start: slot.start } }),
      );
      expect(booked).toMatchObject({
        status: 'BOOKED',
        startsAt: slot.start,
        endsAt: slot.end,
        sessionTypeId: type.id,
        assignment: "student's choice",
        coach: { id: kathmandu.id, timeZone: 'Asia/Kathmandu' },
        student: { id: alice.id },
        cancelReason: null,
      });
      expect(booked.history.map((e) => e.kind)).toEqual(['BOOKED']);
      expect(booked.history[0].toStartsAt).toBe(slot.start);

      const upcoming = expectNoErrors(await api.gql(alice.agent, MY_BOOKINGS, { input: { scope: 'UPCOMING' } })).myBookings as Booking[];
      const listed = upcoming.find((b) => b.id === booked.id);
      expect(listed).toMatchObject({ status: 'BOOKED', startsAt: slot.start, coach: { id: kathmandu.id } });
      expect(listed?.history.map((e) => e.kind)).toEqual(['BOOKED']);
    });

    it('takes the booked time (and the coach’s buffer) out of everyone’s search', async () => {
      const start = from();
      const [s, e] = [ms(booked.startsAt), ms(booked.endsAt)];
      const forAlice = await searchSlots(api, alice.agent, { sessionTypeId: type.id, from: start, to: to(start) });
      const forBob = await searchSlots(api, bob.agent, { sessionTypeId: type.id, coachId: kathmandu.id, from: start, to: to(start) });
      // Alice cannot be in two sessions at once, whichever coach.
      expect(forAlice.filter((slot) => overlaps(slot, s, e)).map((x) => x.start)).toEqual([]);
      // The coach is busy until 10 minutes after the session.
      expect(forBob.filter((slot) => overlaps(slot, s, e + 10 * MINUTE)).map((x) => x.start)).toEqual([]);
      expect(forBob.some((slot) => ms(slot.start) === e + 30 * MINUTE)).toBe(true);
    });

    it('reschedules: same booking, new time, history BOOKED → RESCHEDULED with from and to', async () => {
      const start = from();
      const slots = await searchSlots(api, alice.agent, { sessionTypeId: type.id, coachId: kathmandu.id, from: start, to: to(start) });
      const target = slots.find((s) => ms(s.start) >= ms(booked.endsAt) + 3 * HOUR) as Slot;
      const moved = bookingOf(await api.gql(alice.agent, RESCHEDULE, { input: { bookingId: booked.id, start: target.start } }), 'rescheduleBooking');
      expect(moved).toMatchObject({ id: booked.id, status: 'BOOKED', startsAt: target.start, endsAt: target.end, coach: { id: kathmandu.id } });
      expect(moved.history.map((e) => e.kind)).toEqual(['BOOKED', 'RESCHEDULED']);
      expect(moved.history[1]).toMatchObject({ fromStartsAt: booked.startsAt, toStartsAt: target.start });
      const before = booked;
      booked = moved;

      // The old time is free again for someone else.
      const forBob = await searchSlots(api, bob.agent, { sessionTypeId: type.id, coachId: kathmandu.id, from: start, to: to(start) });
      expect(forBob.map((s) => s.start)).toContain(before.startsAt);
    });

    it('shows up in the coach’s schedule (and staff can read it too)', async () => {
      const window = { from: iso(ms(booked.startsAt) - DAY), to: iso(ms(booked.startsAt) + DAY) };
      const own = expectNoErrors(await api.gql(kathmandu.agent, COACH_SCHEDULE, { input: window })).coachSchedule as Booking[];
      expect(own.find((b) => b.id === booked.id)).toMatchObject({ startsAt: booked.startsAt, student: { id: alice.id } });
      const viaStaff = expectNoErrors(await api.gql(staff, COACH_SCHEDULE, { input: { ...window, coachId: kathmandu.id } })).coachSchedule as Booking[];
      expect(viaStaff.map((b) => b.id)).toContain(booked.id);
      // Not in the other coach's schedule, who may not read it either.
      const other = expectNoErrors(await api.gql(newYork.agent, COACH_SCHEDULE, { input: window })).coachSchedule as Booking[];
      expect(other.map((b) => b.id)).not.toContain(booked.id);
      expect(errorCode(await api.gql(newYork.agent, COACH_SCHEDULE, { input: { ...window, coachId: kathmandu.id } }))).toBe(ErrorCode.Forbidden);
    });

    it('keeps another student out of the booking, but not out of their own', async () => {
      expect(errorCode(await api.gql(bob.agent, BOOKING, { id: booked.id }))).toBe(ErrorCode.Forbidden);
      expect(errorCode(await api.gql(bob.agent, CANCEL, { input: { bookingId: booked.id, reason: 'not mine' } }))).toBe(ErrorCode.Forbidden);
      expect(errorCode(await api.gql(bob.agent, MY_BOOKINGS, { input: { scope: 'ALL', studentId: alice.id } }))).toBe(ErrorCode.Forbidden);

      const start = from();
      const slots = await searchSlots(api, bob.agent, { sessionTypeId: type.id, from: start, to: to(start) });
      const own = bookingOf(await api.gql(bob.agent, BOOK, { input: { sessionTypeId: type.id, start: slots[0].start } }));
      // Any coach: the service picks one of the coaches free at that time, and says how.
      expect(slots[0].coachIds).toContain(own.coach.id);
      expect(own.assignment).not.toBe("student's choice");
      expect(bookingOf(await api.gql(bob.agent, BOOKING, { id: own.id }), 'booking')).toMatchObject({ id: own.id, student: { id: bob.id } });
      expect(errorCode(await api.gql(alice.agent, BOOKING, { id: own.id }))).toBe(ErrorCode.Forbidden);
      // The coach of a session and staff can read it.
      expect(bookingOf(await api.gql(kathmandu.agent, BOOKING, { id: booked.id }), 'booking').id).toBe(booked.id);
      expect(bookingOf(await api.gql(staff, BOOKING, { id: booked.id }), 'booking').id).toBe(booked.id);
    });

    it('cancels with a reason: CANCELLED, kept in the ALL list, history ends with CANCELLED', async () => {
      const cancelled = bookingOf(
        await api.gql(alice.agent, CANCEL, { input: { bookingId: booked.id, reason: 'Exam moved to that morning' } }),
        'cancelBooking',
      );
      expect(cancelled).toMatchObject({ id: booked.id, status: 'CANCELLED', cancelReason: 'Exam moved to that morning' });
      expect(cancelled.history.map((e) => e.kind)).toEqual(['BOOKED', 'RESCHEDULED', 'CANCELLED']);
      expect(cancelled.history[2].reason).toBe('Exam moved to that morning');

      const all = expectNoErrors(await api.gql(alice.agent, MY_BOOKINGS, { input: { scope: 'ALL' } })).myBookings as Booking[];
      expect(all.find((b) => b.id === booked.id)).toMatchObject({ status: 'CANCELLED', cancelReason: 'Exam moved to that morning' });

      // Its time is offered again, and the booking cannot be cancelled twice.
      const start = from();
      const forBob = await searchSlots(api, bob.agent, { sessionTypeId: type.id, coachId: kathmandu.id, from: start, to: to(start) });
      expect(forBob.map((s) => s.start)).toContain(booked.startsAt);
      const again = await api.gql(alice.agent, CANCEL, { input: { bookingId: booked.id, reason: 'again' } });
      expect(refusal(again)).toEqual({ code: ErrorCode.Conflict, reason: 'NOT_ACTIVE' });
    });
  });

  describe('booking on someone’s behalf', () => {
    it('lets staff book for a student (studentId), and the student sees it', async () => {
      const start = from();
      const slots = await searchSlots(api, staff, { sessionTypeId: type.id, coachId: newYork.id, from: start, to: to(start), studentId: alice.id });
      const slot = slots[slots.length - 1];
      const made = bookingOf(
        await api.gql(staff, BOOK, { input: { sessionTypeId: type.id, coachId: newYork.id, start: slot.start, studentId: alice.id } }),
      );
      expect(made).toMatchObject({ status: 'BOOKED', startsAt: slot.start, student: { id: alice.id }, coach: { id: newYork.id } });
      expect(made.history).toHaveLength(1);
      expect(made.history[0].kind).toBe('BOOKED');
      expect(made.history[0].actorName).not.toBe(made.student.name);

      const upcoming = expectNoErrors(await api.gql(alice.agent, MY_BOOKINGS, { input: { scope: 'UPCOMING' } })).myBookings as Booking[];
      expect(upcoming.map((b) => b.id)).toContain(made.id);
      const viaStaff = expectNoErrors(await api.gql(staff, MY_BOOKINGS, { input: { scope: 'UPCOMING', studentId: alice.id } })).myBookings as Booking[];
      expect(viaStaff.map((b) => b.id)).toContain(made.id);
    });

    it('refuses a student booking for another student, and books for themself when they name their own id', async () => {
      const start = from();
      const slots = await searchSlots(api, bob.agent, { sessionTypeId: type.id, coachId: newYork.id, from: start, to: to(start) });
      const slot = slots[Math.floor(slots.length / 2)];
      const forAlice = await api.gql(bob.agent, BOOK, { input: { sessionTypeId: type.id, coachId: newYork.id, start: slot.start, studentId: alice.id } });
      expect(errorCode(forAlice)).toBe(ErrorCode.Forbidden);
      const aliceBookings = expectNoErrors(await api.gql(alice.agent, MY_BOOKINGS, { input: { scope: 'ALL' } })).myBookings as Booking[];
      expect(aliceBookings.map((b) => b.startsAt)).not.toContain(slot.start);

      const forSelf = bookingOf(await api.gql(bob.agent, BOOK, { input: { sessionTypeId: type.id, coachId: newYork.id, start: slot.start, studentId: bob.id } }));
      expect(forSelf.student.id).toBe(bob.id);
    });
  });
});
