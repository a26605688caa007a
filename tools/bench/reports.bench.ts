/**
 * Reports benchmark on the real PostgreSQL server (a script that prints figures, not a test):
 *   npm run bench:reports
 * Env: BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_RUNS (default 10),
 * BENCH_DATABASE (a database this script seeded before, e.g. left by an interrupted run: reused, not seeded, kept).
 *
 * Creates a throw-away database, boots the API in this process (migrations applied), seeds a
 * campus with generate_series (printing progress): 50,000 students, 200 coaches in five zones,
 * 1,000,000 bookings over 4 years, 100,000 shared evaluations (4 scores each), 2,000 workshops
 * with 60,000 registrations, 200,000 slot searches; then runs every report for the current term
 * as staff BENCH_RUNS times: p50/p95 per report and per statement (as ReportsDatabase runs them) (target ≤ 500 ms), and EXPLAIN ANALYZE of the
 * slowest report's slowest statement. Prints `uptime`'s load average: the machine is shared.
 */
import 'reflect-metadata';
import { execSync } from 'node:child_process';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { REPORT_STATEMENTS, ReportsDatabase, ReportsService } from '@debrief/api/reports';
import { createApp } from '@debrief/api/server';
import { Role } from '@debrief/shared/domain';
import { printStats, stats, timed } from './measure';

const ADMIN_URL = process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const RUNS = Number(process.env['BENCH_RUNS'] ?? 10);
const uptime = () => execSync('uptime').toString().trim();

async function step(db: DataSource, label: string, sql: string): Promise<void> {
  const [ms] = await timed(() => db.query(sql));
  console.log(`  ${label.padEnd(56)} ${(ms / 1000).toFixed(1)} s`);
}

