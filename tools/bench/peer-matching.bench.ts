/**
 * Peer matching benchmark against the real PostgreSQL server (a script that prints figures, not a test):
 *   npm run bench:peer
 * Env: BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_REQUESTS (default 300).
 *
 * Creates a throw-away database, boots two whole APIs in this process on loopback ports (two
 * replicas on one database), seeds 5,000 students each with one open offer spread over the next
 * 14 days (all four focuses, three levels; the pool's offers cannot pair with each other, as after
 * real matching), then measures:
 *   - the time to match a new request, one at a time over HTTP, and the same request's time inside
 *     the database (the sum of its statements' round trips), with the statements per match,
 *   - 200 concurrent requests across the two processes (throughput, all checked for disjoint pairs).
 * The load generator shares the machine's cores with the servers: read the ratios, not absolutes.
 */
import 'reflect-metadata';
import { execSync } from 'node:child_process';
import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { PasswordHasher } from '@debrief/api/identity';
import { createApp } from '@debrief/api/server';
import { printStats, stats, timed } from './measure';

const ADMIN_URL = process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 300);
const POOL = 5_000;
const FOCUSES = ['CODING', 'SYSTEM_DESIGN', 'BEHAVIORAL', 'PRODUCT'];
const OFFER = `mutation($input: OfferPeerWindowsInput!) { offerPeerWindows(input: $input) { id status session { id } } }`;

/** Counts and times every statement TypeORM sends (all of them go through PostgresQueryRunner.query). */
const probe = { statements: 0, ms: 0 };
const original = PostgresQueryRunner.prototype.query;
PostgresQueryRunner.prototype.query = async function (this: PostgresQueryRunner, ...args: Parameters<typeof original>) {
  const t = performance.now();
  try {
    return await original.apply(this, args);
  } finally {
    probe.statements++;
    probe.ms += performance.now() - t;
  }
} as typeof original;

