/**
 * A hand-built week whose report figures are known (issue 15): Monday 3 – Sunday 9 March 2025
 * in the center's zone (America/Chicago), the week the United States' clocks spring forward
 * (Sunday 02:00), with three coaches in three zones, one closure, an override of each kind,
 * bookings of every outcome, evaluations, a self-assessment, plan items and two workshops.
 *
 * Written in SQL because the API books only the future; every user is @example.org.
 *
 *   coach A  America/Chicago  Mon–Fri 09–12, Sun 00–04 (3 real hours on 9 March)   offered 15 h
 *   coach B  Europe/Berlin    Mon–Thu 10–14, Tue day off, Sat +10–12                offered 10 h
 *   coach C  Asia/Kolkata     Mon–Fri 14–16                                         offered  8 h
 *   closure Wednesday 5 March (center zone) takes A's 3 h, B's 4 h and C's 2 h that day.
 */
import { Role } from '@debrief/shared/domain';
import type { DataSource } from 'typeorm';
import { Agent, createTestUser, TestApi } from '../support/api';

export interface ReportsWorld {
  coaches: { a: Person; b: Person; c: Person };
  students: { s1: Person; s2: Person; s3: Person; s4: Person };
  majors: { m: string; n: string };
  topic: string;
  sessionTypeId: string;
  closureId: string;
}
interface Person {
  id: string;
  email: string;
  password: string;
}

const tag = Math.random().toString(36).slice(2, 8);

