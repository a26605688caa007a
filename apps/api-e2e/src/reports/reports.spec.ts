/**
 * The center's reports on a hand-built week with known answers (see reports.fixture.ts), on the
 * embedded database and on the real server: utilization across a DST change and three zones, the
 * unfilled-hours heat map, no-shows and late cancellations, reach, workshops and outcomes; and
 * who sees what (staff all, a coach their own work, a student nothing).
 */
import { SlotSearchLog } from '@debrief/api/scheduling';
import { Role } from '@debrief/shared/domain';
import { Workbook } from 'exceljs';
import { DateTime } from 'luxon';
import { errorCode, expectNoErrors, startApi, TestApi, Agent } from '../support/api';
import { AVAILABLE_SLOTS, dataSource } from '../scheduling/scheduling.helpers';
import { buildReportsWorld, removeReportsWorld, ReportsWorld } from './reports.fixture';

const WEEK = { from: '2025-03-03', to: '2025-03-09' };

const CAPACITY = /* GraphQL */ `
  query Capacity($input: ReportInput) {
    capacityReport(input: $input) {
      period { firstDay lastDay from to }
      totals { offeredHours bookedHours heldHours utilization }
      previous { offeredHours bookedHours heldHours utilization }
      weeks { coachId coachName weekStart offeredHours bookedHours heldHours utilization }
      unfilled { weekday hour hours }
      summary
    }
  }
`;
const NO_SHOWS = /* GraphQL */ `
  query NoShows($input: ReportInput) {
    noShowReport(input: $input) {
      totals { sessions noShows rate lateCancellations }
      previous { sessions noShows }
      rows { dimension key label sessions noShows rate lateCancellations }
      blockedNow summary
    }
  }
`;
const REACH = /* GraphQL */ `
  query Reach($input: ReportInput) {
    reachReport(input: $input) {
      uniqueStudents previousUniqueStudents newStudents returningStudents sessions sessionsPerStudent studentBody shareReached
      byMajor { label students sessions } byClassYear { label students sessions }
      sessionsPerStudentHistogram { label count } summary
    }
  }
`;
const WORKSHOPS = /* GraphQL */ `
  query Workshops($input: ReportInput) {
    workshopsReport(input: $input) {
      totals { workshops capacity seated waitlisted promotions attended noShows fillRate attendanceRate noShowRate }
      workshops { title capacity seated waitlisted promotions attended noShows fillRate }
      summary
    }
  }
`;
const OUTCOMES = /* GraphQL */ `
  query Outcomes($input: ReportInput) {
    outcomesReport(input: $input) {
      criteria { criterionKey month average scores }
      change { students median distribution { from students } }
      selfGap { selfAverage coachAverage gap pairs }
      planItems { due done doneOnTime }
      summary
    }
  }
`;

const DEMAND = /* GraphQL */ `
  query Demand($input: ReportInput) {
    demandReport(input: $input) {
      searches emptySearches
      waits { sessionTypeId day searches empty medianHours p90Hours }
      changes { kind notice count }
      summary
    }
  }
`;
const CSV = /* GraphQL */ `
  query Csv($report: ReportKind!, $input: ReportInput) { reportCsv(report: $report, input: $input) { filename contentType content } }
`;
const WORKBOOK = /* GraphQL */ `
  query Workbook($input: ReportInput) { reportWorkbook(input: $input) { filename contentType content } }
`;

