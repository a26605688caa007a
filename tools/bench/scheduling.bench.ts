/**
 * Scheduling benchmark against the real PostgreSQL server (a script that prints figures, not a test):
 *   SWC_NODE_PROJECT=tools/db/tsconfig.json node -r @swc-node/register tools/bench/scheduling.bench.ts
 * Env: BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_SECONDS (default 5),
 *   BENCH_WORKERS (auto | off; default auto: the notification workers render each booking's emails in this process too).
 *
 * Creates a throw-away database, boots the whole API in this process on a loopback port, seeds
 * 100 coaches, 5,000 students and 20,000 bookings, then measures over HTTP:
 *   - `me` (the cheapest signed-in query) as the reference,
 *   - slot search: one coach × 4 weeks, and any coach × 1 week (HTTP and in-process service time),
 *   - booking throughput uncontended, and 200 clients racing for 20 slots,
 *   - single-row INSERTs into bookings through the same pg pool (the database's own limit).
 * The load generator shares the machine's cores with the server: read the ratios, not absolutes.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '@debrief/api/server';
import { SlotSearchService } from '@debrief/api/scheduling';
import { PasswordHasher } from '@debrief/api/identity';
import { Session } from 'node:inspector/promises';
import { printStats, Stats, stats, throughput, timed } from './measure';

const ADMIN_URL = process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const ZONES = ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata'];
const DAY = 86400_000;

const line = (label: string, st: Stats) => printStats(label, st, 44);

/** Counts the SQL statements the pg driver sends (each one a round trip to the server), TypeORM's and named ones alike. */
let statements = 0;
const originalQuery = Client.prototype.query;
Client.prototype.query = function (this: Client, ...args: unknown[]) {
  statements++;
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof originalQuery;

/**
 * CPU profile of this process (server and load generator share it) while `work` runs, summed by
 * where the time went: idle (waiting on the database or the other process's turn on the cores),
 * GC, and the packages that spent the rest.
 */
async function profiled<T>(work: () => Promise<T>): Promise<[T, string]> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const result = await work();
  const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { url: string; functionName: string } }[]; samples: number[]; timeDeltas: number[] } };
  session.disconnect();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const spent = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const { url, functionName } = byId.get(id)?.callFrame ?? { url: '', functionName: '?' };
    const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    const key = pkg ?? (url.includes('/libs/') ? `libs/${url.split('/libs/')[1].split('/').slice(0, 2).join('/')}` : url.startsWith('node:') ? 'node internals' : url ? 'tools/bench' : `(${functionName})`);
    spent.set(key, (spent.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
    total += profile.timeDeltas[i] ?? 0;
  });
  const top = [...spent].sort((a, b) => b[1] - a[1]).slice(0, 12);
  return [result, top.map(([k, v]) => `${k} ${((v / total) * 100).toFixed(1)}%`).join(', ')];
}