export async function buildReportsWorld(api: TestApi, admin: Agent, db: DataSource): Promise<ReportsWorld> {
  const a = await createTestUser(api, admin, { role: Role.Coach, label: 'rpt-coach-a', timeZone: 'America/Chicago' });
  const b = await createTestUser(api, admin, { role: Role.Coach, label: 'rpt-coach-b', timeZone: 'Europe/Berlin' });
  const c = await createTestUser(api, admin, { role: Role.Coach, label: 'rpt-coach-c', timeZone: 'Asia/Kolkata' });
  const students = await Promise.all(['s1', 's2', 's3', 's4'].map((label) => createTestUser(api, admin, { role: Role.Student, label: `rpt-${label}` })));
  const [s1, s2, s3, s4] = students;
  const majors = { m: `Reports Major M ${tag}`, n: `Reports Major N ${tag}` };
  const profile = async (id: string, year: number, major: string) =>
    db.query(
      `INSERT INTO student_profiles (user_id, class_year, major) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET class_year = EXCLUDED.class_year, major = EXCLUDED.major`,
      [id, year, major],
    );
  await profile(s1.id, 2026, majors.m);
  await profile(s2.id, 2027, majors.m);
  await profile(s3.id, 2027, majors.n);
  await profile(s4.id, 2028, majors.m);

  const hours = async (coach: string, weekday: number, s: number, e: number) =>
    db.query(`INSERT INTO weekly_hours (coach_id, weekday, start_minute, end_minute) VALUES ($1, $2, $3, $4)`, [coach, weekday, s * 60, e * 60]);
  for (const d of [1, 2, 3, 4, 5]) await hours(a.id, d, 9, 12);
  await hours(a.id, 7, 0, 4);
  for (const d of [1, 2, 3, 4]) await hours(b.id, d, 10, 14);
  for (const d of [1, 2, 3, 4, 5]) await hours(c.id, d, 14, 16);
  await db.query(`INSERT INTO availability_overrides (coach_id, date, kind) VALUES ($1, '2025-03-04', 'DAY_OFF')`, [b.id]);
  await db.query(`INSERT INTO availability_overrides (coach_id, date, kind, start_minute, end_minute) VALUES ($1, '2025-03-08', 'EXTRA', 600, 720)`, [b.id]);
  const [closure] = await db.query(`INSERT INTO closures (start_date, end_date, reason) VALUES ('2025-03-05', '2025-03-05', $1) RETURNING id`, [`reports test ${tag}`]);

  const [type] = await db.query(
    `INSERT INTO session_types (name, category, duration_minutes, buffer_after_minutes, cancel_cutoff_hours) VALUES ($1, 'BEHAVIORAL', 60, 0, 24) RETURNING id`,
    [`Reports mock ${tag}`],
  );
  const booking = async (coach: string, student: string, startsAt: string, status: string, cancelledAt?: string) => {
    const [row] = await db.query(
      `INSERT INTO bookings (session_type_id, coach_id, student_id, starts_at, ends_at, blocked_from, blocked_to, status, assignment, ical_uid, created_at)
       VALUES ($1, $2, $3, $4::timestamptz, $4::timestamptz + interval '1 hour', $4::timestamptz, $4::timestamptz + interval '1 hour', $5, 'reports', gen_random_uuid(), $4::timestamptz - interval '5 days')
       RETURNING id`,
      [type.id, coach, student, startsAt, status],
    );
    if (cancelledAt) await db.query(`INSERT INTO booking_events (booking_id, kind, at) VALUES ($1, 'CANCELLED', $2)`, [row.id, cancelledAt]);
    return row.id as string;
  };
  const aMon = await booking(a.id, s1.id, '2025-03-03T09:00:00-06:00', 'COMPLETED');
  await booking(a.id, s2.id, '2025-03-04T09:00:00-06:00', 'NO_SHOW');
  const aThu = await booking(a.id, s1.id, '2025-03-06T10:00:00-06:00', 'COMPLETED');
  await booking(a.id, s3.id, '2025-03-07T09:00:00-06:00', 'CANCELLED', '2025-03-07T07:00:00-06:00');
  const bMon = await booking(b.id, s2.id, '2025-03-03T10:00:00+01:00', 'COMPLETED');
  const bThu = await booking(b.id, s3.id, '2025-03-06T11:00:00+01:00', 'COMPLETED');
  await booking(b.id, s1.id, '2025-03-06T12:00:00+01:00', 'CANCELLED', '2025-03-03T12:00:00+01:00');
  const cMon = await booking(c.id, s3.id, '2025-03-03T14:00:00+05:30', 'COMPLETED');
  await booking(c.id, s1.id, '2025-03-04T14:00:00+05:30', 'NO_SHOW');
  // s3 came before: a session in the previous week makes them returning.
  await booking(a.id, s3.id, '2025-02-26T09:00:00-06:00', 'COMPLETED');

  const [rubric] = await db.query(
    `SELECT v.id AS version_id, v.rubric_id FROM rubrics r JOIN rubric_versions v ON v.rubric_id = r.id AND v.version = r.current_version ORDER BY r.key LIMIT 1`,
  );
  const criteria: { id: string }[] = await db.query(`SELECT id FROM rubric_criteria WHERE version_id = $1 ORDER BY position LIMIT 2`, [rubric.version_id]);
  const evaluation = async (bookingId: string, coach: string, student: string, at: string, c1: number, c2: number) => {
    const [row] = await db.query(
      `INSERT INTO evaluations (booking_id, rubric_version_id, coach_id, student_id, session_type_id, session_at, status, author_id, shared_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'SHARED', $3, $6) RETURNING id`,
      [bookingId, rubric.version_id, coach, student, type.id, at],
    );
    await db.query(`INSERT INTO evaluation_scores (evaluation_id, criterion_id, score) VALUES ($1, $2, $3), ($1, $4, $5)`, [row.id, criteria[0].id, c1, criteria[1].id, c2]);
  };
  await evaluation(aMon, a.id, s1.id, '2025-03-03T09:00:00-06:00', 2, 2);
  await evaluation(aThu, a.id, s1.id, '2025-03-06T10:00:00-06:00', 3, 4);
  await evaluation(cMon, c.id, s3.id, '2025-03-03T14:00:00+05:30', 2, 3);
  await evaluation(bThu, b.id, s3.id, '2025-03-06T11:00:00+01:00', 3, 3);
  await evaluation(bMon, b.id, s2.id, '2025-03-03T10:00:00+01:00', 1, 2);
  await db.query(`INSERT INTO self_assessments (booking_id, student_id, rubric_version_id, scores) VALUES ($1, $2, $3, $4::jsonb)`, [
    aMon,
    s1.id,
    rubric.version_id,
    JSON.stringify([{ criterionId: criteria[0].id, score: 3 }, { criterionId: criteria[1].id, score: 3 }]),
  ]);
  const [plan] = await db.query(`INSERT INTO improvement_plans (student_id, coach_id, title) VALUES ($1, $2, 'Reports plan') RETURNING id`, [s1.id, a.id]);
  await db.query(
    `INSERT INTO plan_items (plan_id, title, due_on, status, done_at) VALUES
       ($1, 'on time', '2025-03-04', 'DONE', '2025-03-04T15:00:00-06:00'),
       ($1, 'late', '2025-03-06', 'DONE', '2025-03-08T10:00:00-06:00'),
       ($1, 'open', '2025-03-07', 'TODO', NULL),
       ($1, 'outside', '2025-03-20', 'TODO', NULL)`,
    [plan.id],
  );

  const topic = `rpt-${tag}`;
  await db.transaction(async (m) => {
    const workshop = async (title: string, startsAt: string, capacity: number, seats: number) => {
      const [w] = await m.query(
        `INSERT INTO workshops (title, topics, facilitator_ids, location, starts_at, ends_at, capacity, seats_taken, registration_opens_at, registration_closes_at, status, ical_uid)
         VALUES ($1, ARRAY[$2]::varchar[], ARRAY[$3]::uuid[], 'Room 1', $4::timestamptz, $4::timestamptz + interval '1 hour', $5, $6,
                 $4::timestamptz - interval '10 days', $4::timestamptz, 'PUBLISHED', gen_random_uuid()) RETURNING id`,
        [title, topic, a.id, startsAt, capacity, seats],
      );
      return w.id as string;
    };
    const reg = (w: string, student: string, queue: number, status: string, promoted = false) =>
      m.query(
        `INSERT INTO workshop_registrations (workshop_id, student_id, status, queue_no, seated_at, promoted_at) VALUES ($1, $2, $3::text::workshop_registration_status, $4, CASE WHEN $3::text <> 'WAITLISTED' THEN now() END, CASE WHEN $5::boolean THEN now() END)`,
        [w, student, status, queue, promoted],
      );
    const w1 = await workshop(`Reports W1 ${tag}`, '2025-03-05T17:00:00-06:00', 2, 2);
    await reg(w1, s1.id, 1, 'ATTENDED');
    await reg(w1, s2.id, 2, 'NO_SHOW', true);
    await reg(w1, s3.id, 3, 'WAITLISTED');
    const w2 = await workshop(`Reports W2 ${tag}`, '2025-03-07T17:00:00-06:00', 4, 2);
    await reg(w2, s3.id, 1, 'ATTENDED');
    await reg(w2, s4.id, 2, 'REGISTERED');
    await reg(w2, s1.id, 3, 'CANCELLED');
  });

  return { coaches: { a, b, c }, students: { s1, s2, s3, s4 }, majors, topic, sessionTypeId: type.id, closureId: closure.id };
}

export async function removeReportsWorld(db: DataSource, world: ReportsWorld | undefined): Promise<void> {
  if (!world) return;
  // The closure is center-wide; the rest lies in March 2025 and is scoped by its own coaches and topic.
  await db.query(`DELETE FROM closures WHERE id = $1`, [world.closureId]);
  await db.query(`UPDATE session_types SET retired_at = now() WHERE id = $1`, [world.sessionTypeId]);
}