async function seed(db: DataSource): Promise<void> {
  console.log('Seeding (generate_series):');
  await step(db, '50,000 students with profiles', `
    WITH u AS (
      INSERT INTO users (email, name, role, time_zone)
      SELECT 'student' || i || '@bench.example.org', 'Student ' || i, 'STUDENT', 'America/Chicago' FROM generate_series(1, 50000) i
      RETURNING id, email)
    INSERT INTO student_profiles (user_id, class_year, major)
    SELECT id, 2025 + (hashtext(email) & 3), (ARRAY['Computer Science','Economics','Biology','History','Mathematics','Physics','Psychology','English','Chemistry','Design','Finance','Sociology'])[1 + (hashtext(email || 'm') & 2147483647) % 12] FROM u`);
  await step(db, '200 coaches in five zones, Mon–Fri 09–17, some overrides', `
    WITH c AS (
      INSERT INTO users (email, name, role, time_zone)
      SELECT 'coach' || i || '@bench.example.org', 'Coach ' || lpad(i::text, 3, '0'), 'COACH', (ARRAY['America/Chicago','America/New_York','Europe/Berlin','Asia/Kolkata','America/Los_Angeles'])[1 + i % 5]
      FROM generate_series(1, 200) i RETURNING id)
    INSERT INTO weekly_hours (coach_id, weekday, start_minute, end_minute) SELECT c.id, d, 540, 1020 FROM c, generate_series(1, 5) d`);
  await step(db, '  overrides (a day off and an extra morning per coach and month)', `
    INSERT INTO availability_overrides (coach_id, date, kind, start_minute, end_minute)
    SELECT u.id, (date_trunc('month', now()) - (m || ' months')::interval)::date + (abs(hashtext(u.id::text)) % 20) + o, CASE o WHEN 0 THEN 'DAY_OFF'::override_kind ELSE 'EXTRA'::override_kind END,
           CASE o WHEN 0 THEN NULL ELSE 480 END, CASE o WHEN 0 THEN NULL ELSE 540 END
    FROM users u, generate_series(0, 48) m, generate_series(0, 1) o WHERE u.role = 'COACH'`);
  await step(db, '  closures (two a term)', `
    INSERT INTO closures (start_date, end_date, reason)
    SELECT (now() - (m * 4 || ' months')::interval)::date, (now() - (m * 4 || ' months')::interval)::date + 2, 'Break ' || m FROM generate_series(0, 12) m`);
  await step(db, 'six session types offered by every coach', `
    WITH t AS (
      INSERT INTO session_types (name, category) SELECT initcap(replace(c::text, '_', ' ')) || ' practice', c FROM unnest(enum_range(NULL::specialty)) c RETURNING id)
    INSERT INTO session_type_coaches (session_type_id, coach_id) SELECT t.id, u.id FROM t, users u WHERE u.role = 'COACH'`);
  await db.query(`CREATE UNLOGGED TABLE bench_coaches AS SELECT row_number() OVER (ORDER BY id) - 1 AS c, id FROM users WHERE role = 'COACH'`);
  await db.query(`CREATE UNLOGGED TABLE bench_students AS SELECT row_number() OVER (ORDER BY id) - 1 AS s, id FROM users WHERE role = 'STUDENT'`);
  await db.query(`CREATE UNLOGGED TABLE bench_types AS SELECT row_number() OVER (ORDER BY id) - 1 AS t, id FROM session_types`);
  await db.query(`CREATE INDEX ON bench_students (s)`);
  // Coach c's k-th session: day floor(k·1461/5000) of the 4 years, at 14/16/18/20 UTC; student (37c + 13k) mod 50,000 — no overlaps.
  for (let part = 0; part < 10; part++) {
    await step(db, `1,000,000 bookings: ${(part + 1) * 100}k`, `
      INSERT INTO bookings (session_type_id, coach_id, student_id, starts_at, ends_at, blocked_from, blocked_to, status, assignment, ical_uid, created_at)
      SELECT t.id, c.id, s.id, x.at, x.at + interval '1 hour', x.at, x.at + interval '1 hour',
             CASE WHEN x.at > now() THEN (CASE WHEN x.n % 20 < 3 THEN 'CANCELLED' ELSE 'BOOKED' END)::booking_status
                  WHEN x.n % 20 < 2 THEN 'NO_SHOW' WHEN x.n % 20 < 5 THEN 'CANCELLED' ELSE 'COMPLETED' END::booking_status,
             'bench', gen_random_uuid(), x.at - ((1 + x.n % 14) || ' days')::interval
      FROM (SELECT n, n / 5000 AS c, n % 5000 AS k,
                   date_trunc('day', now() - interval '4 years') + (floor((n % 5000) * 1461.0 / 5000) || ' days')::interval + ((14 + 2 * (n % 4)) || ' hours')::interval AS at
            FROM generate_series(${part * 100000}, ${part * 100000 + 99999}) n) x
      JOIN bench_coaches c ON c.c = x.c
      JOIN bench_students s ON s.s = (37 * x.c + 13 * x.k) % 50000
      JOIN bench_types t ON t.t = x.n % 6`);
  }
  await step(db, 'cancellation events', `
    INSERT INTO booking_events (booking_id, kind, at) SELECT id, 'CANCELLED', starts_at - ((abs(hashtext(id::text)) % 200) || ' hours')::interval FROM bookings WHERE status = 'CANCELLED'`);
  await step(db, '100,000 shared evaluations', `
    INSERT INTO evaluations (booking_id, rubric_version_id, coach_id, student_id, session_type_id, session_at, status, author_id, shared_at)
    SELECT b.id, v.id, b.coach_id, b.student_id, b.session_type_id, b.starts_at, 'SHARED', b.coach_id, b.ends_at
    FROM (SELECT * FROM bookings WHERE status = 'COMPLETED' AND abs(hashtext(id::text)) % 7 = 0 LIMIT 100000) b
    CROSS JOIN LATERAL (SELECT v.id FROM rubrics r JOIN rubric_versions v ON v.rubric_id = r.id AND v.version = r.current_version ORDER BY r.key LIMIT 1) v`);
  await step(db, '  their scores (every criterion)', `
    INSERT INTO evaluation_scores (evaluation_id, criterion_id, score)
    SELECT e.id, c.id, 1 + (abs(hashtext(e.id::text || c.id::text)) % 7) / 2.0 FROM evaluations e JOIN rubric_criteria c ON c.version_id = e.rubric_version_id`);
  await step(db, '  20,000 self-assessments', `
    INSERT INTO self_assessments (booking_id, student_id, rubric_version_id, scores)
    SELECT e.booking_id, e.student_id, e.rubric_version_id, (SELECT jsonb_agg(jsonb_build_object('criterionId', c.id, 'score', 1 + abs(hashtext(c.id::text || e.id::text)) % 4)) FROM rubric_criteria c WHERE c.version_id = e.rubric_version_id)
    FROM evaluations e LIMIT 20000`);
  await step(db, '  5,000 plans with 4 items each', `
    WITH p AS (INSERT INTO improvement_plans (student_id, coach_id, title) SELECT DISTINCT ON (student_id) student_id, coach_id, 'Plan' FROM evaluations LIMIT 5000 RETURNING id, created_at)
    INSERT INTO plan_items (plan_id, title, due_on, status, done_at)
    SELECT p.id, 'Item ' || i, (now() - ((abs(hashtext(p.id::text || i)) % 1400) || ' days')::interval)::date, CASE WHEN i < 3 THEN 'DONE'::plan_item_status ELSE 'TODO'::plan_item_status END,
           CASE WHEN i < 3 THEN now() - ((abs(hashtext(p.id::text || i)) % 1400 - 2) || ' days')::interval END
    FROM p, generate_series(1, 4) i`);
  await step(db, '2,000 workshops with 60,000 registrations (25 seats, 5 waiting)', `
    WITH w AS (
      INSERT INTO workshops (title, topics, facilitator_ids, location, starts_at, ends_at, capacity, seats_taken, registration_opens_at, registration_closes_at, status, ical_uid)
      SELECT 'Workshop ' || i, ARRAY[(ARRAY['resume','interview','networking','negotiation'])[1 + i % 4]]::varchar[], ARRAY[(SELECT id FROM bench_coaches WHERE c = i % 200)]::uuid[], 'Room',
             date_trunc('day', now() - interval '4 years') + (i * 1461.0 / 2000 || ' days')::interval + interval '22 hours',
             date_trunc('day', now() - interval '4 years') + (i * 1461.0 / 2000 || ' days')::interval + interval '23 hours', 25, 25,
             date_trunc('day', now() - interval '4 years') + (i * 1461.0 / 2000 - 14 || ' days')::interval,
             date_trunc('day', now() - interval '4 years') + (i * 1461.0 / 2000 || ' days')::interval + interval '22 hours', 'PUBLISHED', gen_random_uuid()
      FROM generate_series(0, 1999) i RETURNING id, starts_at, (regexp_replace(title, '\\D', '', 'g'))::int AS i)
    INSERT INTO workshop_registrations (workshop_id, student_id, status, queue_no, seated_at, promoted_at)
    SELECT w.id, s.id,
           CASE WHEN j >= 25 THEN 'WAITLISTED' WHEN w.starts_at > now() THEN 'REGISTERED' WHEN j % 6 = 0 THEN 'NO_SHOW' ELSE 'ATTENDED' END::workshop_registration_status,
           j + 1, CASE WHEN j < 25 THEN w.starts_at - interval '7 days' END, CASE WHEN j BETWEEN 20 AND 24 THEN w.starts_at - interval '2 days' END
    FROM w, generate_series(0, 29) j JOIN bench_students s ON true WHERE s.s = (w.i * 101 + j * 7) % 50000`);
  await step(db, '200,000 slot searches', `
    INSERT INTO slot_searches (searched_at, session_type_id, coach_id, range_from, range_to, results, first_slot_at)
    SELECT x.at, t.id, NULL, x.at, x.at + interval '7 days', CASE WHEN n % 9 = 0 THEN 0 ELSE 1 + n % 30 END,
           CASE WHEN n % 9 = 0 THEN NULL ELSE x.at + ((12 + n % 120) || ' hours')::interval END
    FROM (SELECT n, now() - interval '4 years' + (n * 1461.0 / 200000 || ' days')::interval AS at FROM generate_series(0, 199999) n) x JOIN bench_types t ON t.t = x.n % 6`);
  await step(db, 'ANALYZE', 'ANALYZE');
}