async function main(): Promise<void> {
  const name = `debrief_bench_${Date.now()}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const app = await createApp({ DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: '10', SEED_DEMO: 'false', NODE_ENV: 'production', PORTAL_DIST: '/nonexistent', LOGIN_MAX_FAILURES_PER_IP: '100000', WORKERS: process.env['BENCH_WORKERS'] ?? 'auto' });
  try {
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const db = app.get<DataSource>(getDataSourceToken());
    const seeded = await seed(db);
    console.log(`Notification workers: ${process.env['BENCH_WORKERS'] ?? 'auto'}; load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`Seeded ${seeded.coaches} coaches, ${seeded.students} students, ${seeded.bookings} bookings on PostgreSQL ${(await db.query('SHOW server_version'))[0].server_version}\n`);

    const sessions = new Map<string, string>();
    const signIn = async (email: string) => {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `mutation($i: SignInInput!) { signIn(input: $i) { id } }`, variables: { i: { email, password: 'bench-password' } } }) });
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
      if (!cookie) throw new Error(`sign-in failed for ${email}: ${await res.text()}`);
      sessions.set(email, cookie);
      return cookie;
    };
    const gql = async (cookie: string, query: string, variables?: unknown) => {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
      return (await res.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
    };

    const student = await signIn('student0@bench.example');
    const from = new Date(Date.now() + DAY).toISOString();
    const to4w = new Date(Date.now() + 29 * DAY).toISOString();
    const to1w = new Date(Date.now() + 8 * DAY).toISOString();
    const SEARCH = `query($i: SlotSearchInput!) { availableSlots(input: $i) { start coachIds } }`;

    // Latency, one request at a time.
    const me: number[] = [], oneCoach: number[] = [], anyCoach: number[] = [], service1: number[] = [], serviceAny: number[] = [];
    for (let i = 0; i < 300; i++) me.push((await timed(() => gql(student, `{ me { id } }`)))[0]);
    for (let i = 0; i < 300; i++) oneCoach.push((await timed(() => gql(student, SEARCH, { i: { sessionTypeId: seeded.typeId, coachId: seeded.coachIds[i % 100], from, to: to4w } })))[0]);
    for (let i = 0; i < 100; i++) anyCoach.push((await timed(() => gql(student, SEARCH, { i: { sessionTypeId: seeded.typeId, from, to: to1w } })))[0]);
    const search = app.get(SlotSearchService);
    for (let i = 0; i < 300; i++) service1.push((await timed(() => search.search(db.manager, { sessionTypeId: seeded.typeId, coachId: seeded.coachIds[i % 100], from: new Date(from), to: new Date(to4w) }, seeded.studentIds[0])))[0]);
    for (let i = 0; i < 50; i++) serviceAny.push((await timed(() => search.search(db.manager, { sessionTypeId: seeded.typeId, from: new Date(from), to: new Date(to1w) }, seeded.studentIds[0])))[0]);
    console.log('Latency (one client, loopback HTTP unless marked in-process):');
    line('me', stats(me));
    line('slot search, one coach × 4 weeks', stats(oneCoach));
    line('slot search, one coach × 4 weeks (in-process)', stats(service1));
    line('slot search, any coach × 1 week', stats(anyCoach));
    line('slot search, any coach × 1 week (in-process)', stats(serviceAny));

    // Throughput with 8 concurrent clients. `me` and bookSession alternate in short rounds, so a
    // change in the machine's load (other processes on the same cores) hits both alike.
    const ROUNDS = 4;
    const bookers = await Promise.all(seeded.studentEmails.slice(100, 900).map(signIn));
    const BOOK = `mutation($i: BookSessionInput!) { bookSession(input: $i) { id } }`;
    let ok = 0, conflicts = 0, other = 0, attempt = 0, meCount = 0, meStatementCount = 0, bookStatementCount = 0;
    let meOps = 0, bookOps = 0;
    const profiles: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      statements = 0;
      meOps += await throughput(8, SECONDS / ROUNDS, () => gql(student, `{ me { id } }`).then(() => meCount++));
      meStatementCount += statements;
      statements = 0;
      const book = () =>
        throughput(8, SECONDS / ROUNDS, async (c) => {
          const who = bookers[(c * 100 + attempt) % bookers.length];
          const slot = seeded.freeStarts[(attempt++ * 7919) % seeded.freeStarts.length];
          const res = await gql(who, BOOK, { i: { sessionTypeId: seeded.typeId, coachId: slot.coachId, start: new Date(slot.start).toISOString() } });
          const code = res.errors?.[0]?.extensions?.code;
          if (!code) ok++; else if (code === 'CONFLICT') conflicts++; else other++;
        });
      // Profile the last round only (the profiler itself costs a little).
      if (round === ROUNDS - 1) {
        const [rate, profile] = await profiled(book);
        bookOps += rate;
        profiles.push(profile);
      } else {
        bookOps += await book();
      }
      bookStatementCount += statements;
    }
    const meRate = meOps / ROUNDS;
    const bookRate = bookOps / ROUNDS;
    console.log(`\nThroughput (8 concurrent clients, ${ROUNDS} alternating rounds of ${SECONDS / ROUNDS} s each):`);
    console.log(`me                                           ${meRate.toFixed(0)} req/s`);
    console.log(`bookSession, uncontended                     ${bookRate.toFixed(0)} req/s (${ok} booked, ${conflicts} conflicts, ${other} other refusals) = ${((bookRate / meRate) * 100).toFixed(0)}% of me`);
    console.log(`SQL statements per request: me ${(meStatementCount / meCount).toFixed(2)}, bookSession ${(bookStatementCount / (ok + conflicts + other)).toFixed(2)}`);
    console.log(`CPU profile of this process during bookSession (last round): ${profiles[0]}`);

    // 200 clients racing for 20 slots of one coach.
    const racers = await Promise.all(seeded.studentEmails.slice(1000, 1200).map(signIn));
    const race = seeded.raceStarts;
    const [raceMs, results] = await timed(() =>
      Promise.all(racers.map((cookie, i) => gql(cookie, BOOK, { i: { sessionTypeId: seeded.typeId, coachId: seeded.raceCoachId, start: new Date(race[i % race.length]).toISOString() } }))),
    );
    const won = results.filter((r) => !r.errors).length;
    const lost = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length;
    const overlaps = await db.query(`SELECT count(*)::int AS n FROM bookings a JOIN bookings b ON a.coach_id = b.coach_id AND a.id < b.id AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED' AND tstzrange(a.blocked_from, a.blocked_to) && tstzrange(b.blocked_from, b.blocked_to)`);
    console.log(`race: 200 clients for 20 slots              ${won} booked, ${lost} CONFLICT, ${200 - won - lost} other, in ${raceMs.toFixed(0)} ms (${((200 / raceMs) * 1000).toFixed(0)} req/s); overlapping pairs in the table: ${overlaps[0].n}`);

    // The database's limit: single-row INSERTs through the same pool.
    let slot = 0;
    const far = Date.now() + 400 * DAY;
    const insertRate = await throughput(8, SECONDS, () => {
      const start = new Date(far + slot++ * 3600_000);
      return db.query(
        `INSERT INTO bookings (session_type_id, coach_id, student_id, starts_at, ends_at, blocked_from, blocked_to, status, assignment, location, ical_uid)
         VALUES ($1, $2, $3, $4, $5, $4, $5, 'BOOKED', 'bench', '', $6)`,
        [seeded.typeId, seeded.coachIds[slot % 100], seeded.studentIds[slot % 5000], start, new Date(start.getTime() + 3600_000), randomUUID()],
      );
    });
    console.log(`plain INSERT into bookings (same pool)       ${insertRate.toFixed(0)} rows/s; bookSession = ${((bookRate / insertRate) * 100).toFixed(1)}% of it`);
  } finally {
    await app.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

interface Seeded {
  coaches: number;
  students: number;
  bookings: number;
  typeId: string;
  coachIds: string[];
  studentIds: string[];
  studentEmails: string[];
  freeStarts: { coachId: string; start: number }[];
  raceCoachId: string;
  raceStarts: number[];
}

/** Bulk data straight through SQL; bookings placed on the coaches' real free slots. */
async function seed(db: DataSource): Promise<Seeded> {
  const hash = await new PasswordHasher().hash('bench-password');
  const coachRows = await db.query(
    `INSERT INTO users (email, name, role, time_zone, password_hash)
     SELECT 'coach' || g || '@bench.example', 'Coach ' || g, 'COACH', ($2::text[])[1 + g % 5], $1 FROM generate_series(0, 99) g RETURNING id`,
    [hash, ZONES],
  );
  const coachIds = (coachRows as { id: string }[]).map((r) => r.id);
  await db.query(`INSERT INTO coach_profiles (user_id, specialties) SELECT id, '{CODING}' FROM users WHERE role = 'COACH'`);
  const studentRows = await db.query(
    `INSERT INTO users (email, name, role, time_zone, password_hash)
     SELECT 'student' || g || '@bench.example', 'Student ' || g, 'STUDENT', 'America/New_York', $1 FROM generate_series(0, 4999) g RETURNING id, email`,
    [hash],
  );
  const students = studentRows as { id: string; email: string }[];
  await db.query(`UPDATE booking_policy SET max_active_bookings = 50`);
  const [{ id: typeId }] = await db.query(
    `INSERT INTO session_types (name, category, duration_minutes, interview_minutes, buffer_after_minutes, min_notice_minutes, horizon_days, max_active_per_student)
     VALUES ('Coding mock interview', 'CODING', 60, 40, 10, 0, 365, NULL) RETURNING id`,
  );
  await db.query(`INSERT INTO session_type_coaches (session_type_id, coach_id) SELECT $1, id FROM users WHERE role = 'COACH'`, [typeId]);
  await db.query(`INSERT INTO weekly_hours (coach_id, weekday, start_minute, end_minute) SELECT u.id, d, 480, 1080 FROM users u, generate_series(1, 5) d WHERE u.role = 'COACH'`);

  // Candidate starts: every weekday hour 08:00–17:00 in each coach's zone, 10 weeks back to 10 ahead.
  const candidates = (await db.query(
    `SELECT u.id AS coach, (d::date + make_interval(hours => h)) AT TIME ZONE u.time_zone AS start
       FROM users u, generate_series(date_trunc('day', now() - interval '70 days'), now() + interval '70 days', interval '1 day') d, generate_series(8, 16) h
      WHERE u.role = 'COACH' AND extract(isodow FROM d) < 6`,
  )) as { coach: string; start: Date }[];
  let seed = 42;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
  }
  // Insert in batches until 20,000 rows stand; the exclusion constraints drop the few that
  // would overlap a student's other session (ON CONFLICT DO NOTHING works with them).
  let used = 0;
  for (let i = 0; (await count(db)) < 20000 && i < candidates.length; i += 1000) {
    const batch = candidates.slice(i, i + Math.min(1000, 20000 - (await count(db))));
    used = i + batch.length;
    const values = batch.map((_, k) => `($1, $${k * 3 + 2}, $${k * 3 + 3}, $${k * 3 + 4}::timestamptz, $${k * 3 + 4}::timestamptz + interval '1 hour', $${k * 3 + 4}::timestamptz, $${k * 3 + 4}::timestamptz + interval '70 minutes', CASE WHEN $${k * 3 + 4}::timestamptz < now() THEN 'COMPLETED'::booking_status ELSE 'BOOKED'::booking_status END, 'bench', '', gen_random_uuid())`);
    const params = [typeId, ...batch.flatMap((c, k) => [c.coach, students[(i + k) % students.length].id, c.start])];
    await db.query(
      `INSERT INTO bookings (session_type_id, coach_id, student_id, starts_at, ends_at, blocked_from, blocked_to, status, assignment, location, ical_uid)
       VALUES ${values.join(', ')} ON CONFLICT DO NOTHING`,
      params,
    );
  }
  // Free starts at least 70 minutes apart per coach (an hour plus the 10-minute buffer), so
  // uncontended bookings do not collide with each other and the race has exactly 20 winners.
  const taken = new Map<string, number[]>();
  for (const c of candidates.slice(0, used)) taken.set(c.coach, [...(taken.get(c.coach) ?? []), c.start.getTime()]);
  const remaining = candidates.slice(used).filter((c) => {
    const t = c.start.getTime();
    const mine = taken.get(c.coach) ?? [];
    if (t < Date.now() + 2 * DAY || mine.some((o) => Math.abs(o - t) < 70 * 60_000)) return false;
    taken.set(c.coach, [...mine, t]);
    return true;
  });
  const n = await count(db);
  const raceCoachId = coachIds[99];
  const raceStarts = remaining.filter((c) => c.coach === raceCoachId).slice(0, 20).map((c) => c.start.getTime());
  return {
    coaches: coachIds.length,
    students: students.length,
    bookings: n,
    typeId,
    coachIds,
    studentIds: students.map((s) => s.id),
    studentEmails: students.map((s) => s.email),
    freeStarts: remaining.filter((c) => c.coach !== raceCoachId).map((c) => ({ coachId: c.coach, start: c.start.getTime() })),
    raceCoachId,
    raceStarts,
  };
}

async function count(db: DataSource): Promise<number> {
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM bookings`)) as { n: number }[];
  return n;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
