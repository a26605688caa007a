/**
 * Building blocks for the workshop specs: staff-created workshops of the spec's own (titles start
 * with "IT workshop"), students of the test domain, and raw SQL for what the API refuses on
 * purpose (a workshop that has already started, a student's class year and major).
 */
import { Workers } from '@debrief/api/notifications';
import { Agent, expectNoErrors, GqlResponse, TestApi } from '../support/api';
import { dataSource, DAY, HOUR } from '../scheduling/scheduling.helpers';

export const WORKSHOP_FIELDS = /* GraphQL */ `
  id seriesId title description topics location startsAt endsAt capacity seatsTaken seatsLeft waitlistLength
  registrationOpensAt registrationClosesAt registrationOpen audienceClassYears audienceMajors status cancelReason
  facilitators { id name }
  myRegistration { id status waitlistPosition promotedAt }
  overlappingSessions { bookingId sessionTypeName startsAt endsAt }
`;
export const REGISTRATION_FIELDS = /* GraphQL */ `
  id status waitlistPosition promotedAt createdAt workshop { id title status startsAt seatsTaken waitlistLength }
`;
export const ROSTER_FIELDS = /* GraphQL */ `
  registrationId studentId name email classYear major status queueNo waitlistPosition promotedAt cancelledAt checkedInAt
`;

export const CREATE_WORKSHOP = `mutation($input: WorkshopFieldsInput!) { createWorkshop(input: $input) { ${WORKSHOP_FIELDS} } }`;
export const CREATE_SERIES = `mutation($input: CreateWorkshopSeriesInput!) { createWorkshopSeries(input: $input) { seriesId skippedStarts workshops { ${WORKSHOP_FIELDS} } } }`;
export const UPDATE_WORKSHOP = `mutation($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { ${WORKSHOP_FIELDS} } }`;
export const PUBLISH_WORKSHOP = `mutation($input: PublishWorkshopInput!) { publishWorkshop(input: $input) { id status } }`;
export const CANCEL_WORKSHOP = `mutation($input: CancelWorkshopInput!) { cancelWorkshop(input: $input) { id status cancelReason } }`;
export const WORKSHOPS = `query($filter: WorkshopFilterInput) { workshops(filter: $filter) { ${WORKSHOP_FIELDS} } }`;
export const WORKSHOP = `query($id: ID!) { workshop(id: $id) { ${WORKSHOP_FIELDS} } }`;
export const REGISTER = `mutation($id: ID!) { registerForWorkshop(workshopId: $id) { ${REGISTRATION_FIELDS} } }`;
export const CANCEL_REGISTRATION = `mutation($id: ID!) { cancelWorkshopRegistration(registrationId: $id) { ${REGISTRATION_FIELDS} } }`;
export const REMOVE_REGISTRATION = `mutation($id: ID!) { removeWorkshopRegistration(registrationId: $id) { ${REGISTRATION_FIELDS} } }`;
export const MY_WORKSHOPS = `query($input: MyWorkshopsInput) { myWorkshops(input: $input) { ${REGISTRATION_FIELDS} } }`;
export const ROSTER = `query($id: ID!, $search: String) { workshopRoster(workshopId: $id, search: $search) { ${ROSTER_FIELDS} } }`;
export const ROSTER_CSV = `query($id: ID!) { workshopRosterCsv(workshopId: $id) }`;
export const MARK_ATTENDANCE = `mutation($id: ID!, $mark: AttendanceMark!) { markWorkshopAttendance(registrationId: $id, mark: $mark) { ${ROSTER_FIELDS} } }`;

export interface Workshop {
  id: string;
  seriesId: string | null;
  title: string;
  location: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  seatsTaken: number;
  seatsLeft: number;
  waitlistLength: number;
  registrationOpen: boolean;
  status: string;
  topics: string[];
  facilitators: { id: string; name: string }[];
  myRegistration: { id: string; status: string; waitlistPosition: number | null; promotedAt: string | null } | null;
  overlappingSessions: { bookingId: string; sessionTypeName: string; startsAt: string; endsAt: string }[];
}

export interface Registration {
  id: string;
  status: string;
  waitlistPosition: number | null;
  promotedAt: string | null;
  workshop: { id: string; title: string; status: string; startsAt: string; seatsTaken: number; waitlistLength: number };
}

export interface RosterEntry {
  registrationId: string;
  studentId: string;
  name: string;
  email: string;
  status: string;
  queueNo: number;
  waitlistPosition: number | null;
  checkedInAt: string | null;
}

let counter = 0;