async function main(): Promise<void> {
  const reuse = process.env['BENCH_DATABASE'];
  const name = reuse ?? `debrief_bench_reports_${Date.now()}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  if (!reuse) await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const app = await createApp({ DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: '4', SEED_DEMO: 'false', NODE_ENV: 'production', WORKERS: 'off', PORTAL_DIST: '/nonexistent' });
  try {
    const db = app.get<DataSource>(getDataSourceToken());
    const started = performance.now();
    if (!reuse) await seed(db);
    console.log(`${reuse ? `Reusing ${name}` : 'Seeded'} in ${((performance.now() - started) / 1000).toFixed(0)} s on PostgreSQL ${(await db.query('SHOW server_version'))[0].server_version}; ${uptime()}\n`);

    const reports = app.get(ReportsService);
    const staff = { id: '00000000-0000-0000-0000-000000000000', role: Role.Staff, email: 'staff@bench.example.org', name: 'Staff', timeZone: 'America/Chicago', sessionId: 'bench' };
    const scope = reports.scope(staff, {});
    console.log(`Each report for the current term ${scope.period.firstDay} – ${scope.period.lastDay} (and, where it compares, the term before), ${RUNS} runs, one at a time:`);
    const runs: Record<string, () => Promise<unknown>> = {
      capacity: () => reports.capacity(scope),
      demand: () => reports.demand(scope),
      noShows: () => reports.noShows(scope),
      reach: () => reports.reach(scope),
      workshops: () => reports.workshops(scope),
      outcomes: () => reports.outcomes(scope),
    };
    const p50s: Record<string, number> = {};
    for (const [label, run] of Object.entries(runs)) {
      await run();
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) samples.push((await timed(run))[0]);
      const st = stats(samples);
      p50s[label] = st.p50;
      printStats(`  ${label}`, st, 20);
    }
    const reportsDb = app.get(ReportsDatabase);
    console.log(`\nEach statement alone, as reports run it (read-only, JIT off):`);
    let slowest = { label: '', ms: 0 };
    for (const [label, build] of Object.entries(REPORT_STATEMENTS)) {
      const { sql, params } = build(scope);
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) samples.push((await timed(() => reportsDb.query(sql, params)))[0]);
      const st = stats(samples);
      if (st.p50 > slowest.ms) slowest = { label, ms: st.p50 };
      printStats(`  ${label}`, st, 20);
    }
    const { sql, params } = REPORT_STATEMENTS[slowest.label as keyof typeof REPORT_STATEMENTS](scope);
    console.log(`\nPlan of the slowest statement (${slowest.label}):`);
    const plan = await reportsDb.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    console.log(plan.map((r) => r['QUERY PLAN']).join('\n'));
    console.log(`\n${uptime()}`);
  } finally {
    await app.close();
    if (!reuse) await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