describe('reports on a week with known answers', () => {
  let api: TestApi;
  let staff: Agent;
  let world: ReportsWorld;
  let ours: Record<string, unknown>;

  beforeAll(async () => {
    api = await startApi();
    const admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    world = await buildReportsWorld(api, admin, dataSource(api));
    ours = { ...WEEK, coachIds: [world.coaches.a.id, world.coaches.b.id, world.coaches.c.id] };
  });

  afterAll(async () => {
    await removeReportsWorld(dataSource(api), world);
    await api?.close();
  });

  it('counts offered, booked and held hours per coach and week, across the DST change and three zones', async () => {
    const r = expectNoErrors(await api.gql(staff, CAPACITY, { input: ours })).capacityReport;
    expect(r.period).toMatchObject({ firstDay: '2025-03-03', lastDay: '2025-03-09', from: '2025-03-03T06:00:00.000Z', to: '2025-03-10T05:00:00.000Z' });
    const byCoach = Object.fromEntries(r.weeks.map((w: { coachId: string }) => [w.coachId, w]));
    expect(r.weeks).toHaveLength(3);
    expect(byCoach[world.coaches.a.id]).toMatchObject({ weekStart: '2025-03-03', offeredHours: 15, bookedHours: 3, heldHours: 2, utilization: 0.2 });
    expect(byCoach[world.coaches.b.id]).toMatchObject({ weekStart: '2025-03-03', offeredHours: 10, bookedHours: 2, heldHours: 2, utilization: 0.2 });
    expect(byCoach[world.coaches.c.id]).toMatchObject({ weekStart: '2025-03-03', offeredHours: 8, bookedHours: 2, heldHours: 1, utilization: 0.25 });
    expect(r.totals).toEqual({ offeredHours: 33, bookedHours: 7, heldHours: 5, utilization: 0.2121 });
    // The week before: no closure, no day off, no extra hours; Sunday 2 March 00–04 is 4 hours.
    expect(r.previous).toEqual({ offeredHours: 45, bookedHours: 1, heldHours: 1, utilization: 0.0222 });
    expect(r.summary).toContain('utilization 21.2%');
  });

  it('maps unfilled hours by weekday and hour in the coach’s zone (half-hour offset and DST day)', async () => {
    const c = expectNoErrors(await api.gql(staff, CAPACITY, { input: { ...WEEK, coachIds: [world.coaches.c.id] } })).capacityReport;
    expect(c.unfilled).toEqual([
      { weekday: 1, hour: 15, hours: 1 },
      { weekday: 2, hour: 15, hours: 1 },
      { weekday: 4, hour: 14, hours: 1 },
      { weekday: 4, hour: 15, hours: 1 },
      { weekday: 5, hour: 14, hours: 1 },
      { weekday: 5, hour: 15, hours: 1 },
    ]);
    const a = expectNoErrors(await api.gql(staff, CAPACITY, { input: { ...WEEK, coachIds: [world.coaches.a.id] } })).capacityReport;
    const sunday = a.unfilled.filter((u: { weekday: number }) => u.weekday === 7);
    expect(sunday).toEqual([
      { weekday: 7, hour: 0, hours: 1 },
      { weekday: 7, hour: 1, hours: 1 },
      { weekday: 7, hour: 3, hours: 1 },
    ]);
    const total = a.unfilled.reduce((s: number, u: { hours: number }) => s + u.hours, 0);
    expect(total).toBe(15 - 3);
  });

  it('reports no-shows by session type, coach and class year, and late cancellations', async () => {
    const r = expectNoErrors(await api.gql(staff, NO_SHOWS, { input: ours })).noShowReport;
    expect(r.totals).toEqual({ sessions: 7, noShows: 2, rate: 0.2857, lateCancellations: 1 });
    expect(r.previous).toEqual({ sessions: 1, noShows: 0 });
    const row = (dimension: string, key: string) => r.rows.find((x: { dimension: string; key: string }) => x.dimension === dimension && x.key === key);
    expect(row('COACH', world.coaches.a.id)).toMatchObject({ sessions: 3, noShows: 1, lateCancellations: 1 });
    expect(row('COACH', world.coaches.c.id)).toMatchObject({ sessions: 2, noShows: 1, rate: 0.5 });
    expect(row('CLASS_YEAR', '2026')).toMatchObject({ label: '2026', sessions: 3, noShows: 1, lateCancellations: 0 });
    expect(row('CLASS_YEAR', '2027')).toMatchObject({ sessions: 4, noShows: 1, lateCancellations: 1 });
    expect(row('SESSION_TYPE', world.sessionTypeId)).toMatchObject({ sessions: 7, noShows: 2 });
  });

  it('counts the students reached, new and returning, and the share of the student body', async () => {
    const r = expectNoErrors(await api.gql(staff, REACH, { input: { ...ours, majors: [world.majors.m, world.majors.n] } })).reachReport;
    expect(r).toMatchObject({
      uniqueStudents: 3,
      previousUniqueStudents: 1,
      newStudents: 2,
      returningStudents: 1,
      sessions: 5,
      sessionsPerStudent: 1.67,
      studentBody: 4,
      shareReached: 0.75,
    });
    expect(r.byMajor).toEqual([
      { label: world.majors.m, students: 2, sessions: 3 },
      { label: world.majors.n, students: 1, sessions: 2 },
    ]);
    expect(r.byClassYear).toEqual([
      { label: '2026', students: 1, sessions: 2 },
      { label: '2027', students: 2, sessions: 3 },
    ]);
    expect(r.sessionsPerStudentHistogram.slice(0, 2)).toEqual([
      { label: '1', count: 1 },
      { label: '2', count: 2 },
    ]);
    const returning = expectNoErrors(await api.gql(staff, REACH, { input: { ...ours, studentKind: 'RETURNING' } })).reachReport;
    expect(returning).toMatchObject({ uniqueStudents: 1, sessions: 2 });
  });

  it('reports workshop fill, waitlist, promotions, attendance and no-shows', async () => {
    const r = expectNoErrors(await api.gql(staff, WORKSHOPS, { input: { ...WEEK, topic: world.topic } })).workshopsReport;
    expect(r.totals).toEqual({ workshops: 2, capacity: 6, seated: 4, waitlisted: 1, promotions: 1, attended: 2, noShows: 1, fillRate: 0.6667, attendanceRate: 0.6667, noShowRate: 0.3333 });
    expect(r.workshops.map((w: { seated: number; fillRate: number }) => [w.seated, w.fillRate])).toEqual([
      [2, 1],
      [2, 0.5],
    ]);
  });

  it('reports score change first → latest, self vs coach gap and plan items done vs due', async () => {
    const r = expectNoErrors(await api.gql(staff, OUTCOMES, { input: ours })).outcomesReport;
    expect(r.change).toEqual({ students: 2, median: 1, distribution: [{ from: 0.5, students: 1 }, { from: 1.5, students: 1 }] });
    expect(r.criteria.map((c: { month: string; average: number; scores: number }) => [c.month, c.average, c.scores])).toEqual([
      ['2025-03-01', 2.2, 5],
      ['2025-03-01', 2.8, 5],
    ]);
    expect(r.selfGap).toEqual([
      expect.objectContaining({ selfAverage: 3, coachAverage: 2, gap: 1, pairs: 1 }),
      expect.objectContaining({ selfAverage: 3, coachAverage: 2, gap: 1, pairs: 1 }),
    ]);
    expect(r.planItems).toEqual({ due: 3, done: 2, doneOnTime: 1 });
  });

  it('shows a coach only their own work, and a student no report at all', async () => {
    const coach = await api.signInAs(world.coaches.a.email, world.coaches.a.password);
    const mine = expectNoErrors(await api.gql(coach, CAPACITY, { input: WEEK })).capacityReport;
    expect(mine.weeks.map((w: { coachId: string }) => w.coachId)).toEqual([world.coaches.a.id]);
    const asking = expectNoErrors(await api.gql(coach, NO_SHOWS, { input: { ...WEEK, coachIds: [world.coaches.b.id] } })).noShowReport;
    expect(asking.totals.sessions).toBe(0);
    const theirs = expectNoErrors(await api.gql(coach, WORKSHOPS, { input: { ...WEEK, topic: world.topic } })).workshopsReport;
    expect(theirs.totals.workshops).toBe(2);
    const otherCoach = await api.signInAs(world.coaches.b.email, world.coaches.b.password);
    const none = expectNoErrors(await api.gql(otherCoach, WORKSHOPS, { input: { ...WEEK, topic: world.topic } })).workshopsReport;
    expect(none.totals.workshops).toBe(0);
    const student = await api.signInAs(Role.Student);
    expect(errorCode(await api.gql(student, CAPACITY, { input: WEEK }))).toBe('FORBIDDEN');
  });

  it('refuses a period that ends before it starts, with a coded error', async () => {
    const res = await api.gql(staff, CAPACITY, { input: { from: '2025-03-09', to: '2025-03-03' } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('counts cancellations by notice in the week', async () => {
    const r = expectNoErrors(await api.gql(staff, DEMAND, { input: ours })).demandReport;
    expect(r.changes).toEqual([
      { kind: 'CANCELLED', notice: 'under 24 h', count: 1 },
      { kind: 'CANCELLED', notice: '3–7 days', count: 1 },
    ]);
  });

  it('records slot searches off the request path and reports the wait to the first free slot', async () => {
    const db = dataSource(api);
    const [type] = await db.query(`INSERT INTO session_types (name, category, min_notice_minutes) VALUES ('Reports demand', 'BEHAVIORAL', 0) RETURNING id`);
    await db.query(`INSERT INTO session_type_coaches (session_type_id, coach_id) VALUES ($1, $2)`, [type.id, world.coaches.a.id]);
    const student = await api.signInAs(world.students.s4.email, world.students.s4.password);
    const now = DateTime.now().setZone('America/Chicago');
    const asked = Date.now();
    const found = expectNoErrors(await api.gql(student, AVAILABLE_SLOTS, { input: { sessionTypeId: type.id, from: now.toISO(), to: now.plus({ days: 8 }).toISO() } })).availableSlots;
    expect(found.length).toBeGreaterThan(0);
    const saturday = now.plus({ days: ((6 - now.weekday + 7) % 7) || 7 }).startOf('day');
    const none = expectNoErrors(await api.gql(student, AVAILABLE_SLOTS, { input: { sessionTypeId: type.id, from: saturday.toISO(), to: saturday.plus({ hours: 23 }).toISO() } })).availableSlots;
    expect(none).toEqual([]);
    // Nothing written yet: the log buffers, and writes after the answers.
    expect(await db.query(`SELECT 1 FROM slot_searches WHERE session_type_id = $1`, [type.id])).toHaveLength(0);
    await api.app.get(SlotSearchLog).flush();

    const today = now.toISODate();
    const r = expectNoErrors(await api.gql(staff, DEMAND, { input: { from: today, to: today, sessionTypeIds: [type.id] } })).demandReport;
    expect(r).toMatchObject({ searches: 2, emptySearches: 1 });
    expect(r.waits).toHaveLength(1);
    const expected = (new Date(found[0].start).getTime() - asked) / 3_600_000;
    expect(Math.abs(r.waits[0].medianHours - expected)).toBeLessThan(0.05);
    await db.query(`UPDATE session_types SET retired_at = now() WHERE id = $1`, [type.id]);
  });

  it('exports a report as formula-safe CSV', async () => {
    const db = dataSource(api);
    await db.query(`UPDATE users SET name = '=HYPERLINK("x")' WHERE id = $1`, [world.coaches.c.id]);
    const files = expectNoErrors(await api.gql(staff, CSV, { report: 'CAPACITY', input: ours })).reportCsv;
    expect(files.map((f: { filename: string }) => f.filename)).toEqual(['debrief-2025-03-03-2025-03-09-capacity.csv', 'debrief-2025-03-03-2025-03-09-unfilled-hours.csv']);
    const lines = files[0].content.trim().split('\n');
    expect(lines[0]).toBe('Coach,Week,Offered hours,Booked hours,Held hours,Utilization');
    expect(lines).toContain(`"'=HYPERLINK(""x"")",2025-03-03,8,2,1,0.25`);
  });

  it('audits exports that name students and refuses them to coaches', async () => {
    const db = dataSource(api);
    const before = Number((await db.query(`SELECT count(*) AS n FROM report_exports`))[0].n);
    const files = expectNoErrors(await api.gql(staff, CSV, { report: 'STUDENTS', input: ours })).reportCsv;
    const body = files[0].content;
    expect(body.split('\n')[0]).toBe('Name,Email,Major,Class year,Held,No-shows,Late cancellations,First session,New or returning');
    expect(body).toContain(world.students.s1.email);
    expect(body.trim().split('\n')).toHaveLength(1 + 3);
    const [audit] = await db.query(`SELECT e.report, e.format, e.rows, e.scope, u.email FROM report_exports e JOIN users u ON u.id = e.actor_id ORDER BY e.at DESC LIMIT 1`);
    expect(audit).toMatchObject({ report: 'STUDENTS', format: 'csv', rows: 3, email: 'staff@debrief.example' });
    expect(audit.scope).toMatchObject({ firstDay: '2025-03-03', lastDay: '2025-03-09' });
    expect(Number((await db.query(`SELECT count(*) AS n FROM report_exports`))[0].n)).toBe(before + 1);

    const coach = await api.signInAs(world.coaches.a.email, world.coaches.a.password);
    expect(errorCode(await api.gql(coach, CSV, { report: 'STUDENTS', input: WEEK }))).toBe('FORBIDDEN');
  });

  it('exports the whole period as one XLSX workbook', async () => {
    const file = expectNoErrors(await api.gql(staff, WORKBOOK, { input: ours })).reportWorkbook;
    expect(file.filename).toBe('debrief-2025-03-03-2025-03-09.xlsx');
    const book = new Workbook();
    await book.xlsx.load(Buffer.from(file.content, 'base64'));
    const names = book.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['Capacity', 'Unfilled hours', 'Wait to slot', 'No-shows', 'Reach', 'Workshops', 'Scores by month', 'Students']));
    const capacity = book.getWorksheet('Capacity');
    expect(capacity?.rowCount).toBe(1 + 3);
  });
});
