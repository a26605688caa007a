import { Client } from 'pg';

/** One number for "a Debrief process is migrating or seeding this database" (pg_advisory_lock key). */
const BOOT_LOCK_KEY = 7_140_215_001;

/**
 * Held by a starting process while it migrates and seeds, on its own connection: replicas of a
 * fresh deployment that start together wait here, then find the migrations applied and the seed
 * done, instead of racing each other into duplicate-key errors. Released when the connection ends,
 * so a process that dies mid-boot frees it too.
 */
export async function acquireBootLock(url: string): Promise<{ release(): Promise<void> }> {
  const client = new Client({ connectionString: url, application_name: 'debrief-boot-lock' });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [BOOT_LOCK_KEY]);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return {
    async release() {
      await client.query('SELECT pg_advisory_unlock($1)', [BOOT_LOCK_KEY]).catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
}
