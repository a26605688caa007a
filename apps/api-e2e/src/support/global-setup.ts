import type { Config } from 'jest';
import { startTestDatabase, TestDatabase } from './database';

declare global {
  // Shared with global-teardown.ts: Jest runs both in its parent process.
  var __DEBRIEF_TEST_DATABASES__: TestDatabase[] | undefined;
}

/**
 * Starts one database per Jest worker for the whole run and hands their URLs to the tests through
 * process.env (the test environments copy process.env after global setup); worker-database.ts
 * gives each worker its own, so spec files run side by side without sharing a database, and the
 * files of one worker share theirs, one at a time, as the whole suite used to. Each spec boots the
 * API in-process with createApp() against it; the first boot on each database migrates and seeds
 * the demo career center.
 */
export default async function globalSetup(globalConfig: { maxWorkers: number } & Partial<Config>): Promise<void> {
  const count = Math.max(1, globalConfig.maxWorkers || 1);
  const databases = await Promise.all(Array.from({ length: count }, () => startTestDatabase()));
  globalThis.__DEBRIEF_TEST_DATABASES__ = databases;

  Object.assign(process.env, {
    DATABASE_URL: databases[0].url,
    DEBRIEF_TEST_DATABASE_URLS: databases.map((d) => d.url).join(' '),
    DATABASE_POOL_SIZE: String(databases[0].poolSize),
    SEED_DEMO: 'true',
    NODE_ENV: 'test',
    TZ: 'UTC',
    // The sign-in throttle keeps its counters in the shared database, and every spec signs in
    // from 127.0.0.1: a suite-wide per-address limit would let one file's failures lock out the
    // next. Specs that test the per-address limit set their own, from their own address.
    LOGIN_MAX_FAILURES_PER_IP: '100000',
  });
  const shown = databases.map((d) => d.url.replace(/\/\/[^@/]*@/, '//')).join(', ');
  console.log(`\n[api-e2e] ${count} database(s), one per worker: ${databases[0].mode} (${shown})`);
}
