/**
 * Chooses the database the integration suite runs against.
 *
 *   TEST_DATABASE unset or "embedded"  PGlite (PostgreSQL in WASM) in memory in a child process,
 *                                      served over TCP by pglite-socket so the app talks to it with
 *                                      the real `pg` driver.
 *   TEST_DATABASE=postgres             a fresh database on the PostgreSQL server at
 *                                      TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432),
 *                                      dropped again at teardown.
 *
 * Runs in Jest's parent process (globalSetup/globalTeardown); the tests reach it through
 * process.env.DATABASE_URL.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';

export type TestDatabaseMode = 'embedded' | 'postgres';

export interface TestDatabase {
  mode: TestDatabaseMode;
  url: string;
  poolSize: number;
  stop(): Promise<void>;
}

export function testDatabaseMode(value = process.env['TEST_DATABASE']): TestDatabaseMode {
  const mode = (value ?? '').trim().toLowerCase() || 'embedded';
  if (mode === 'embedded' || mode === 'pglite') return 'embedded';
  if (mode === 'postgres' || mode === 'pg') return 'postgres';
  throw new Error(`TEST_DATABASE must be "embedded" or "postgres", got "${value}"`);
}

export async function startTestDatabase(mode = testDatabaseMode()): Promise<TestDatabase> {
  return mode === 'postgres' ? createPostgresDatabase() : startEmbeddedDatabase();
}

/**
 * PGlite in a plain Node child process (pglite-server.mjs), never in Jest's own: a spec's app and
 * its database then run on two cores instead of taking turns on one event loop, and PGlite may
 * load parts of itself with import(), which Jest's module sandbox refuses.
 */
async function startEmbeddedDatabase(): Promise<TestDatabase> {
  const child = spawn(process.execPath, [join(__dirname, 'pglite-server.mjs')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    // Generous: compiling PGlite's WebAssembly took over a minute on a machine at load 40.
    const timer = setTimeout(() => reject(new Error(`pglite-server did not start within 5 minutes: ${out}`)), 300_000);
    child.once('exit', (code) => reject(new Error(`pglite-server exited with ${code}: ${out}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /PORT (\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
  return {
    mode: 'embedded',
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    poolSize: 1,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function createPostgresDatabase(): Promise<TestDatabase> {
  const serverUrl = (process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');
  const name = `debrief_it_${Date.now()}_${process.pid}`;
  const admin = await connectToMaintenanceDatabase(serverUrl);
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    mode: 'postgres',
    url: `${serverUrl}/${name}`,
    poolSize: 10,
    async stop() {
      const client = await connectToMaintenanceDatabase(serverUrl);
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Connects to a database that always exists, to create and drop the test database from there. */
async function connectToMaintenanceDatabase(serverUrl: string): Promise<Client> {
  let lastError: unknown;
  for (const database of ['test', 'postgres']) {
    const client = new Client({ connectionString: `${serverUrl}/${database}` });
    try {
      await client.connect();
      return client;
    } catch (error) {
      lastError = error;
      await client.end().catch(() => undefined);
    }
  }
  throw new Error(
    `TEST_DATABASE=postgres but no PostgreSQL answers at ${serverUrl} (${(lastError as Error)?.message ?? lastError})`,
  );
}
