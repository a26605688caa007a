import { Role } from '@debrief/shared/domain';
import { DateTime } from 'luxon';
import { Client } from 'pg';
import { Agent, errorCode, expectNoErrors, GqlResponse, startApi, TestApi } from '../support/api';
import {
  AVAILABLE_SLOTS,
  BOOK,
  BOOKING_FIELDS,
  bookingOf,
  COACH_SCHEDULE,
  createCoach,
  createSessionType,
  createStudent,
  dataSource,
  DAY,
  everyDay,
  iso,
  MY_BOOKINGS,
  POLICY,
  UPDATE_POLICY,
  Person,
  retireCoaches,
  retireTypes,
  searchSlots,
  SessionType,
  STANDING,
} from './scheduling.helpers';

const SET_LINK = /* GraphQL */ `
  mutation Link($input: UpdateCoachProfileInput!) { updateCoachProfile(input: $input) { id meetingUrl } }
`;
const CHANGE_LOCATION = /* GraphQL */ `
  mutation Move($input: ChangeBookingLocationInput!) { changeBookingLocation(input: $input) { ${BOOKING_FIELDS} locationKind history { kind location } } }
`;
const AVAILABILITY = /* GraphQL */ `
  query Availability($coachId: ID) { coachAvailability(coachId: $coachId) { coachId } }
`;
const SET_WEEKLY = /* GraphQL */ `
  mutation Weekly($input: SetWeeklyHoursInput!) { setWeeklyHours(input: $input) { coachId } }
`;

/**
 * Where sessions happen (the coach's own video link, changed per session), the reschedule view's
 * slot search, what staff are told when they call a "my" operation without saying whose, and the
 * SQL one booking costs.
 */
