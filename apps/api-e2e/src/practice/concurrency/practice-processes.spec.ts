import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Role } from '@debrief/shared/domain';
import * as Y from 'yjs';
import { Agent, startApi, TestApi } from '../../support/api';
import { dataSource, retireCoaches } from '../../scheduling/scheduling.helpers';
import { createRoomWorld, openPad, PadClient, RoomWorld, sessionAt, waitFor } from '../practice.helpers';

const ROOT = join(__dirname, '../../../../..');

interface ApiProcess {
  child: ChildProcess;
  base: string;
  stop(): Promise<void>;
}

/** The API in an OS process of its own (api-process.ts), on the suite's database and the given Redis. */
function apiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'api-process.ts')], {
    cwd: ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: join(ROOT, 'tools/db/tsconfig.json'), SEED_DEMO: 'false', WORKERS: 'off', LOG_LEVEL: 'warn', PORTAL_DIST: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API process did not listen within 90 s: ${err.slice(-2000)}`)), 90_000);
    child.once('exit', (code) => reject(new Error(`API process exited (${code}): ${err.slice(-2000)}`)));
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /LISTENING (\d+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        child,
        base: `ws://127.0.0.1:${m[1]}`,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      });
    });
  });
}

/**
 * Two API processes — two OS processes, each its own Node and Hocuspocus — on one PostgreSQL and
 * one Redis: the coach on process A and the student on process B see each other's keystrokes, and
 * the document stored in the database is the merge of both. (The server tier: it needs Redis.)
 */
describe('practice room across two OS processes through Redis', () => {
  const redis = { REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379', REDIS_PREFIX: `it-${randomUUID().slice(0, 8)}` };
  let api: TestApi;
  let w: RoomWorld;
  const processes: ApiProcess[] = [];
  const clients: PadClient[] = [];

  beforeAll(async () => {
    api = await startApi();
    w = await createRoomWorld(api, await api.signInAs(Role.Admin), await api.signInAs(Role.Staff), 'procs');
    processes.push(...(await Promise.all([apiProcess(redis), apiProcess(redis)])));
  }, 180_000);

  afterAll(async () => {
    for (const c of clients) c.destroy();
    await Promise.all(processes.map((p) => p.stop()));
    if (api) await retireCoaches(api, (await api.signInAs(Role.Admin)) as Agent, [w?.coach, w?.otherCoach]);
    await api?.close();
  });

  it('converges a coach on process A and a student on process B, and stores the merge', async () => {
    const [a, b] = processes;
    expect(a.child.pid).not.toBe(b.child.pid);
    const id = await sessionAt(api, w, 0);
    const coach = openPad(a.base, id, w.coach.cookie, `practice:${id}:code`);
    const student = openPad(b.base, id, w.student.cookie, `practice:${id}:code`);
    clients.push(coach, student);
    await Promise.all([coach.synced, student.synced]);

    coach.text.insert(0, 'from A;');
    await waitFor("the coach's keystrokes on process B", () => student.text.toString().includes('from A;'));
    student.text.insert(student.text.length, ' from B;');
    await waitFor("the student's keystrokes on process A", () => coach.text.toString().includes('from B;'));
    for (let i = 0; i < 20; i++) {
      coach.text.insert(coach.text.length, 'c');
      student.text.insert(0, 's');
    }
    await waitFor('both sides to hold every keystroke', () => coach.text.length === 15 + 40 && student.text.toString() === coach.text.toString());
    const text = coach.text.toString();
    expect({ c: text.split('c').length - 1, s: text.split('s').length - 1 }).toEqual({ c: 20, s: 20 });

    // Stored by the processes (debounced): the database holds the same merged document.
    const stored = async () => {
      const rows: { update: Buffer }[] = await dataSource(api).query(`SELECT "update" FROM practice_document_updates WHERE document_name = $1 ORDER BY id`, [`practice:${id}:code`]);
      const doc = new Y.Doc();
      for (const r of rows) Y.applyUpdate(doc, new Uint8Array(r.update));
      return doc.getText('content').toString();
    };
    const until = Date.now() + 15_000;
    let last = '';
    while ((last = await stored()) !== text && Date.now() < until) await new Promise((r) => setTimeout(r, 250));
    expect(last).toBe(text);
  });
});
