import { ErrorCode, Role } from '@debrief/shared/domain';
import { DateTime } from 'luxon';
import { Agent, errorCode, expectNoErrors, startApi, TestApi } from '../support/api';
import {
  BOOK,
  bookingOf,
  createCoach,
  createSessionType,
  createStudents,
  dataSource,
  DAY,
  everyDay,
  Person,
  refusal,
  retireCoaches,
  retireTypes,
  searchSlots,
  SessionType,
} from '../scheduling/scheduling.helpers';
import {
  CANCEL_WORKSHOP,
  CREATE_SERIES,
  createWorkshop,
  MARK_ATTENDANCE,
  moveWorkshopTo,
  register,
  roster,
  ROSTER_CSV,
  seatMismatches,
  UPDATE_WORKSHOP,
  Workshop,
  WORKSHOP,
  workshopInput,
  WORKSHOPS,
} from './workshops.helpers';

const ZONE = 'America/Chicago'; // CENTER_TIME_ZONE of the test app

describe('workshop series, roster and check-in', () => {
  let api: TestApi;
  let admin: Agent;
  let staff: Agent;
  let students: Person[];
  let coach: Person & { timeZone: string };
  let type: SessionType;
  const closures: string[] = [];
  const made: string[] = [];

  beforeAll(async () => {
    api = await startApi({ CENTER_TIME_ZONE: ZONE });
    admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    students = await createStudents(api, admin, 4, 'ws-roster');
    coach = await createCoach(api, admin, staff, ZONE, everyDay('08:00', '20:00'), 'ws-coach');
    type = await createSessionType(api, staff, { durationMinutes: 60, coachIds: [coach.id] });
  }, 120_000);

  afterAll(async () => {
    if (!api) return;
    expect(await seatMismatches(api, made)).toEqual([]);
    for (const id of closures) await api.gql(staff, `mutation($id: ID!) { removeClosure(id: $id) }`, { id });
    await retireTypes(api, staff, [type]);
    await retireCoaches(api, admin, [coach]);
    await api.close();
  });

  /** A Tuesday 16:00 local, `weeks` weeks from now. */
  const tuesdayAt4 = (weeks: number) => {
    const base = DateTime.now().setZone(ZONE).plus({ weeks }).startOf('week').plus({ days: 1 }).set({ hour: 16 });
    return base.toJSDate();
  };

  it('creates a weekly series at 4 pm local, skipping a closure, and edits the rest of the series', async () => {
    const first = tuesdayAt4(30);
    const closedDay = DateTime.fromJSDate(first, { zone: ZONE }).plus({ weeks: 1 }).toISODate() as string;
    const closure = expectNoErrors(await api.gql(staff, `mutation($input: AddClosureInput!) { addClosure(input: $input) { id } }`, {
      input: { startDate: closedDay, endDate: closedDay, reason: 'Campus closed' },
    })).addClosure;
    closures.push(closure.id);
    const input = workshopInput({ title: 'IT Résumé Lab', startsAt: first.toISOString(), endsAt: new Date(first.getTime() + 3600_000).toISOString(), capacity: 12, facilitatorIds: [coach.id] });
    const res = expectNoErrors(await api.gql(staff, CREATE_SERIES, { input: { workshop: input, recurrence: 'WEEKLY', weeks: 4 } })).createWorkshopSeries;
    const series = res.workshops as Workshop[];
    made.push(...series.map((w) => w.id));
    expect(series).toHaveLength(3);
    expect(res.skippedStarts).toHaveLength(1);
    expect(DateTime.fromISO(res.skippedStarts[0], { zone: ZONE }).toISODate()).toBe(closedDay);
    for (const w of series) {
      expect(w.seriesId).toBe(res.seriesId);
      expect(DateTime.fromISO(w.startsAt, { zone: ZONE }).toFormat('ccc HH:mm')).toBe('Tue 16:00');
      expect(w.facilitators).toEqual([{ id: coach.id, name: expect.any(String) }]);
    }

    // Edit the second occurrence and the ones after it: 17:30 and another room; the first keeps its own.
    const second = series[1];
    const moved = DateTime.fromISO(second.startsAt, { zone: ZONE }).set({ hour: 17, minute: 30 });
    const updated = expectNoErrors(await api.gql(staff, UPDATE_WORKSHOP, {
      input: { id: second.id, scope: 'THIS_AND_FOLLOWING', location: 'Room 101', startsAt: moved.toISO(), endsAt: moved.plus({ minutes: 90 }).toISO() },
    })).updateWorkshop as Workshop[];
    expect(updated.map((w) => w.id).sort()).toEqual([series[1].id, series[2].id].sort());
    for (const w of updated) {
      expect(DateTime.fromISO(w.startsAt, { zone: ZONE }).toFormat('ccc HH:mm')).toBe('Tue 17:30');
      expect((Date.parse(w.endsAt) - Date.parse(w.startsAt)) / 60_000).toBe(90);
      expect(w.location).toBe('Room 101');
    }
    const firstNow = expectNoErrors(await api.gql(staff, WORKSHOP, { id: series[0].id })).workshop as Workshop;
    expect({ location: firstNow.location, at: DateTime.fromISO(firstNow.startsAt, { zone: ZONE }).toFormat('HH:mm') }).toEqual({ location: input['location'], at: '16:00' });

    // Edit one occurrence only.
    expectNoErrors(await api.gql(staff, UPDATE_WORKSHOP, { input: { id: series[2].id, scope: 'THIS_OCCURRENCE', title: 'IT Résumé Lab (final)' } }));
    const titles = (expectNoErrors(await api.gql(staff, WORKSHOPS, { filter: { seriesId: res.seriesId, all: true } })).workshops as Workshop[]).map((w) => w.title);
    expect(titles).toEqual(['IT Résumé Lab', 'IT Résumé Lab', 'IT Résumé Lab (final)']);

    // Cancel the rest of the series from the second on.
    const cancelled = expectNoErrors(await api.gql(staff, CANCEL_WORKSHOP, { input: { id: series[1].id, scope: 'THIS_AND_FOLLOWING', reason: 'Term ends early' } })).cancelWorkshop;
    expect(cancelled.map((w: Workshop) => w.status)).toEqual(['CANCELLED', 'CANCELLED']);
  });

  it('refuses a series with nothing to repeat, and a custom series takes the first duration', async () => {
    // Days the center is open (other specs and the seed add closures).
    const closed: { start_date: string; end_date: string }[] = await dataSource(api).query(`SELECT start_date::text, end_date::text FROM closures`);
    const isOpen = (d: Date) => {
      const day = DateTime.fromJSDate(d, { zone: ZONE }).toISODate() as string;
      return !closed.some((c) => c.start_date <= day && day <= c.end_date);
    };
    let inDays = 300;
    while (!isOpen(new Date(Date.now() + inDays * DAY)) || !isOpen(new Date(Date.now() + (inDays + 3) * DAY))) inDays += 1;
    const input = workshopInput({}, inDays);
    expect(refusal(await api.gql(staff, CREATE_SERIES, { input: { workshop: input, recurrence: 'WEEKLY' } })).code).toBe(ErrorCode.BadUserInput);
    const later = new Date(Date.parse(input['startsAt'] as string) + 3 * DAY).toISOString();
    const res = expectNoErrors(await api.gql(staff, CREATE_SERIES, { input: { workshop: input, recurrence: 'CUSTOM', customStarts: [later] } })).createWorkshopSeries;
    made.push(...res.workshops.map((w: Workshop) => w.id));
    expect(res.workshops.map((w: Workshop) => [w.startsAt, (Date.parse(w.endsAt) - Date.parse(w.startsAt)) / 60_000])).toEqual([
      [input['startsAt'], 90],
      [later, 90],
    ]);
  });

  it('filters the catalog by topic and date', async () => {
    const topic = `topic-${Date.now().toString(36)}`;
    const soon = await createWorkshop(api, staff, { topics: [topic] }, 3);
    const far = await createWorkshop(api, staff, { topics: [topic] }, 20);
    made.push(soon.id, far.id);
    const list = async (filter: Record<string, unknown>) => (expectNoErrors(await api.gql(students[0].agent, WORKSHOPS, { filter })).workshops as Workshop[]).map((w) => w.id);
    expect(await list({ topic })).toEqual([soon.id, far.id]);
    expect(await list({ topic: topic.toUpperCase() })).toEqual([soon.id, far.id]);
    expect(await list({ topic, from: new Date(Date.now() + 10 * DAY).toISOString() })).toEqual([far.id]);
    expect(await list({ topic, to: new Date(Date.now() + 10 * DAY).toISOString() })).toEqual([soon.id]);
  });

  it("warns about a booked session at the same time, and still registers", async () => {
    const s = students[3];
    const slot = (await searchSlots(api, s.agent, { sessionTypeId: type.id, coachId: coach.id, from: new Date(Date.now() + 5 * DAY), to: new Date(Date.now() + 9 * DAY) }))[0];
    const booking = bookingOf(await api.gql(s.agent, BOOK, { input: { sessionTypeId: type.id, coachId: coach.id, start: slot.start } }));
    const start = new Date(Date.parse(slot.start) - 30 * 60_000);
    const w = await createWorkshop(api, staff, { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3600_000).toISOString() });
    made.push(w.id);
    const seen = expectNoErrors(await api.gql(s.agent, WORKSHOP, { id: w.id })).workshop as Workshop;
    expect(seen.overlappingSessions).toEqual([{ bookingId: booking.id, sessionTypeName: type.name, startsAt: booking.startsAt, endsAt: booking.endsAt }]);
    expect(expectNoErrors(await register(api, s.agent, w.id)).registerForWorkshop.status).toBe('REGISTERED');
    const other = expectNoErrors(await api.gql(students[2].agent, WORKSHOP, { id: w.id })).workshop as Workshop;
    expect(other.overlappingSessions).toEqual([]);
  });

  it('shows the roster in order, searches it, checks students in during the event, and exports CSV', async () => {
    const w = await createWorkshop(api, staff, { capacity: 2, facilitatorIds: [coach.id] });
    made.push(w.id);
    for (const s of students.slice(0, 3)) expectNoErrors(await register(api, s.agent, w.id));
    const list = await roster(api, staff, w.id);
    expect(list.map((e) => e.status)).toEqual(['REGISTERED', 'REGISTERED', 'WAITLISTED']);
    expect(list[2]).toMatchObject({ studentId: students[2].id, waitlistPosition: 1, queueNo: 3 });
    const found = await roster(api, coach.agent, w.id, students[1].email.toUpperCase());
    expect(found.map((e) => e.studentId)).toEqual([students[1].id]);

    // Not yet: check-in opens an hour before the start.
    const early = await api.gql(coach.agent, MARK_ATTENDANCE, { id: list[0].registrationId, mark: 'ATTENDED' });
    expect(refusal(early)).toEqual({ code: ErrorCode.BadUserInput, reason: 'CHECK_IN_NOT_OPEN' });
    await moveWorkshopTo(api, w.id, new Date(Date.now() - 10 * 60_000));
    const attended = expectNoErrors(await api.gql(coach.agent, MARK_ATTENDANCE, { id: list[0].registrationId, mark: 'ATTENDED' })).markWorkshopAttendance;
    expect(attended).toMatchObject({ status: 'ATTENDED', checkedInAt: expect.any(String) });
    expectNoErrors(await api.gql(staff, MARK_ATTENDANCE, { id: list[1].registrationId, mark: 'NO_SHOW' }));
    // A waitlisted student holds no seat to check in.
    expect(refusal(await api.gql(staff, MARK_ATTENDANCE, { id: list[2].registrationId, mark: 'ATTENDED' }))).toEqual({ code: ErrorCode.Conflict, reason: 'REGISTRATION_NOT_ACTIVE' });

    const csv = expectNoErrors(await api.gql(staff, ROSTER_CSV, { id: w.id })).workshopRosterCsv as string;
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('Name,Email,Class year,Major,Status,Waitlist position,Registered at,Promoted at,Cancelled at,Checked in at');
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.includes(students[0].email))).toContain(',ATTENDED,');
    expect(lines.find((l) => l.includes(students[1].email))).toContain(',NO_SHOW,');
    expect(lines.find((l) => l.includes(students[2].email))).toContain(',WAITLISTED,1,');
    expect(await seatMismatches(api, [w.id])).toEqual([]);
  });

  it('keeps rosters to staff and the workshop\u2019s facilitators', async () => {
    const w = await createWorkshop(api, staff);
    made.push(w.id);
    expect(errorCode(await api.gql(students[0].agent, ROSTER_CSV, { id: w.id }))).toBe(ErrorCode.Forbidden);
    expect(refusal(await api.gql(coach.agent, ROSTER_CSV, { id: w.id }))).toEqual({ code: ErrorCode.Forbidden, reason: 'NOT_FACILITATOR' });
    expect(errorCode(await api.gql(students[0].agent, UPDATE_WORKSHOP, { input: { id: w.id, title: 'x' } }))).toBe(ErrorCode.Forbidden);
  });

  it('names the field of a bad workshop input', async () => {
    const backwards = workshopInput({ endsAt: new Date(Date.now() + DAY).toISOString() }, 7);
    const res = await api.gql(staff, `mutation($input: WorkshopFieldsInput!) { createWorkshop(input: $input) { id } }`, { input: backwards });
    expect({ code: errorCode(res), field: res.errors?.[0]?.extensions?.['field'] }).toEqual({ code: ErrorCode.BadUserInput, field: 'endsAt' });
    const student = await api.gql(staff, `mutation($input: WorkshopFieldsInput!) { createWorkshop(input: $input) { id } }`, { input: workshopInput({ facilitatorIds: [students[0].id] }) });
    expect({ code: errorCode(student), field: student.errors?.[0]?.extensions?.['field'] }).toEqual({ code: ErrorCode.BadUserInput, field: 'facilitatorIds' });
  });
});
