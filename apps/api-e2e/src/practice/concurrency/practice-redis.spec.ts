import { randomUUID } from 'node:crypto';
import { Role } from '@debrief/shared/domain';
import { Agent, startApi, TestApi } from '../../support/api';
import { retireCoaches } from '../../scheduling/scheduling.helpers';
import { createRoomWorld, openPad, PadClient, RoomWorld, sessionAt, waitFor, wsBase } from '../practice.helpers';

/**
 * Two API instances on one database with REDIS_URL (Redis at TEST_REDIS_URL, default
 * redis://127.0.0.1:6379, with a prefix of this run's own): a coach on one and a student on the
 * other see each other's keystrokes, and what is stored is the merge of both. Runs with the real
 * PostgreSQL server tier (it needs Redis, as that tier needs a server).
 */
describe('practice room across two API processes through Redis', () => {
  const redis = { REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379', REDIS_PREFIX: `it-${randomUUID().slice(0, 8)}` };
  let one: TestApi;
  let two: TestApi;
  let w: RoomWorld;
  const clients: PadClient[] = [];

  beforeAll(async () => {
    one = await startApi(redis);
    two = await startApi(redis);
    w = await createRoomWorld(one, await one.signInAs(Role.Admin), await one.signInAs(Role.Staff), 'redis');
  });

  afterAll(async () => {
    for (const c of clients) c.destroy();
    if (one) await retireCoaches(one, (await one.signInAs(Role.Admin)) as Agent, [w?.coach, w?.otherCoach]);
    await two?.close();
    await one?.close();
  });

  it('converges a coach on one process and a student on the other, keystroke by keystroke', async () => {
    const id = await sessionAt(one, w, 0);
    const coach = openPad(wsBase(one), id, w.coach.cookie, `practice:${id}:code`);
    const student = openPad(wsBase(two), id, w.student.cookie, `practice:${id}:code`);
    clients.push(coach, student);
    await Promise.all([coach.synced, student.synced]);
    for (let i = 0; i < 25; i++) {
      coach.text.insert(coach.text.length, 'c');
      student.text.insert(0, 's');
    }
    await waitFor('both sides to hold all 50 keystrokes', () => coach.text.length === 50 && student.text.toString() === coach.text.toString());
    // Where concurrent runs meet depends on the clients' Yjs ids (random); that nothing is lost and
    // both sides hold the same text does not.
    const text = coach.text.toString();
    expect({ c: text.split('c').length - 1, s: text.split('s').length - 1 }).toEqual({ c: 25, s: 25 });
    expect(student.text.toString()).toBe(text);
  });
});
