/**
 * Building blocks for the scheduling specs: their own coaches, session types and students (the
 * demo center's data is shared with the other spec files and stays untouched), slot searches,
 * bookings, and raw SQL for what the API deliberately cannot do (a booking in the past).
 *
 * Every user created here has an @example.org address. Coaches appear in the coaches directory,
 * which another spec counts, so `retireCoaches` turns them into students again in afterAll.
 */
import { getDataSourceToken } from '@nestjs/typeorm';
import { Role } from '@debrief/shared/domain';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { Agent, createTestUser, expectNoErrors, GqlResponse, TestApi } from '../support/api';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const BOOKING_FIELDS = /* GraphQL */ `
  id status startsAt endsAt sessionTypeId sessionTypeName assignment location cancelReason noShowExcused
  coach { id name timeZone }
  student { id name timeZone }
  history { kind actorName fromStartsAt toStartsAt reason at }
`;

export const AVAILABLE_SLOTS = /* GraphQL */ `
  query Slots($input: SlotSearchInput!) { availableSlots(input: $input) { start end coachIds } }
`;
export const BOOK = /* GraphQL */ `
  mutation Book($input: BookSessionInput!) { bookSession(input: $input) { ${BOOKING_FIELDS} } }
`;
export const RESCHEDULE = /* GraphQL */ `
  mutation Reschedule($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { ${BOOKING_FIELDS} } }
`;
export const CANCEL = /* GraphQL */ `
  mutation Cancel($input: CancelBookingInput!) { cancelBooking(input: $input) { ${BOOKING_FIELDS} } }
`;
export const BOOKING = /* GraphQL */ `
  query Booking($id: ID!) { booking(id: $id) { ${BOOKING_FIELDS} } }
`;
export const MY_BOOKINGS = /* GraphQL */ `
  query MyBookings($input: BookingListInput) { myBookings(input: $input) { ${BOOKING_FIELDS} } }
`;
export const COACH_SCHEDULE = /* GraphQL */ `
  query Schedule($input: ScheduleInput!) { coachSchedule(input: $input) { ${BOOKING_FIELDS} } }
`;
export const MARK_COMPLETED = /* GraphQL */ `
  mutation Completed($id: ID!) { markBookingCompleted(id: $id) { ${BOOKING_FIELDS} } }
`;
export const MARK_NO_SHOW = /* GraphQL */ `
  mutation NoShow($id: ID!) { markBookingNoShow(id: $id) { ${BOOKING_FIELDS} } }
`;
export const EXCUSE_NO_SHOW = /* GraphQL */ `
  mutation Excuse($id: ID!, $reason: String!) { excuseNoShow(id: $id, reason: $reason) { ${BOOKING_FIELDS} } }
`;
export const STANDING = /* GraphQL */ `
  query Standing($studentId: ID) { bookingStanding(studentId: $studentId) { blockedUntil limit noShows windowDays } }
`;
export const POLICY = /* GraphQL */ `{ bookingPolicy { maxActiveBookings noShowLimit noShowWindowDays } }`;
export const UPDATE_POLICY = /* GraphQL */ `
  mutation Policy($input: BookingPolicyInput!) { updateBookingPolicy(input: $input) { maxActiveBookings noShowLimit noShowWindowDays } }
`;
const CREATE_TYPE = /* GraphQL */ `
  mutation CreateType($input: CreateSessionTypeInput!) {
    createSessionType(input: $input) {
      id name durationMinutes bufferBeforeMinutes bufferAfterMinutes minNoticeMinutes horizonDays
      cancelCutoffHours maxActivePerStudent coachIds retiredAt
    }
  }
`;
export const RETIRE_TYPE = /* GraphQL */ `
  mutation Retire($id: ID!) { retireSessionType(id: $id) { id retiredAt } }
`;
const SET_WEEKLY = /* GraphQL */ `
  mutation Weekly($input: SetWeeklyHoursInput!) { setWeeklyHours(input: $input) { coachId timeZone weekly { weekday startMinute endMinute } } }
`;
const CHANGE_ROLE = /* GraphQL */ `
  mutation ChangeRole($input: ChangeRoleInput!) { changeUserRole(input: $input) { id role } }
`;

export interface Slot {
  start: string;
  end: string;
  coachIds: string[];
}

export interface BookingEvent {
  kind: string;
  actorName: string | null;
  fromStartsAt: string | null;
  toStartsAt: string | null;
  reason: string | null;
  at: string;
}

export interface Booking {
  id: string;
  status: string;
  startsAt: string;
  endsAt: string;
  sessionTypeId: string;
  sessionTypeName: string;
  assignment: string;
  location: string;
  cancelReason: string | null;
  noShowExcused: boolean;
  coach: { id: string; name: string; timeZone: string };
  student: { id: string; name: string; timeZone: string };
  history: BookingEvent[];
}

export interface SessionType {
  id: string;
  name: string;
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
  cancelCutoffHours: number;
  maxActivePerStudent: number | null;
  coachIds: string[];
  retiredAt: string | null;
}

export interface Person {
  id: string;
  email: string;
  password: string;
  agent: Agent;
}

/** Weekly hours as [weekday, "HH:MM", "HH:MM"] in the coach's own zone. */
export type Hours = [number, string, string][];

const minuteOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The same hours on every day of the week. */
export function everyDay(from: string, to: string): Hours {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => [weekday, from, to]);
}

