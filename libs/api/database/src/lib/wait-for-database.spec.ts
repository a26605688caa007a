import { createServer } from 'node:net';
import { describeDatabase, waitForDatabase } from './wait-for-database';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('waitForDatabase', () => {
  it('describes a database without its password', () => {
    expect(describeDatabase('postgres://app:s3cret@db.internal:6543/debrief')).toBe('db.internal:6543/debrief');
    expect(describeDatabase('postgres://db/debrief')).toBe('db:5432/debrief');
  });

  it('retries, logs each wait, and then fails with one line saying where and why', async () => {
    const port = await closedPort();
    const lines: string[] = [];
    const error = await waitForDatabase(`postgres://u:pw@127.0.0.1:${port}/x`, 3, (l) => lines.push(l)).catch((e: unknown) => e);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('retrying in 250 ms (1/3)');
    const message = (error as Error).message;
    expect(message).toMatch(new RegExp(`^Database 127\\.0\\.0\\.1:${port}/x is unreachable after 3 attempts: .*ECONNREFUSED`));
    expect(message).not.toContain('pw');
    expect(message).not.toContain('\n');
  });
});
