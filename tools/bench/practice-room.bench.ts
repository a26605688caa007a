/**
 * Practice room benchmark (a script that prints figures, not a test):
 *   npm run bench:practice            one API process
 *   BENCH_REDIS=1 npm run bench:practice   the two clients of each room on two API processes through Redis
 * Env: BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_ROOMS (50),
 * BENCH_SECONDS (60), BENCH_RATE (keystrokes per second per client, 5), BENCH_REDIS_URL.
 *
 * A throw-away database; the API booted in this process on a loopback port; ROOMS sessions happening
 * now, each with its coach and student connected over real WebSockets (@hocuspocus/provider) to the
 * code pad, both typing RATE keystrokes a second. Prints p50/p95 from a keystroke at one client to
 * its arrival at the other, the process's CPU and memory per room, and checks that both clients'
 * documents and the stored document are identical in every room. The clients share the process
 * and the machine's cores with the server: the figures are an upper bound on the server's cost.
 */
import 'reflect-metadata';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { getDataSourceToken } from '@nestjs/typeorm';
import { HocuspocusProvider } from '@hocuspocus/provider';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createApp } from '@debrief/api/server';
import { printStats, stats } from './measure';

const ADMIN_URL = process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROOMS = Number(process.env['BENCH_ROOMS'] ?? 50);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 60);
const RATE = Number(process.env['BENCH_RATE'] ?? 5);
const REDIS = process.env['BENCH_REDIS'] === '1' ? (process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379') : undefined;

interface Pad {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  synced: Promise<void>;
}

function openPad(base: string, sessionId: string, cookie: string): Pad {
  class CookieSocket extends WebSocket {
    constructor(url: string) {
      super(url, { headers: { cookie } });
    }
  }
  const doc = new Y.Doc();
  let done!: () => void;
  const synced = new Promise<void>((r) => (done = r));
  const provider = new HocuspocusProvider({ url: `${base}/practice/ws/${sessionId}`, name: `practice:${sessionId}:code`, document: doc, WebSocketPolyfill: CookieSocket, onSynced: () => done() } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  return { doc, provider, synced };
}

async function boot(url: string, redisPrefix: string): Promise<{ app: INestApplication; base: string }> {
  const app = await createApp({ DATABASE_URL: url, DATABASE_POOL_SIZE: '10', SEED_DEMO: 'false', NODE_ENV: 'production', WORKERS: 'off', PORTAL_DIST: '/nonexistent', LOG_LEVEL: 'warn', ...(REDIS ? { REDIS_URL: REDIS, REDIS_PREFIX: redisPrefix } : {}) });
  await app.listen(0, '127.0.0.1');
  return { app, base: `ws://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}` };
}

/** Coaches, students, one session type, ROOMS sessions now, and a sign-in token per person (no argon2 needed). */
async function seed(db: DataSource): Promise<{ sessionId: string; coachCookie: string; studentCookie: string }[]> {
  const [type] = await db.query(`INSERT INTO session_types (name, category, duration_minutes, interview_minutes) VALUES ('Bench coding', 'CODING', 60, 40) RETURNING id`);
  const rooms = [];
  const token = async (userId: string) => {
    const t = randomBytes(32).toString('base64url');
    await db.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [userId, createHash('sha256').update(t).digest('hex')]);
    return `debrief_session=${t}`;
  };
  for (let i = 0; i < ROOMS; i++) {
    const [coach] = await db.query(`INSERT INTO users (email, name, role, time_zone) VALUES ($1, $2, 'COACH', 'UTC') RETURNING id`, [`bench-coach-${i}@example.org`, `Coach ${i}`]);
    const [student] = await db.query(`INSERT INTO users (email, name, role, time_zone) VALUES ($1, $2, 'STUDENT', 'UTC') RETURNING id`, [`bench-student-${i}@example.org`, `Student ${i}`]);
    const [b] = await db.query(
      `INSERT INTO bookings (session_type_id, coach_id, student_id, starts_at, ends_at, blocked_from, blocked_to, assignment, ical_uid)
       VALUES ($1, $2, $3, now(), now() + interval '1 hour', now(), now() + interval '1 hour', 'bench', $4) RETURNING id`,
      [type.id, coach.id, student.id, randomUUID()],
    );
    rooms.push({ sessionId: b.id, coachCookie: await token(coach.id), studentCookie: await token(student.id) });
  }
  return rooms;
}

async function main(): Promise<void> {
  const name = `debrief_bench_practice_${Date.now()}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const prefix = `bench-${randomUUID().slice(0, 8)}`;
  const one = await boot(url.toString(), prefix);
  const two = REDIS ? await boot(url.toString(), prefix) : one;
  const pads: Pad[] = [];
  try {
    const db = one.app.get<DataSource>(getDataSourceToken());
    const rooms = await seed(db);
    console.log(`${ROOMS} rooms × 2 clients × ${RATE} keystrokes/s × ${SECONDS} s, ${REDIS ? 'clients of a room on two API processes through Redis' : 'one API process'}; load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const pairs = rooms.map((r) => [openPad(one.base, r.sessionId, r.coachCookie), openPad(two.base, r.sessionId, r.studentCookie)] as const);
    for (const [a, b] of pairs) pads.push(a, b);
    await Promise.all(pads.map((p) => p.synced));
    // Each keystroke is a unique token "⟨client:seq⟩"; the other client timestamps its arrival.
    for (const [a, b] of pairs) {
      for (const receiver of [a, b]) {
        receiver.doc.getText('content').observe((e) => {
          if (e.transaction.local) return;
          for (const d of e.delta) {
            if (typeof d.insert !== 'string') continue;
            for (const m of d.insert.matchAll(/⟨([^⟩]+)⟩/g)) {
              const t = sentAt.get(m[1]);
              if (t !== undefined) latencies.push(performance.now() - t);
            }
          }
        });
      }
    }

    const cpu0 = process.cpuUsage();
    const mem0 = process.memoryUsage().rss;
    const t0 = performance.now();
    let sent = 0;
    const timers = pads.map((pad, i) =>
      setInterval(() => {
        const key = `${i}:${sent++}`;
        const text = pad.doc.getText('content');
        sentAt.set(key, performance.now());
        text.insert(text.length, `⟨${key}⟩`);
      }, 1000 / RATE),
    );
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    timers.forEach(clearInterval);
    await new Promise((r) => setTimeout(r, 2000));
    const wall = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const mem = process.memoryUsage().rss;

    let identical = 0;
    for (const [a, b] of pairs) if (a.doc.getText('content').toString() === b.doc.getText('content').toString()) identical++;
    for (const p of pads) p.provider.destroy();
    await new Promise((r) => setTimeout(r, 1500));
    let stored = 0;
    for (let i = 0; i < rooms.length; i++) {
      const rows = await db.query(`SELECT update FROM practice_document_updates WHERE document_name = $1 ORDER BY id`, [`practice:${rooms[i].sessionId}:code`]);
      const doc = new Y.Doc();
      for (const r of rows) Y.applyUpdate(doc, new Uint8Array(r.update));
      if (doc.getText('content').toString() === pairs[i][0].doc.getText('content').toString()) stored++;
    }
    console.log(`sent ${sent} keystrokes, ${latencies.length} arrivals (expected ${sent}: ${sent - latencies.length} lost)`);
    printStats('keystroke → arrival at the other client', stats(latencies), 48);
    console.log(`CPU (server and clients in this process): ${(((cpu.user + cpu.system) / 1e6 / wall) * 100).toFixed(1)}% of one core, ${(((cpu.user + cpu.system) / 1e3 / wall) / ROOMS).toFixed(2)} ms/s per room`);
    console.log(`memory: RSS ${(mem / 2 ** 20).toFixed(0)} MiB, +${((mem - mem0) / 2 ** 20).toFixed(1)} MiB while typing, ${((mem / ROOMS) / 2 ** 20).toFixed(2)} MiB per room (whole process)`);
    console.log(`identical documents: ${identical}/${ROOMS} between clients, ${stored}/${ROOMS} with the database; load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  } finally {
    if (two !== one) await two.app.close();
    await one.app.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
