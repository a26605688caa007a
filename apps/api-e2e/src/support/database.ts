/**
 * Chooses the database the integration suite runs against.
 *
 *   TEST_DATABASE unset or "embedded"  PGlite (PostgreSQL in WASM) in memory, served over TCP by
 *                                      pglite-socket so the app talks to it with the real `pg` driver.
 *   TEST_DATABASE=postgres             a fresh database on the PostgreSQL server at
 *                                      TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432),
 *                                      dropped again at teardown.
 *
 * Runs in Jest's parent process (globalSetup/globalTeardown); the tests reach it through
 * process.env.DATABASE_URL.
 */
import type { Extension } from '@electric-sql/pglite';
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

async function startEmbeddedDatabase(): Promise<TestDatabase> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  // A subpath export: Node resolves it, but TypeScript's node10 resolution (which ts-jest needs
  // for CommonJS output) cannot see its types, hence the typed indirection.
  const contrib = '@electric-sql/pglite/contrib/btree_gist';
  const { btree_gist } = (await import(contrib)) as { btree_gist: Extension };

  const db = await PGlite.create({ extensions: { btree_gist } });
  // PGlite is a single backend: a connection inside a transaction makes the others wait, so allow
  // more sockets than any app pool (several apps may be open at once in one spec file).
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 32 });
  await server.start();
  const port = Number(server.getServerConn().split(':').pop());
  if (!Number.isInteger(port) || port <= 0) {
    throw new Error(`pglite-socket did not report a port (${server.getServerConn()})`);
  }
  return {
    mode: 'embedded',
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    poolSize: 1,
    async stop() {
      await server.stop();
      await db.close();
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
