/**
 * Workshop benchmark against the real PostgreSQL server (a script that prints figures, not a test):
 *   npm run bench:workshops
 * Env: BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_SECONDS (default 5).
 *
 * Creates a throw-away database, boots the whole API in this process on a loopback port, seeds
 * 2,000 students and 200 upcoming workshops (40,000 registrations across them), then measures over HTTP:
 *   - `me` as the reference, and the student catalog (200 workshops with the viewer's place and overlaps),
 *   - registration throughput spread over many workshops (8 clients),
 *   - 300 clients racing for the 50 seats of one workshop (then checks: 50 seated, 250 waiting, in order),
 *   - cancellation with promotion from the waitlist, one at a time.
 * The load generator shares the machine's cores with the server: read the ratios, not absolutes.
 */
import 'reflect-metadata';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '@debrief/api/identity';
import { createApp } from '@debrief/api/server';
import { printStats, Stats, stats, throughput, timed } from './measure';

const ADMIN_URL = process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);

const line = (label: string, st: Stats) => printStats(label, st, 48);

async function main(): Promise<void> {
  const name = `debrief_bench_ws_${Date.now()}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const app = await createApp({ DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: '10', SEED_DEMO: 'false', NODE_ENV: 'production', WORKERS: 'off', PORTAL_DIST: '/nonexistent', LOGIN_MAX_FAILURES_PER_IP: '100000' });
  try {
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const db = app.get<DataSource>(getDataSourceToken());
    const seeded = await seed(db);
    console.log(`Seeded ${seeded.students.length} students, ${seeded.workshopIds.length} workshops, ${seeded.registrations} registrations on PostgreSQL ${(await db.query('SHOW server_version'))[0].server_version}\n`);

    const signIn = async (email: string) => {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `mutation($i: SignInInput!) { signIn(input: $i) { id } }`, variables: { i: { email, password: 'bench-password' } } }) });
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
      if (!cookie) throw new Error(`sign-in failed for ${email}: ${await res.text()}`);
      return cookie;
    };
    const gql = async (cookie: string, query: string, variables?: unknown) => {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
      return (await res.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
    };
    const signInAll = async (emails: string[]) => {
      const out: string[] = [];
      for (let i = 0; i < emails.length; i += 20) out.push(...(await Promise.all(emails.slice(i, i + 20).map(signIn))));
      return out;
    };

    const student = await signIn(seeded.students[0].email);
    const CATALOG = `{ workshops { id title seatsLeft waitlistLength registrationOpen myRegistration { status waitlistPosition } overlappingSessions { bookingId } facilitators { name } } }`;
    const me: number[] = [];
    const catalog: number[] = [];
    for (let i = 0; i < 200; i++) me.push((await timed(() => gql(student, `{ me { id } }`)))[0]);
    let listed = 0;
    for (let i = 0; i < 100; i++) {
      const [ms, res] = await timed(() => gql(student, CATALOG));
      catalog.push(ms);
      listed = (res.data?.['workshops'] as unknown[]).length;
    }
    console.log('Latency (one client, loopback HTTP):');
    line('me', stats(me));
    line(`catalog: ${listed} workshops with place and overlaps`, stats(catalog));

    // Registration throughput over the 200 workshops (each client cycles through them).
    const registrants = await signInAll(seeded.students.slice(1000, 1160).map((s) => s.email));
    const REGISTER = `mutation($id: ID!) { registerForWorkshop(workshopId: $id) { id status } }`;
    const meRate = await throughput(8, SECONDS, () => gql(student, `{ me { id } }`));
    let seated = 0, waitlisted = 0, refused = 0;
    const regRate = await throughput(8, SECONDS, async (c, i) => {
      const who = registrants[(c * 20 + Math.floor(i / seeded.workshopIds.length)) % registrants.length];
      const res = await gql(who, REGISTER, { id: seeded.workshopIds[(c * 25 + i) % seeded.workshopIds.length] });
      const status = (res.data?.['registerForWorkshop'] as { status?: string } | undefined)?.status;
      if (status === 'REGISTERED') seated++; else if (status === 'WAITLISTED') waitlisted++; else refused++;
    });
    console.log(`\nThroughput (8 concurrent clients, ${SECONDS} s each):`);
    console.log(`me                                               ${meRate.toFixed(0)} req/s`);
    console.log(`registerForWorkshop over 200 workshops           ${regRate.toFixed(0)} req/s (${seated} seated, ${waitlisted} waitlisted, ${refused} refused as already registered) = ${((regRate / meRate) * 100).toFixed(0)}% of me`);

    // 300 clients race for the 50 seats of one workshop.
    const racers = await signInAll(seeded.students.slice(1200, 1500).map((s) => s.email));
    const [raceMs, results] = await timed(() => Promise.all(racers.map((cookie) => gql(cookie, REGISTER, { id: seeded.raceWorkshopId }))));
    const statuses = results.map((r) => (r.data?.['registerForWorkshop'] as { status?: string } | undefined)?.status ?? 'ERROR');
    const rows = (await db.query(`SELECT status::text, queue_no FROM workshop_registrations WHERE workshop_id = $1 ORDER BY queue_no`, [seeded.raceWorkshopId])) as { status: string; queue_no: number }[];
    const inOrder = rows.slice(0, 50).every((r) => r.status === 'REGISTERED') && rows.slice(50).every((r) => r.status === 'WAITLISTED');
    console.log(`race: 300 clients for 50 seats                   ${statuses.filter((s) => s === 'REGISTERED').length} registered, ${statuses.filter((s) => s === 'WAITLISTED').length} waitlisted, ${statuses.filter((s) => s === 'ERROR').length} errors, in ${raceMs.toFixed(0)} ms (${((300 / raceMs) * 1000).toFixed(0)} req/s); seats in arrival order: ${inOrder}`);

    // Cancellations that each promote the next in line, one at a time.
    const CANCEL = `mutation($id: ID!) { cancelWorkshopRegistration(registrationId: $id) { id status } }`;
    const seatedRows = (await db.query(`SELECT r.id, u.email FROM workshop_registrations r JOIN users u ON u.id = r.student_id WHERE r.workshop_id = $1 AND r.status = 'REGISTERED' ORDER BY r.queue_no LIMIT 30`, [seeded.raceWorkshopId])) as { id: string; email: string }[];
    const cookieOf = new Map(seeded.students.slice(1200, 1500).map((s, i) => [s.email, racers[i]]));
    const cancel: number[] = [];
    for (const r of seatedRows) cancel.push((await timed(() => gql(cookieOf.get(r.email) as string, CANCEL, { id: r.id })))[0]);
    const [{ held, taken, promoted }] = await db.query(
      `SELECT count(*) FILTER (WHERE status = 'REGISTERED')::int AS held, (SELECT seats_taken FROM workshops WHERE id = $1) AS taken, count(*) FILTER (WHERE promoted_at IS NOT NULL)::int AS promoted FROM workshop_registrations WHERE workshop_id = $1`,
      [seeded.raceWorkshopId],
    );
    line('cancel + promote the next in line', stats(cancel));
    console.log(`after ${cancel.length} cancellations: ${held} registered, seats_taken ${taken}, ${promoted} promoted`);
  } finally {
    await app.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

interface Seeded {
  students: { id: string; email: string }[];
  workshopIds: string[];
  raceWorkshopId: string;
  registrations: number;
}

/** Bulk data straight through SQL: counters set to match the registrations (the commit-time trigger checks). */
async function seed(db: DataSource): Promise<Seeded> {
  const hash = await new PasswordHasher().hash('bench-password');
  const students = (await db.query(
    `INSERT INTO users (email, name, role, time_zone, password_hash)
     SELECT 'student' || g || '@bench.example', 'Student ' || g, 'STUDENT', 'America/New_York', $1 FROM generate_series(0, 1999) g RETURNING id, email`,
    [hash],
  )) as { id: string; email: string }[];
  await db.query(`INSERT INTO student_profiles (user_id, class_year, major) SELECT id, 2027, 'Computer Science' FROM users WHERE role = 'STUDENT'`);
  const workshops = (await db.query(
    `INSERT INTO workshops (title, topics, location, starts_at, ends_at, capacity, seats_taken, registration_opens_at, registration_closes_at, status, ical_uid)
     SELECT 'Workshop ' || g, ARRAY['topic-' || (g % 10)], 'Room ' || g, now() + (g || ' hours')::interval + interval '2 days',
            now() + (g || ' hours')::interval + interval '2 days 1 hour', 200, 150, now() - interval '1 day', now() + (g || ' hours')::interval + interval '2 days',
            'PUBLISHED', gen_random_uuid()
       FROM generate_series(1, 200) g RETURNING id`,
  )) as { id: string }[];
  // 200 per workshop from the first 1,000 students: 150 seated, 50 waiting.
  await db.query(
    `INSERT INTO workshop_registrations (workshop_id, student_id, status, queue_no, seated_at)
     SELECT w.id, s.id, CASE WHEN s.n <= 150 THEN 'REGISTERED' ELSE 'WAITLISTED' END::workshop_registration_status, s.n,
            CASE WHEN s.n <= 150 THEN now() END
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS wn FROM workshops) w
       JOIN LATERAL (SELECT id, row_number() OVER () AS n
                       FROM (SELECT id FROM users
                              WHERE role = 'STUDENT' AND email NOT LIKE 'student0@%' AND email NOT LIKE 'student1___@%'
                              ORDER BY hashtext(email::text || w.wn::text) LIMIT 200) picked) s ON true`,
  );
  const [race] = (await db.query(
    `INSERT INTO workshops (title, topics, location, starts_at, ends_at, capacity, registration_opens_at, registration_closes_at, status, ical_uid)
     VALUES ('Race', '{race}', 'Hall', now() + interval '3 days', now() + interval '3 days 1 hour', 50, now() - interval '1 day', now() + interval '3 days', 'PUBLISHED', gen_random_uuid())
     RETURNING id`,
  )) as { id: string }[];
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM workshop_registrations`);
  return { students, workshopIds: workshops.map((w) => w.id), raceWorkshopId: race.id, registrations: n };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
