/**
 * The API under test for load.bench.ts, in its own process so its CPU is its own: boots
 * createApp on a loopback port with the given DATABASE_URL, counts the SQL statements the pg
 * driver sends, and answers the parent's 'stats' message with { statements, cpuMs }.
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { createApp } from '@debrief/api/server';

let statements = 0;
const original = Client.prototype.query;
Client.prototype.query = function (this: Client, ...args: unknown[]) {
  statements++;
  return (original as (...a: unknown[]) => unknown).apply(this, args);
} as typeof original;

async function main(): Promise<void> {
  const app = await createApp({
    DATABASE_URL: process.env['BENCH_DATABASE_URL'] as string,
    DATABASE_POOL_SIZE: '10',
    SEED_DEMO: 'false',
    NODE_ENV: 'production',
    PORTAL_DIST: '/nonexistent',
    LOGIN_MAX_FAILURES_PER_IP: '1000000',
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000000',
    WORKERS: process.env['BENCH_WORKERS'] ?? 'off',
    LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'warn',
  });
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as { port: number }).port;
  process.on('message', (msg: string) => {
    if (msg === 'stats') {
      const cpu = process.cpuUsage();
      process.send?.({ statements, cpuMs: (cpu.user + cpu.system) / 1000 });
    }
    if (msg === 'stop') void app.close().then(() => process.exit(0));
  });
  process.send?.({ port });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
