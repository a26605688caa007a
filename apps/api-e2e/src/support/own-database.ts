/**
 * A database for one spec file alone, for walks that change shared state (the input fuzz): on the
 * real server a fresh database like the suite's (startTestDatabase), embedded a PGlite in a child
 * process (pglite-server.mjs). The app seeds it like the shared one.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startTestDatabase, TestDatabase, testDatabaseMode } from './database';

export async function startOwnDatabase(): Promise<TestDatabase> {
  if (testDatabaseMode() === 'postgres') return startTestDatabase('postgres');
  return startPgliteProcess();
}

/** PGlite in a child process, in memory or keeping its files under `dataDir` (as the app's embedded mode does). */
export async function startPgliteProcess(dataDir?: string): Promise<TestDatabase> {
  const child = spawn(process.execPath, [join(__dirname, 'pglite-server.mjs'), ...(dataDir ? [dataDir] : [])], { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`pglite-server did not start: ${out}`)), 60_000);
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
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
