/**
 * The API under test for load.bench.ts, in its own process so its CPU is its own: boots
 * createApp on a loopback port with the given DATABASE_URL, counts the SQL statements the pg
 * driver sends, and answers the parent's 'stats' message with { statements, cpuMs }.
 */
import 'reflect-metadata';
import { Session } from 'node:inspector/promises';
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
  const session = new Session();
  process.on('message', (msg: string) => {
    if (msg === 'profile-start') void startProfile(session);
    if (msg === 'profile-stop') void stopProfile(session).then((summary) => process.send?.({ summary }));
    if (msg === 'stats') {
      const cpu = process.cpuUsage();
      process.send?.({ statements, cpuMs: (cpu.user + cpu.system) / 1000 });
    }
    if (msg === 'stop') void app.close().then(() => process.exit(0));
  });
  process.send?.({ port });
}

async function startProfile(session: Session): Promise<void> {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}

type Profile = { nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] };

/** Self time by package (or repo file) and the top functions, as percentages of the busy (non-idle) samples. */
async function stopProfile(session: Session): Promise<string> {
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes as { id: number; children?: number[] }[]) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const callers = new Map<string, Map<string, number>>();
  const where = new Map<string, number>();
  const fns = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const dt = profile.timeDeltas[i] ?? 0;
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') return;
    // The profiler's own work (the inspector's dispatch of Profiler.stop) is not the server's.
    if (!frame.url && frame.functionName === 'dispatch' && byId.get(parentOf.get(id) ?? -1)?.callFrame.url === 'node:inspector') return;
    const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(frame.url)?.[1];
    const key = pkg ?? (frame.url.includes('/libs/') ? `libs/${frame.url.split('/libs/')[1]}` : frame.url.startsWith('node:') ? 'node internals' : frame.url || frame.functionName);
    where.set(key, (where.get(key) ?? 0) + dt);
    const fn = `${frame.functionName || '(anonymous)'} ${pkg ?? key.split('/').slice(-1)[0]}:${frame.lineNumber + 1}`;
    fns.set(fn, (fns.get(fn) ?? 0) + dt);
    // Native frames (no url) are named by who called them.
    if (!frame.url) {
      const p = byId.get(parentOf.get(id) ?? -1)?.callFrame;
      const by = callers.get(fn) ?? new Map<string, number>();
      const caller = p ? `${p.functionName || '(anonymous)'} ${/node_modules\/((@[^/]+\/)?[^/]+)/.exec(p.url)?.[1] ?? p.url.split('/').slice(-1)[0]}` : '?';
      by.set(caller, (by.get(caller) ?? 0) + dt);
      callers.set(fn, by);
    }
    busy += dt;
  });
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ${((v / busy) * 100).toFixed(1)}%`).join(', ');
  const natives = [...fns].filter(([k]) => callers.has(k)).sort((a, b) => b[1] - a[1]).slice(0, 3);
  const calledBy = natives.map(([k]) => `${k.split(' ')[0]} ← ${top(callers.get(k) as Map<string, number>, 2)}`).join('; ');
  return `by package: ${top(where, 10)}\n    top functions: ${top(fns, 12)}\n    native frames' callers: ${calledBy}`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