/** Input for a published workshop of the spec's own, starting `inDays` from now, open for registration now. */
export function workshopInput(overrides: Record<string, unknown> = {}, inDays = 7): Record<string, unknown> {
  counter += 1;
  const start = new Date(Math.ceil((Date.now() + inDays * DAY) / HOUR) * HOUR);
  return {
    title: `IT workshop ${counter} ${Date.now().toString(36)}`,
    description: 'Bring a printed résumé.',
    topics: ['resume'],
    facilitatorIds: [],
    location: 'Career center, room 204',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 90 * 60_000).toISOString(),
    capacity: 20,
    registrationOpensAt: new Date(Date.now() - HOUR).toISOString(),
    audienceClassYears: [],
    audienceMajors: [],
    publish: true,
    ...overrides,
  };
}

export async function createWorkshop(api: TestApi, staff: Agent, overrides: Record<string, unknown> = {}, inDays = 7): Promise<Workshop> {
  return expectNoErrors(await api.gql(staff, CREATE_WORKSHOP, { input: workshopInput(overrides, inDays) })).createWorkshop;
}

export async function register(api: TestApi, student: Agent, workshopId: string): Promise<GqlResponse<{ registerForWorkshop: Registration }>> {
  return api.gql(student, REGISTER, { id: workshopId });
}

export async function roster(api: TestApi, agent: Agent, workshopId: string, search?: string): Promise<RosterEntry[]> {
  return expectNoErrors(await api.gql(agent, ROSTER, { id: workshopId, search })).workshopRoster;
}

/** Moves a workshop (and its registration window) so that it starts at `start`: the API only schedules ahead. */
export async function moveWorkshopTo(api: TestApi, workshopId: string, start: Date): Promise<void> {
  await dataSource(api).query(
    `UPDATE workshops
        SET registration_opens_at = $2::timestamptz - interval '2 days',
            registration_closes_at = $2::timestamptz,
            ends_at = $2::timestamptz + (ends_at - starts_at),
            starts_at = $2::timestamptz
      WHERE id = $1`,
    [workshopId, start.toISOString()],
  );
}

export async function setProfile(api: TestApi, studentId: string, classYear: number, major: string): Promise<void> {
  await dataSource(api).query(`UPDATE student_profiles SET class_year = $2, major = $3 WHERE user_id = $1`, [studentId, classYear, major]);
}

export interface Mail {
  kind: string;
  subject: string;
  text: string;
  method: string | null;
  ics: string | null;
}

/**
 * Runs the pending jobs, so notices become emails. Specs drain after each change whose emails they
 * compare in order: one drain's batch of jobs is not guaranteed to run in enqueue order.
 */
export async function drain(api: TestApi): Promise<void> {
  await api.app.get(Workers).drain();
}

/** Runs the pending jobs (notices become emails), then lists the messages to one address, oldest first. */
export async function mailsTo(api: TestApi, email: string): Promise<Mail[]> {
  await api.app.get(Workers).drain();
  return dataSource(api).query(
    `SELECT kind, subject, text_body AS text, calendar_method AS method, calendar_ics AS ics FROM outbox_messages WHERE to_address = $1 ORDER BY created_at, id`,
    [email],
  );
}

/** UID, SEQUENCE and STATUS of the one event in an iCalendar text. */
export function eventOf(ics: string): { uid: string; sequence: number; status: string; method: string } {
  const line = (name: string) => new RegExp(`^${name}[:;](.*)$`, 'm').exec(ics.replace(/\r\n /g, ''))?.[1]?.trim() ?? '';
  return { uid: line('UID'), sequence: Number(line('SEQUENCE') || 0), status: line('STATUS'), method: line('METHOD') };
}

/** Seat-holding registrations per workshop vs the counter, for the spec's workshops: any row is a broken invariant. */
export async function seatMismatches(api: TestApi, workshopIds: string[]): Promise<unknown[]> {
  return dataSource(api).query(
    `SELECT w.id, w.capacity, w.seats_taken, count(r.id) FILTER (WHERE r.status IN ('REGISTERED','ATTENDED','NO_SHOW'))::int AS held
       FROM workshops w LEFT JOIN workshop_registrations r ON r.workshop_id = w.id
      WHERE w.id = ANY($1::uuid[])
      GROUP BY w.id
     HAVING w.seats_taken <> count(r.id) FILTER (WHERE r.status IN ('REGISTERED','ATTENDED','NO_SHOW')) OR w.seats_taken > w.capacity`,
    [workshopIds],
  );
}
