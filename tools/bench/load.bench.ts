/**
 * Fast under load (issue 18): every operation of the issue's table against `me` in the same run,
 * a script that prints figures, not a test:
 *   npm run bench:load
 * Env: BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_SECONDS
 *   (seconds per round, default 2), BENCH_ROUNDS (default 2), BENCH_CLIENTS (default "8,50"),
 *   BENCH_WORKERS (default off), BENCH_LOG_LEVEL (default warn), BENCH_PROFILE (default on: a CPU
 *   profile of the server during each operation's last round, summarised by package and function),
 *   BENCH_ONLY (only the operations whose label contains it, e.g. catalog).
 *
 * Creates a throw-away database, seeds 100 coaches, 5,000 students, ~20,000 bookings, 200
 * upcoming workshops with 40,000 registrations, boots the API in a child process
 * (load-server.ts, so its CPU and statements are its own), and for each client count runs each
 * operation in rounds alternating with `me` (a change in the machine's load hits both alike).
 * Per row: req/s, client-side p50/p95, SQL statements per request (counted in the server's pg
 * driver), server CPU ms per request (the server process's user+system time; PostgreSQL's is
 * not included), and the ratio to `me` of the same rounds. Read the ratios, not the absolutes:
 * the load generator and PostgreSQL share the machine's cores.
 */
import 'reflect-metadata';
import { fork, ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { PasswordHasher } from '@debrief/api/identity';
import { stats } from './measure';

const ADMIN_URL = process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 2);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 2);
const CLIENTS = (process.env['BENCH_CLIENTS'] ?? '8,50').split(',').map(Number);
const ZONES = ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata'];
const DAY = 86400_000;
/** Only the operations whose label contains this (e.g. "catalog"), with `me`. */
const ONLY = process.env['BENCH_ONLY'];
const PROFILE = process.env['BENCH_PROFILE'] !== 'off';
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

type Gql = (cookie: string, query: string, variables?: unknown) => Promise<{ data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] }>;

interface Measured {
  rate: number;
  p50: number;
  p95: number;
  sql: number;
  cpu: number;
  errors: number;
}