/** A signed-in student of the test domain. */
export async function createStudent(api: TestApi, admin: Agent, label = 'sched-student'): Promise<Person> {
  const user = await createTestUser(api, admin, { role: Role.Student, label, timeZone: 'America/Chicago' });
  return { ...user, agent: await api.signInAs(user.email, user.password) };
}

/** Creates students a few at a time (password hashing is the slow part). */
export async function createStudents(api: TestApi, admin: Agent, count: number, label = 'sched-student'): Promise<Person[]> {
  const people: Person[] = [];
  for (let i = 0; i < count; i += 10) {
    const batch = Array.from({ length: Math.min(10, count - i) }, () => createStudent(api, admin, label));
    people.push(...(await Promise.all(batch)));
  }
  return people;
}

/** A signed-in coach of the test domain with weekly hours in `timeZone` (set by staff). */
export async function createCoach(
  api: TestApi,
  admin: Agent,
  staff: Agent,
  timeZone: string,
  hours: Hours,
  label = 'sched-coach',
): Promise<Person & { timeZone: string }> {
  const user = await createTestUser(api, admin, { role: Role.Coach, label, timeZone });
  const ranges = hours.map(([weekday, from, to]) => ({ weekday, startMinute: minuteOf(from), endMinute: minuteOf(to) }));
  expectNoErrors(await api.gql(staff, SET_WEEKLY, { input: { coachId: user.id, ranges } }));
  return { ...user, timeZone, agent: await api.signInAs(user.email, user.password) };
}

/** Takes the spec's coaches out of the coaches directory again (the coaches spec counts it). */
export async function retireCoaches(api: TestApi, admin: Agent, coaches: ReadonlyArray<{ id: string } | undefined>): Promise<void> {
  for (const coach of coaches) {
    if (coach) expectNoErrors(await api.gql(admin, CHANGE_ROLE, { input: { userId: coach.id, role: Role.Student } }));
  }
}

let typeCounter = 0;

/** A session type of the spec's own, VIDEO, CODING, 60 minutes and no buffers unless overridden. */
export async function createSessionType(api: TestApi, staff: Agent, input: Record<string, unknown>): Promise<SessionType> {
  typeCounter += 1;
  const res = await api.gql(staff, CREATE_TYPE, {
    input: {
      name: `IT scheduling ${typeCounter} ${Date.now().toString(36)}`,
      category: 'CODING',
      durationMinutes: 60,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minNoticeMinutes: 0,
      horizonDays: 60,
      cancelCutoffHours: 0,
      ...input,
    },
  });
  return expectNoErrors(res).createSessionType;
}

export async function retireTypes(api: TestApi, staff: Agent, types: ReadonlyArray<{ id: string } | undefined>): Promise<void> {
  for (const type of types) {
    if (!type) continue;
    const res = await api.gql(staff, RETIRE_TYPE, { id: type.id });
    expectNoErrors(res);
  }
}

export function slotsOf(res: GqlResponse): Slot[] {
  return expectNoErrors(res).availableSlots;
}

export async function searchSlots(
  api: TestApi,
  agent: Agent,
  input: { sessionTypeId: string; coachId?: string | null; from: Date | string; to: Date | string; studentId?: string },
): Promise<Slot[]> {
  return slotsOf(await api.gql(agent, AVAILABLE_SLOTS, { input: { ...input, from: iso(input.from), to: iso(input.to) } }));
}

export function bookingOf(res: GqlResponse, field = 'bookSession'): Booking {
  return expectNoErrors(res)[field];
}

export function iso(value: Date | string | number): string {
  return new Date(value).toISOString();
}

export const ms = (value: string) => new Date(value).getTime();

/** The wall-clock time of an instant in a zone, as "HH:mm". */
export function wall(instant: string | number, zone: string): string {
  const dt = typeof instant === 'number' ? DateTime.fromMillis(instant, { zone }) : DateTime.fromISO(instant, { zone });
  return dt.toFormat('HH:mm');
}

/** The database the app under test uses, for set-ups the API refuses on purpose. */
export function dataSource(api: TestApi): DataSource {
  return api.app.get<DataSource>(getDataSourceToken());
}

/**
 * Moves a booking (and its blocked range, buffers kept) so that it starts at `start`: the only
 * way to get a session that has already started, since the API books only future slots.
 */
export async function moveBookingTo(api: TestApi, bookingId: string, start: Date): Promise<void> {
  await dataSource(api).query(
    `UPDATE bookings
        SET blocked_from = $2::timestamptz - (starts_at - blocked_from),
            blocked_to = $2::timestamptz + (blocked_to - starts_at),
            ends_at = $2::timestamptz + (ends_at - starts_at),
            starts_at = $2::timestamptz
      WHERE id = $1`,
    [bookingId, start.toISOString()],
  );
}

/** Pairs of live bookings of one coach whose blocked ranges overlap (the exclusion constraint's job). */
export async function overlappingBookings(api: TestApi): Promise<{ a: string; b: string }[]> {
  return dataSource(api).query(
    `SELECT a.id AS a, b.id AS b
       FROM bookings a
       JOIN bookings b ON a.coach_id = b.coach_id AND a.id < b.id
      WHERE a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'
        AND tstzrange(a.blocked_from, a.blocked_to) && tstzrange(b.blocked_from, b.blocked_to)`,
  );
}

export function reasonOf(res: GqlResponse): unknown {
  return res.errors?.[0]?.extensions?.['reason'];
}

/** `{ code, reason }` of the first error, for one readable toEqual. */
export function refusal(res: GqlResponse): { code: string | undefined; reason: unknown } {
  return { code: res.errors?.[0]?.extensions?.code, reason: reasonOf(res) };
}