describe('locations, reschedule search, staff ids and booking cost', () => {
  let api: TestApi;
  let admin: Agent;
  let staff: Agent;
  let linked: Person & { timeZone: string };
  let unlinked: Person & { timeZone: string };
  let video: SessionType;
  let room: SessionType;
  let student: Person;
  let other: Person;
  const LINK = 'https://meet.example.org/linked-coach';
  let policy: Record<string, number>;
  let day = 2;
  let closed: { startDate: string; endDate: string }[] = [];
  /** 10:00 UTC on a fresh future day each time, inside the coaches' UTC 08:00–20:00, skipping center closures. */
  const nextStart = (): Date => {
    const date = DateTime.utc().startOf('day').plus({ days: day++ });
    const iso = date.toISODate() as string;
    return closed.some((c) => c.startDate <= iso && iso <= c.endDate) ? nextStart() : date.plus({ hours: 10 }).toJSDate();
  };

  beforeAll(async () => {
    api = await startApi();
    admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    linked = await createCoach(api, admin, staff, 'UTC', everyDay('08:00', '20:00'), 'loc-linked');
    unlinked = await createCoach(api, admin, staff, 'UTC', everyDay('08:00', '20:00'), 'loc-unlinked');
    video = await createSessionType(api, staff, { coachIds: [linked.id, unlinked.id], locationKind: 'VIDEO' });
    room = await createSessionType(api, staff, { coachIds: [linked.id], locationKind: 'ROOM', room: 'Career center, room 204' });
    closed = expectNoErrors(await api.gql(staff, `{ closures { startDate endDate } }`)).closures;
    student = await createStudent(api, admin, 'loc-student');
    other = await createStudent(api, admin, 'loc-other');
    // These students book many sessions; the cap is another spec's subject.
    policy = expectNoErrors(await api.gql(staff, POLICY)).bookingPolicy;
    expectNoErrors(await api.gql(staff, UPDATE_POLICY, { input: { ...policy, maxActiveBookings: 50 } }));
  });

  afterAll(async () => {
    if (api) {
      if (policy) expectNoErrors(await api.gql(staff, UPDATE_POLICY, { input: policy }));
      await retireTypes(api, staff, [video, room]);
      await retireCoaches(api, admin, [linked, unlinked]);
      await api.close();
    }
  });

  const book = (who: Agent, type: SessionType, coachId: string | null, start: Date, studentId?: string) =>
    api.gql(who, BOOK, { input: { sessionTypeId: type.id, coachId, start: iso(start), studentId } });
  const fieldOf = (res: GqlResponse) => res.errors?.[0]?.extensions?.['field'];

  describe("the coach's video link", () => {
    it('is set by the coach as an https link only', async () => {
      for (const bad of ['http://meet.example.org/x', 'meet.example.org/x', 'javascript:alert(1)', 'https://']) {
        const res = await api.gql(linked.agent, SET_LINK, { input: { coachId: linked.id, meetingUrl: bad } });
        expect({ bad, code: errorCode(res), field: fieldOf(res) }).toEqual({ bad, code: 'BAD_USER_INPUT', field: 'meetingUrl' });
      }
      expect(errorCode(await api.gql(unlinked.agent, SET_LINK, { input: { coachId: linked.id, meetingUrl: LINK } }))).toBe('FORBIDDEN');
      const data = expectNoErrors(await api.gql(linked.agent, SET_LINK, { input: { coachId: linked.id, meetingUrl: ` ${LINK} ` } }));
      expect(data.updateCoachProfile).toEqual({ id: linked.id, meetingUrl: LINK });
    });

    it('goes onto video sessions booked with that coach; others say the coach will share it; rooms stay rooms', async () => {
      const withLink = bookingOf(await book(student.agent, video, linked.id, nextStart()));
      expect(withLink.location).toBe(LINK);
      const without = bookingOf(await book(student.agent, video, unlinked.id, nextStart()));
      expect(without.location).toBe('Video call — your coach shares the link');
      const inRoom = bookingOf(await book(student.agent, room, linked.id, nextStart()));
      expect(inRoom.location).toBe('Career center, room 204');
    });

    it('stays on booked sessions when the coach later changes it (the link at booking time)', async () => {
      const booked = bookingOf(await book(student.agent, video, linked.id, nextStart()));
      expectNoErrors(await api.gql(linked.agent, SET_LINK, { input: { coachId: linked.id, meetingUrl: 'https://meet.example.org/new-room' } }));
      const later = bookingOf(await book(other.agent, video, linked.id, nextStart()));
      const again = expectNoErrors(await api.gql(student.agent, `query($id: ID!) { booking(id: $id) { location } }`, { id: booked.id }));
      expect({ old: again.booking.location, new: later.location }).toEqual({ old: LINK, new: 'https://meet.example.org/new-room' });
      expectNoErrors(await api.gql(staff, SET_LINK, { input: { coachId: linked.id, meetingUrl: LINK } }));
    });
  });

  describe('changing where one upcoming session happens', () => {
    it('is for its coach or staff; bumps the calendar revision and records LOCATION_CHANGED', async () => {
      const booked = bookingOf(await book(student.agent, video, linked.id, nextStart()));
      const move = (who: Agent, location: string) => api.gql(who, CHANGE_LOCATION, { input: { bookingId: booked.id, location } });
      expect(errorCode(await move(student.agent, 'https://meet.example.org/elsewhere'))).toBe('FORBIDDEN');
      expect(errorCode(await move(unlinked.agent, 'https://meet.example.org/elsewhere'))).toBe('FORBIDDEN');
      const bad = await move(linked.agent, 'Room 12');
      expect({ code: errorCode(bad), field: fieldOf(bad) }).toEqual({ code: 'BAD_USER_INPUT', field: 'location' });
      expect(errorCode(await move(linked.agent, '   '))).toBe('BAD_USER_INPUT');

      const sequence = async () => (await dataSource(api).query(`SELECT ical_sequence AS n FROM bookings WHERE id = $1`, [booked.id]))[0].n;
      const before = await sequence();
      const moved = expectNoErrors(await move(linked.agent, 'https://meet.example.org/elsewhere')).changeBookingLocation;
      expect(moved.location).toBe('https://meet.example.org/elsewhere');
      expect(moved.locationKind).toBe('VIDEO');
      expect(moved.history.map((e: { kind: string; location: string | null }) => [e.kind, e.location])).toEqual([
        ['BOOKED', null],
        ['LOCATION_CHANGED', 'https://meet.example.org/elsewhere'],
      ]);
      expect(await sequence()).toBe(before + 1);

      // The same place again changes nothing; staff may move it too.
      expectNoErrors(await move(linked.agent, 'https://meet.example.org/elsewhere'));
      expect(await sequence()).toBe(before + 1);
      expectNoErrors(await move(staff, 'https://meet.example.org/staff-room'));
      expect(await sequence()).toBe(before + 2);
    });

    it('takes a room name for a room session, but no non-https link', async () => {
      const booked = bookingOf(await book(student.agent, room, linked.id, nextStart()));
      const res = await api.gql(linked.agent, CHANGE_LOCATION, { input: { bookingId: booked.id, location: 'Room 305' } });
      expect(expectNoErrors(res).changeBookingLocation.location).toBe('Room 305');
      const ftp = await api.gql(linked.agent, CHANGE_LOCATION, { input: { bookingId: booked.id, location: 'ftp://files.example.org' } });
      expect(errorCode(ftp)).toBe('BAD_USER_INPUT');
    });
  });

  describe("a reschedule's slot search", () => {
    it("offers the booking's own time (it is not busy for itself), only to who may move it", async () => {
      const start = nextStart();
      const booked = bookingOf(await book(student.agent, video, linked.id, start));
      const window = { sessionTypeId: video.id, coachId: linked.id, from: new Date(start.getTime() - DAY / 4), to: new Date(start.getTime() + DAY / 4) };
      const plain = await searchSlots(api, student.agent, window);
      expect(plain.map((s) => s.start)).not.toContain(iso(start));
      const moving = expectNoErrors(await api.gql(student.agent, AVAILABLE_SLOTS, { input: { ...window, from: iso(window.from), to: iso(window.to), bookingId: booked.id } }));
      expect(moving.availableSlots.map((s: { start: string }) => s.start)).toContain(iso(start));
      // Half an hour later overlaps the old time: free for the move, busy otherwise.
      const halfPast = iso(start.getTime() + DAY / 48);
      expect(moving.availableSlots.map((s: { start: string }) => s.start)).toContain(halfPast);
      expect(plain.map((s) => s.start)).not.toContain(halfPast);

      const asOther = await api.gql(other.agent, AVAILABLE_SLOTS, { input: { ...window, from: iso(window.from), to: iso(window.to), bookingId: booked.id } });
      expect(errorCode(asOther)).toBe('FORBIDDEN');
      const asStaff = await api.gql(staff, AVAILABLE_SLOTS, { input: { ...window, from: iso(window.from), to: iso(window.to), bookingId: booked.id } });
      expect(expectNoErrors(asStaff).availableSlots.map((s: { start: string }) => s.start)).toContain(iso(start));
      const wrongType = await api.gql(student.agent, AVAILABLE_SLOTS, { input: { ...window, sessionTypeId: room.id, from: iso(window.from), to: iso(window.to), bookingId: booked.id } });
      expect({ code: errorCode(wrongType), field: fieldOf(wrongType) }).toEqual({ code: 'BAD_USER_INPUT', field: 'sessionTypeId' });
    });
  });

  describe('staff calling the "my" operations without saying whose', () => {
    it.each([
      ['myBookings', MY_BOOKINGS, {}, 'studentId'],
      ['bookingStanding', STANDING, {}, 'studentId'],
      ['coachSchedule', COACH_SCHEDULE, { input: { from: iso(Date.now()), to: iso(Date.now() + DAY) } }, 'coachId'],
      ['coachAvailability', AVAILABILITY, {}, 'coachId'],
      ['setWeeklyHours', SET_WEEKLY, { input: { ranges: [] } }, 'coachId'],
    ])('%s → BAD_USER_INPUT naming %s', async (_, query, variables, field) => {
      const res = await api.gql(staff, query, variables);
      expect({ code: errorCode(res), field: fieldOf(res) }).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(res.errors?.[0]?.message).toContain(`pass ${field}`);
    });

    it('bookSession without studentId → BAD_USER_INPUT naming studentId', async () => {
      const res = await book(staff, video, linked.id, nextStart());
      expect({ code: errorCode(res), field: fieldOf(res) }).toEqual({ code: 'BAD_USER_INPUT', field: 'studentId' });
    });
  });

  it('weekly hours that overlap are refused citing the day and both times', async () => {
    const res = await api.gql(staff, SET_WEEKLY, {
      input: { coachId: unlinked.id, ranges: [{ weekday: 2, startMinute: 540, endMinute: 720 }, { weekday: 2, startMinute: 660, endMinute: 780 }] },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toBe('Tuesday 09:00–12:00 overlaps 11:00–13:00');
  });

  describe('SQL per booking', () => {
    // Counted in the pg driver, where every statement leaves (TypeORM's and the named ones alike).
    let statements = 0;
    const original = Client.prototype.query;
    beforeAll(() => {
      Client.prototype.query = function (this: Client, ...args: unknown[]) {
        statements++;
        if (process.env['LOG_SQL']) console.log(String((args[0] as { text?: string })?.text ?? args[0]).slice(0, 120));
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof original;
    });
    afterAll(() => {
      Client.prototype.query = original;
    });

    async function counted(work: () => Promise<GqlResponse>): Promise<number> {
      statements = 0;
      expectNoErrors(await work());
      return statements;
    }

    // The booking's own fields only (history would add its one batched query).
    const bookLean = (who: Agent, type: SessionType, coachId: string | null, start: Date) =>
      api.gql(who, `mutation($input: BookSessionInput!) { bookSession(input: $input) { id location coach { name } } }`, {
        input: { sessionTypeId: type.id, coachId, start: iso(start) },
      });

    it('is a fixed handful of statements, whatever the number of coaches offering the type', async () => {
      const coaches = [linked, unlinked];
      const typeOf = async (ids: string[]) => createSessionType(api, staff, { coachIds: ids, locationKind: 'VIDEO' });
      const two = await typeOf(coaches.map((c) => c.id));
      const extra = await Promise.all([1, 2, 3].map((i) => createCoach(api, admin, staff, 'UTC', everyDay('08:00', '20:00'), `loc-extra-${i}`)));
      const five = await typeOf([...coaches, ...extra].map((c) => c.id));
      try {
        // Named coach: session lookup, BEGIN, student lock, one read, INSERT … RETURNING, event, the
        // event's notification job (invites and emails are rendered later by the worker), COMMIT.
        const named2 = await counted(() => bookLean(student.agent, two, linked.id, nextStart()));
        const named5 = await counted(() => bookLean(student.agent, five, linked.id, nextStart()));
        expect({ named2, named5 }).toEqual({ named2: 8, named5: 8 });
        // Any coach with several free: one more, the weekly loads of the free coaches.
        const any2 = await counted(() => bookLean(student.agent, two, null, nextStart()));
        const any5 = await counted(() => bookLean(other.agent, five, null, nextStart()));
        expect({ any2, any5 }).toEqual({ any2: 9, any5: 9 });
        // A slot search is the session lookup and one read.
        const search = await counted(() => api.gql(student.agent, AVAILABLE_SLOTS, { input: { sessionTypeId: five.id, from: iso(Date.now() + DAY), to: iso(Date.now() + 8 * DAY) } }));
        expect(search).toBe(2);
      } finally {
        await retireTypes(api, staff, [two, five]);
        await retireCoaches(api, admin, extra);
      }
    });
  });
});