async function main(): Promise<void> {
  const name = `debrief_bench_load_${Date.now()}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  let server: ChildProcess | undefined;
  const db = new Client({ connectionString: url.toString() });
  try {
    // The server migrates the new database at boot; seed after.
    server = fork(resolve(__dirname, 'load-server.ts'), [], {
      env: { ...process.env, BENCH_DATABASE_URL: url.toString() },
      execArgv: ['-r', '@swc-node/register'],
    });
    const port = await new Promise<number>((ok, fail) => {
      server?.once('message', (m: { port: number }) => ok(m.port));
      server?.once('exit', (code) => fail(new Error(`server exited ${code}`)));
    });
    const profile = async (work: () => Promise<Measured>): Promise<[Measured, string]> => {
      server?.send('profile-start');
      const measured = await work();
      const summary = await new Promise<string>((ok) => {
        const on = (m: { summary?: string }) => { if (m.summary !== undefined) { server?.off('message', on); ok(m.summary); } };
        server?.on('message', on);
        server?.send('profile-stop');
      });
      return [measured, summary];
    };
    const ask = () => new Promise<{ statements: number; cpuMs: number }>((ok) => { server?.once('message', ok); server?.send('stats'); });
    await db.connect();
    const seeded = await seed(db);
    const [{ server_version }] = (await db.query('SHOW server_version')).rows;
    console.log(`Seeded ${seeded.counts} on PostgreSQL ${server_version}; notification workers ${process.env['BENCH_WORKERS'] ?? 'off'}`);
    console.log(`Load average at start: ${load()} (2 cores shared with other work: read the ratios)\n`);

    const base = `http://127.0.0.1:${port}`;
    const signIn = async (email: string) => {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `mutation($i: SignInInput!) { signIn(input: $i) { id } }`, variables: { i: { email, password: 'bench-password' } } }) });
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
      if (!cookie) throw new Error(`sign-in failed for ${email}: ${await res.text()}`);
      return cookie;
    };
    const signInAll = async (emails: string[]) => {
      const out: string[] = [];
      for (let i = 0; i < emails.length; i += 20) out.push(...(await Promise.all(emails.slice(i, i + 20).map(signIn))));
      return out;
    };
    const gql: Gql = async (cookie, query, variables) => {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
      return (await res.json()) as Awaited<ReturnType<Gql>>;
    };

    const viewer = await signIn(seeded.viewerEmail);
    const bookers = await signInAll(seeded.bookerEmails);
    const from = new Date(Date.now() + DAY).toISOString();
    const to4w = new Date(Date.now() + 29 * DAY).toISOString();
    const MY = `{ myBookings { id startsAt sessionTypeName coach { name timeZone } } }`;
    const SEARCH = `query($i: SlotSearchInput!) { availableSlots(input: $i) { start coachIds } }`;
    const BOOK = `mutation($i: BookSessionInput!) { bookSession(input: $i) { id } }`;
    const CATALOG = `{ workshops { id title seatsLeft waitlistLength registrationOpen myRegistration { status waitlistPosition } overlappingSessions { bookingId } facilitators { name } } }`;
    const check = async (label: string, q: string, field: string, variables?: unknown) => {
      const res = await gql(viewer, q, variables);
      if (res.errors) throw new Error(`${label}: ${res.errors[0].message}`);
      return (res.data?.[field] as unknown[]).length;
    };
    console.log(`myBookings lists ${await check('myBookings', MY, 'myBookings')} sessions; catalog ${await check('catalog', CATALOG, 'workshops')} workshops; slot search ${await check('slots', SEARCH, 'availableSlots', { i: { sessionTypeId: seeded.typeId, coachId: seeded.coachIds[0], from, to: to4w } })} starts\n`);

    let attempt = 0;
    const ops: [string, (client: number, i: number) => Promise<boolean>][] = [
      ['me', () => gql(viewer, `{ me { id } }`).then((r) => !r.errors)],
      ['myBookings, 20 upcoming with coach and type', () => gql(viewer, MY).then((r) => !r.errors)],
      [
        'bookSession',
        async (c) => {
          const who = bookers[(c * 13 + attempt) % bookers.length];
          const slot = seeded.freeStarts[(attempt++ * 7919) % seeded.freeStarts.length];
          const r = await gql(who, BOOK, { i: { sessionTypeId: seeded.typeId, coachId: slot.coachId, start: new Date(slot.start).toISOString() } });
          return !r.errors;
        },
      ],
      ['workshops catalog, 200 items', () => gql(viewer, CATALOG).then((r) => !r.errors)],
      ['slot search, one coach × 4 weeks', (_c, i) => gql(viewer, SEARCH, { i: { sessionTypeId: seeded.typeId, coachId: seeded.coachIds[(i * 7) % 100], from, to: to4w } }).then((r) => !r.errors)],
    ];

    const run = async (clients: number, work: (client: number, i: number) => Promise<boolean>): Promise<Measured> => {
      const before = await ask();
      const latencies: number[] = [];
      let errors = 0;
      const until = performance.now() + SECONDS * 1000;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: clients }, async (_, c) => {
          for (let i = 0; performance.now() < until; i++) {
            const t = performance.now();
            if (!(await work(c, i))) errors++;
            latencies.push(performance.now() - t);
          }
        }),
      );
      const wall = (performance.now() - t0) / 1000;
      const after = await ask();
      const n = latencies.length;
      const st = stats(latencies);
      // The stats round trip itself is not a statement; `ask` sends none.
      return { rate: n / wall, p50: st.p50, p95: st.p95, sql: (after.statements - before.statements) / n, cpu: (after.cpuMs - before.cpuMs) / n, errors };
    };
    const merge = (ms: Measured[]): Measured => {
      const avg = (f: (m: Measured) => number) => ms.reduce((a, m) => a + f(m), 0) / ms.length;
      return { rate: avg((m) => m.rate), p50: avg((m) => m.p50), p95: avg((m) => m.p95), sql: avg((m) => m.sql), cpu: avg((m) => m.cpu), errors: ms.reduce((a, m) => a + m.errors, 0) };
    };

    for (const clients of CLIENTS) {
      // Warm up (JIT, pools, plans) before measuring.
      for (const [, work] of ops) await run(Math.min(clients, 8), work).catch(() => undefined);
      console.log(`${clients} concurrent clients, ${ROUNDS} rounds of ${SECONDS} s per operation, each alternating with \`me\`; load average ${load()}`);
      console.log(`${'operation'.padEnd(46)}${'req/s'.padStart(8)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'SQL/req'.padStart(9)}${'CPU ms/req'.padStart(12)}  vs me (same rounds)`);
      const row = (label: string, m: Measured, ratio: string) =>
        console.log(`${label.padEnd(46)}${m.rate.toFixed(0).padStart(8)}${m.p50.toFixed(1).padStart(9)}${m.p95.toFixed(1).padStart(9)}${m.sql.toFixed(2).padStart(9)}${m.cpu.toFixed(2).padStart(12)}  ${ratio}${m.errors ? ` (${m.errors} errors)` : ''}`);
      const meAll: Measured[] = [];
      const results: [string, Measured, Measured][] = [];
      const profiles: string[] = [];
      for (const [label, work] of ops.slice(1).filter(([l]) => !ONLY || l.includes(ONLY))) {
        const mine: Measured[] = [], theirs: Measured[] = [];
        for (let r = 0; r < ROUNDS; r++) {
          theirs.push(await run(clients, ops[0][1]));
          if (r === ROUNDS - 1 && PROFILE) {
            const [m, summary] = await profile(() => run(clients, work));
            mine.push(m);
            profiles.push(`  ${label}\n    ${summary}`);
          } else mine.push(await run(clients, work));
        }
        meAll.push(...theirs);
        results.push([label, merge(mine), merge(theirs)]);
      }
      row('me', merge(meAll), '—');
      for (const [label, m, me] of results) row(label, m, `${((m.rate / me.rate) * 100).toFixed(0)}% of throughput, p95 ${(m.p95 / me.p95).toFixed(2)}×`);
      console.log(`load average at end: ${load()}`);
      if (profiles.length) console.log(`Server CPU profile, busy samples of each operation's last round (the profiler adds a little):\n${profiles.join('\n')}`);
      console.log('');
    }
    console.log('The calendar feed over HTTP (2,000 events, ETag/304) has its own script: npm run bench:calendar');
  } finally {
    server?.send('stop');
    await new Promise((ok) => setTimeout(ok, 500));
    server?.kill();
    await db.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

interface Seeded {
  counts: string;
  typeId: string;
  coachIds: string[];
  viewerEmail: string;
  bookerEmails: string[];
  freeStarts: { coachId: string; start: number }[];
}

/** Bulk data straight through SQL (the server has migrated the database). */
async function seed(db: Client): Promise<Seeded> {
  const q = async <T = Record<string, unknown>>(text: string, values?: unknown[]) => (await db.query(text, values)).rows as T[];
  const hash = await new PasswordHasher().hash('bench-password');
  const coachIds = (await q<{ id: string }>(
    `INSERT INTO users (email, name, role, time_zone, password_hash)
     SELECT 'coach' || g || '@bench.example', 'Coach ' || g, 'COACH', ($2::text[])[1 + g % 5], $1 FROM generate_series(0, 99) g RETURNING id`,
    [hash, ZONES],
  )).map((r) => r.id);
  await q(`INSERT INTO coach_profiles (user_id, specialties) SELECT id, '{CODING}' FROM users WHERE role = 'COACH'`);
  const students = await q<{ id: string; email: string }>(
    `INSERT INTO users (email, name, role, time_zone, password_hash)
     SELECT 'student' || g || '@bench.example', 'Student ' || g, 'STUDENT', 'America/New_York', $1 FROM generate_series(0, 4999) g RETURNING id, email`,
    [hash],
  );
  await q(`INSERT INTO student_profiles (user_id, class_year, major) SELECT id, 2027, 'Computer Science' FROM users WHERE role = 'STUDENT'`);
  await q(`UPDATE booking_policy SET max_active_bookings = 50`);
  const [{ id: typeId }] = await q<{ id: string }>(
    `INSERT INTO session_types (name, category, duration_minutes, interview_minutes, buffer_after_minutes, min_notice_minutes, horizon_days, max_active_per_student)
     VALUES ('Coding mock interview', 'CODING', 60, 40, 10, 0, 365, NULL) RETURNING id`,
  );
  await q(`INSERT INTO session_type_coaches (session_type_id, coach_id) SELECT $1, id FROM users WHERE role = 'COACH'`, [typeId]);
  await q(`INSERT INTO weekly_hours (coach_id, weekday, start_minute, end_minute) SELECT u.id, d, 480, 1080 FROM users u, generate_series(1, 5) d WHERE u.role = 'COACH'`);
  // Every weekday hour 08:00–16:00 in each coach's zone, 10 weeks back to 10 ahead, shuffled.
  const candidates = (await q<{ coach: string; start: Date }>(
    `SELECT u.id AS coach, (d::date + make_interval(hours => h)) AT TIME ZONE u.time_zone AS start
       FROM users u, generate_series(date_trunc('day', now() - interval '70 days'), now() + interval '70 days', interval '1 day') d, generate_series(8, 16) h
      WHERE u.role = 'COACH' AND extract(isodow FROM d) < 6 ORDER BY hashtext(u.id::text || h || d::text)`,
  )).map((c) => ({ coach: c.coach, start: new Date(c.start).getTime() }));
  const viewer = students[0];
  const booked: { coach: string; student: string; start: number }[] = [];
  // The viewer: 20 upcoming sessions, at least 2 h apart.
  const viewerStarts: number[] = [];
  for (const c of candidates) {
    if (viewerStarts.length === 20) break;
    if (c.start < Date.now() + DAY || viewerStarts.some((t) => Math.abs(t - c.start) < 2 * 3600_000)) continue;
    viewerStarts.push(c.start);
    booked.push({ coach: c.coach, student: viewer.id, start: c.start });
  }
  const used = new Set(booked.map((b) => `${b.coach}|${b.start}`));
  let k = 0;
  for (const c of candidates) {
    if (booked.length >= 20000) break;
    if (used.has(`${c.coach}|${c.start}`)) continue;
    // Students 1..4999 (never the viewer), each booking at a distinct start (no student overlap).
    booked.push({ coach: c.coach, student: students[1 + (k++ % 4999)].id, start: c.start });
    used.add(`${c.coach}|${c.start}`);
  }
  for (let i = 0; i < booked.length; i += 2000) {
    const batch = booked.slice(i, i + 2000);
    await q(
      `INSERT INTO bookings (session_type_id, coach_id, student_id, starts_at, ends_at, blocked_from, blocked_to, status, assignment, location, ical_uid)
       SELECT $1, c, s, t, t + interval '1 hour', t, t + interval '70 minutes', CASE WHEN t < now() THEN 'COMPLETED' ELSE 'BOOKED' END::booking_status, 'bench', '', gen_random_uuid()
         FROM unnest($2::uuid[], $3::uuid[], $4::timestamptz[]) AS x(c, s, t) ON CONFLICT DO NOTHING`,
      [typeId, batch.map((b) => b.coach), batch.map((b) => b.student), batch.map((b) => new Date(b.start))],
    );
  }
  // Free starts ≥ 70 min apart per coach (no bench booking collides with another), 2+ days ahead.
  const perCoach = new Map<string, number[]>();
  for (const b of booked) perCoach.set(b.coach, [...(perCoach.get(b.coach) ?? []), b.start]);
  const freeStarts: { coachId: string; start: number }[] = [];
  for (const c of candidates) {
    const mine = perCoach.get(c.coach) ?? [];
    if (c.start < Date.now() + 2 * DAY || mine.some((o) => Math.abs(o - c.start) < 70 * 60_000)) continue;
    mine.push(c.start);
    perCoach.set(c.coach, mine);
    freeStarts.push({ coachId: c.coach, start: c.start });
  }
  // 200 upcoming workshops, 200 registrations each (150 seated, 50 waiting) from students 1000+.
  await q(
    `INSERT INTO workshops (title, topics, location, starts_at, ends_at, capacity, seats_taken, registration_opens_at, registration_closes_at, status, ical_uid)
     SELECT 'Workshop ' || g, ARRAY['topic-' || (g % 10)], 'Room ' || g, now() + (g || ' hours')::interval + interval '2 days',
            now() + (g || ' hours')::interval + interval '2 days 1 hour', 200, 150, now() - interval '1 day', now() + (g || ' hours')::interval + interval '2 days',
            'PUBLISHED', gen_random_uuid()
       FROM generate_series(1, 200) g`,
  );
  await q(
    `INSERT INTO workshop_registrations (workshop_id, student_id, status, queue_no, seated_at)
     SELECT w.id, s.id, CASE WHEN s.n <= 150 THEN 'REGISTERED' ELSE 'WAITLISTED' END::workshop_registration_status, s.n, CASE WHEN s.n <= 150 THEN now() END
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS wn FROM workshops) w
       JOIN LATERAL (SELECT id, row_number() OVER () AS n
                       FROM (SELECT id FROM users WHERE role = 'STUDENT' AND email NOT LIKE 'student0@%' AND email NOT LIKE 'student_@%' AND email NOT LIKE 'student__@%' AND email NOT LIKE 'student___@%'
                              ORDER BY hashtext(email::text || w.wn::text) LIMIT 200) picked) s ON true`,
  );
  const [n] = await q<{ b: number; r: number }>(`SELECT (SELECT count(*)::int FROM bookings) AS b, (SELECT count(*)::int FROM workshop_registrations) AS r`);
  await q('ANALYZE');
  return {
    counts: `100 coaches, 5,000 students, ${n.b} bookings, 200 workshops with ${n.r} registrations`,
    typeId,
    coachIds,
    viewerEmail: viewer.email,
    bookerEmails: students.slice(100, 900).map((s) => s.email),
    freeStarts,
  };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
