#!/usr/bin/env node
// Cold start of the built API: from spawning `node dist/apps/api/<entry>.js` to the first
// `GET /health` answering 200, several runs per case; prints min, p50 and max and the load average.
//
//   npx nx run api:build && npm run bench:cold-start
//   BENCH_RUNS=7 BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:cold-start
//
// Cases: the production entry (main.js) on the embedded database, fresh (migrations run) and
// migrated; the same on a PostgreSQL server when one answers; and the demo entry (demo.js, what
// `npm start` runs, which also loads the demo seed and faker) with SEED_DEMO=false, which is what
// main.js cost before the seed moved out of the server.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist/apps/api');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const pgServer = (process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres').replace(/\/[^/]*$/, '');

for (const entry of ['main.js', 'demo.js']) {
  if (!existsSync(join(dist, entry))) {
    console.error(`cold-start: ${join(dist, entry)} is missing; build first: npx nx run api:build`);
    process.exit(1);
  }
}

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
    server.on('error', fail);
  });
}

/** Milliseconds from spawn to the first 200 from /health; the process is stopped afterwards. */
async function coldStart(entry, env) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [join(dist, entry)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), WORKERS: 'auto', COOKIE_SECURE: 'false', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((ok) => child.on('exit', ok));
  let ms;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}: ${stderr.trim().split('\n').pop()}`);
      const ok = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status === 200, () => false);
      if (ok) {
        ms = performance.now() - started;
        break;
      }
      if (performance.now() - started > 60_000) throw new Error(`${entry} did not answer /health within 60 s`);
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
  return ms;
}

function summary(label, samples) {
  const s = [...samples].sort((a, b) => a - b);
  const f = (x) => `${(x / 1000).toFixed(2)} s`;
  console.log(`${label.padEnd(62)} min ${f(s[0])}  p50 ${f(s[Math.floor(s.length / 2)])}  max ${f(s.at(-1))}  (n=${s.length})`);
}

async function pgReachable() {
  const pg = await import('pg').then((m) => m.default ?? m);
  const client = new pg.Client({ connectionString: `${pgServer}/postgres` });
  try {
    await client.connect();
    return client;
  } catch {
    await client.end().catch(() => undefined);
    return null;
  }
}

console.log(`cold start to /health, ${runs} runs per case; load average before: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
const scratch = mkdtempSync(join(tmpdir(), 'debrief-cold-start-'));
try {
  const fresh = [];
  for (let i = 0; i < runs; i++) fresh.push(await coldStart('main.js', { DATA_DIR: join(scratch, `fresh-${i}`), SEED_DEMO: 'false' }));
  summary('main.js, embedded, empty data dir (PGlite init + migrations)', fresh);

  const migrated = join(scratch, 'fresh-0');
  const warm = [];
  for (let i = 0; i < runs; i++) warm.push(await coldStart('main.js', { DATA_DIR: migrated, SEED_DEMO: 'false' }));
  summary('main.js, embedded, migrated data dir', warm);

  const before = [];
  for (let i = 0; i < runs; i++) before.push(await coldStart('demo.js', { DATA_DIR: migrated, SEED_DEMO: 'false' }));
  summary('demo.js (seed and faker loaded), embedded, migrated, no seed', before);

  const admin = await pgReachable();
  if (admin) {
    const name = `debrief_cold_${Date.now()}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const url = `${pgServer}/${name}`;
      const pgRuns = [];
      for (let i = 0; i < runs; i++) pgRuns.push(await coldStart('main.js', { DATABASE_URL: url, SEED_DEMO: 'false' }));
      summary('main.js, PostgreSQL server (first run migrates)', pgRuns);
      const demoPg = [];
      for (let i = 0; i < runs; i++) demoPg.push(await coldStart('demo.js', { DATABASE_URL: url, SEED_DEMO: 'false' }));
      summary('demo.js (seed and faker loaded), PostgreSQL server, no seed', demoPg);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  } else {
    console.log(`(no PostgreSQL at ${pgServer}: server cases skipped)`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
