import { startTestDatabase, TestDatabase } from './database';

declare global {
  // Shared with global-teardown.ts: Jest runs both in its parent process.
  var __DEBRIEF_TEST_DATABASE__: TestDatabase | undefined;
}

/**
 * Starts the database once for the whole run and hands its URL to the tests through process.env
 * (the test environments copy process.env after global setup). Each spec boots the API in-process
 * with createApp() against it; the first boot migrates and seeds the demo career center.
 */
export default async function globalSetup(): Promise<void> {
  const database = await startTestDatabase();
  globalThis.__DEBRIEF_TEST_DATABASE__ = database;

  Object.assign(process.env, {
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: String(database.poolSize),
    SEED_DEMO: 'true',
    NODE_ENV: 'test',
    TZ: 'UTC',
    // The sign-in throttle keeps its counters in the shared database, and every spec signs in
    // from 127.0.0.1: a suite-wide per-address limit would let one file's failures lock out the
    // next. Specs that test the per-address limit set their own, from their own address.
    LOGIN_MAX_FAILURES_PER_IP: '100000',
  });
  console.log(`\n[api-e2e] database: ${database.mode} (${database.url.replace(/\/\/[^@/]*@/, '//')})`);
}
