/**
 * A database for one spec file alone, for walks that change shared state (the input fuzz): a fresh
 * one like the suite's (startTestDatabase: a PGlite child process, or a new database on the real
 * server). The app seeds it like the shared one.
 */
import { startEmbeddedDatabase, startTestDatabase, TestDatabase } from './database';

export function startOwnDatabase(): Promise<TestDatabase> {
  return startTestDatabase();
}

/** PGlite in a child process, in memory or keeping its files under `dataDir` (as the app's embedded mode does). */
export function startPgliteProcess(dataDir?: string): Promise<TestDatabase> {
  return startEmbeddedDatabase(dataDir);
}
