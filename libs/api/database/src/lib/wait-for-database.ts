import { Client } from 'pg';

/** Where a URL points, without its password, for messages. */
export function describeDatabase(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/**
 * Waits until PostgreSQL accepts a connection, retrying with a growing delay; then fails with
 * one line saying where and why (a database that is still starting is the common case).
 */
export async function waitForDatabase(url: string, attempts: number, log: (line: string) => void = () => undefined): Promise<void> {
  let lastError = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return;
    } catch (error) {
      lastError = (error as Error).message || (error as { code?: string }).code || String(error);
      if (attempt < attempts) {
        const delay = Math.min(250 * 2 ** (attempt - 1), 4000);
        log(`Database ${describeDatabase(url)} not reachable (${lastError}); retrying in ${delay} ms (${attempt}/${attempts})`);
        await new Promise((r) => setTimeout(r, delay));
      }
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new Error(`Database ${describeDatabase(url)} is unreachable after ${attempts} attempts: ${lastError}`);
}
