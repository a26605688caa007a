/**
 * A database for one spec file alone, for walks that change shared state (the input fuzz): a fresh
 * one like the suite's (startTestDatabase: a PGlite child process, or a new database on the real
 * server). The app seeds it like the shared one.
 */
import { startTestDatabase, TestDatabase } from './database';

export function startOwnDatabase(): Promise<TestDatabase> {
  return startTestDatabase();
}