async function boot(url: string): Promise<{ app: INestApplication; base: string }> {
  const app = await createApp({ DATABASE_URL: url, DATABASE_POOL_SIZE: '10', SEED_DEMO: 'false', NODE_ENV: 'production', WORKERS: 'off', PORTAL_DIST: '/nonexistent', LOGIN_MAX_FAILURES_PER_IP: '100000', LOG_LEVEL: 'warn' });
  await app.listen(0, '127.0.0.1');
  return { app, base: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}` };
}

async function main(): Promise<void> {
  const name = `debrief_bench_peer_${Date.now()}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const apps: { app: INestApplication; base: string }[] = [];
  try {
    apps.push(await boot(url.toString()));
    apps.push(await boot(url.toString()));
    const db = apps[0].app.get<DataSource>(getDataSourceToken());
    const requesters = await seed(db, REQUESTS + 200);
    console.log(`Seeded ${POOL} students with one open offer each over 14 days, on PostgreSQL ${(await db.query('SHOW server_version'))[0].server_version}\n`);

    const signIn = async (base: string, email: string) => {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `mutation($i: SignInInput!) { signIn(input: $i) { id } }`, variables: { i: { email, password: 'bench-password' } } }) });
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
      if (!cookie) throw new Error(`sign-in failed for ${email}: ${await res.text()}`);
      return cookie;
    };
    const gql = async (base: string, cookie: string, query: string, variables?: unknown) => {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
      return (await res.json()) as { data?: { offerPeerWindows?: { status: string }[] }; errors?: unknown[] };
    };

    // One at a time: each requester offers the window of a pool offer of their group, so it matches.
    const targets = (await db.query(
      `SELECT o.starts_at, o.ends_at, o.focus, o.level FROM peer_offers o WHERE o.status = 'OPEN' ORDER BY hashtext(o.id::text) LIMIT $1`,
      [requesters.length],
    )) as { starts_at: Date; ends_at: Date; focus: string; level: number }[];
    const http: number[] = [];
    const inDb: number[] = [];
    const statements: number[] = [];
    let matched = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const t = targets[i];
      await db.query(`UPDATE peer_profiles SET focus = $2, level = $3 WHERE student_id = $1`, [requesters[i].id, t.focus, t.level]);
      const cookie = await signIn(apps[0].base, requesters[i].email);
      probe.statements = 0;
      probe.ms = 0;
      const [ms, res] = await timed(() => gql(apps[0].base, cookie, OFFER, { input: { windows: [{ startsAt: t.starts_at, endsAt: t.ends_at }] } }));
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      if (res.data?.offerPeerWindows?.[0].status === 'MATCHED') matched++;
      http.push(ms);
      inDb.push(probe.ms);
      statements.push(probe.statements);
    }
    console.log(`Matching a new request against ${POOL} open offers (one client, ${matched}/${REQUESTS} matched):`);
    printStats('  request over HTTP (offerPeerWindows)', stats(http), 52);
    printStats('  its statements inside the database', stats(inDb), 52);
    const st = stats(statements);
    console.log(`  statements per request (sign-in session check, profile, lock, insert, candidate, session, offers, job, reply): p50 ${st.p50}, max ${Math.max(...statements)}\n`);

    // 200 at once, across the two processes, on a fresh window each pair can share.
    const racers = requesters.slice(REQUESTS, REQUESTS + 200);
    await db.query(`UPDATE peer_profiles SET focus = 'CODING', level = 1 WHERE student_id = ANY($1)`, [racers.map((r) => r.id)]);
    const cookies = await Promise.all(racers.map((r, i) => signIn(apps[i % 2].base, r.email)));
    // After the pool's last slot (300 hours from tomorrow), within the 14 days.
    const start = new Date(Date.now() + 13 * 86_400_000 + 12 * 3_600_000);
    start.setUTCMinutes(0, 0, 0);
    const window = { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3_600_000).toISOString() };
    const [elapsed, results] = await timed(() => Promise.all(cookies.map((c, i) => gql(apps[i % 2].base, c, OFFER, { input: { windows: [window] } }))));
    const failed = results.filter((r) => r.errors).length;
    const [check] = (await db.query(
      `SELECT count(*)::int AS sessions, count(DISTINCT first_id)::int + count(DISTINCT second_id)::int AS people FROM peer_sessions WHERE starts_at = $1 AND status = 'BOOKED'`,
      [start],
    )) as { sessions: number; people: number }[];
    console.log(`200 concurrent requests across two API processes (same window, one group):`);
    console.log(`  ${elapsed.toFixed(0)} ms in all, ${(200 / (elapsed / 1000)).toFixed(0)} requests/s, ${failed} failed, ${check.sessions} sessions for ${check.people} distinct students`);
    console.log(`\nuptime: ${execSync('uptime').toString().trim()}`);
  } finally {
    for (const a of apps) await a.app.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/**
 * 5,000 students with an open offer each, which cannot pair among themselves: 8 groups (4 focuses
 * × levels 0 and 2, which are two steps apart), each pool offer one hour long in hour slot
 * floor(n / 8) mod 300 from tomorrow, shifted 5 minutes per wrap, so two offers of one group
 * overlap by 55 minutes at most (less than a session). Returns `extra` students without offers,
 * who make the measured requests.
 */
async function seed(db: DataSource, extra: number): Promise<{ id: string; email: string }[]> {
  const hash = await new PasswordHasher().hash('bench-password');
  await db.query(
    `INSERT INTO users (email, name, role, time_zone, password_hash)
     SELECT 'peer' || g || '@bench.example', 'Peer ' || g, 'STUDENT', 'America/New_York', $1 FROM generate_series(0, $2 - 1) g`,
    [hash, POOL + extra],
  );
  await db.query(
    `INSERT INTO peer_profiles (student_id, focus, level, languages)
     SELECT id, ($1::text[])[1 + (n % 4)]::peer_focus, CASE WHEN (n / 4) % 2 = 0 THEN 0 ELSE 2 END, ARRAY['English']
       FROM (SELECT id, row_number() OVER (ORDER BY email) - 1 AS n FROM users WHERE email LIKE 'peer%@bench.example') u`,
    [FOCUSES],
  );
  // Pool: student n (n < POOL) offers hour slot floor(n / 8) (one hour long) from tomorrow on, so
  // two pool offers of one group never overlap; levels 0 and 2 never pair with each other.
  await db.query(
    `INSERT INTO peer_offers (student_id, focus, level, languages, starts_at, ends_at)
     SELECT p.student_id, p.focus, p.level, p.languages,
            date_trunc('hour', now()) + interval '1 day' + make_interval(hours => ((u.n / 8) % 300)::int) + make_interval(mins => ((u.n / 2400) * 5)::int),
            date_trunc('hour', now()) + interval '1 day' + make_interval(hours => ((u.n / 8) % 300)::int) + make_interval(mins => ((u.n / 2400) * 5)::int) + interval '1 hour'
       FROM peer_profiles p JOIN (SELECT id, row_number() OVER (ORDER BY email) - 1 AS n FROM users WHERE email LIKE 'peer%@bench.example') u ON u.id = p.student_id
      WHERE u.n < $1`,
    [POOL],
  );
  return (await db.query(`SELECT id, email FROM users WHERE email LIKE 'peer%@bench.example' ORDER BY email OFFSET $1`, [POOL])) as { id: string; email: string }[];
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
