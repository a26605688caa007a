import { Role } from '@debrief/shared/domain';
import { Agent, GqlResponse, startApi, TestApi } from '../../support/api';
import { createStudents, dataSource } from '../../scheduling/scheduling.helpers';
import { clearOpenOffers, freshStart, HOUR, OFFER, SAVE_PROFILE, win } from '../peer.helpers';

/**
 * Matching races across two API processes (two whole apps, each with its own pool of 10
 * connections) on one PostgreSQL server: 100 students of one group offering the same window at
 * the same moment must end in disjoint pairs, nobody in two sessions at once, every offer taken
 * at most once, and at most one student of the group left waiting.
 *
 * Only collected with TEST_DATABASE=postgres (see jest.config.cts).
 */
describe('peer matching races on PostgreSQL', () => {
  let apis: TestApi[];
  let admin: Agent;

  beforeAll(async () => {
    if (process.env['DATABASE_POOL_SIZE'] === '1') throw new Error('The race specs need a real pool: run them with TEST_DATABASE=postgres');
    apis = [await startApi()];
    apis.push(await startApi());
    admin = await apis[0].signInAs(Role.Admin);
  }, 120_000);

  afterEach(async () => {
    await clearOpenOffers(apis[0]);
  });

  afterAll(async () => {
    for (const api of apis ?? []) await api.close();
  });

  async function group(count: number, label: string, level = 'NEW_GRAD'): Promise<{ id: string; agent: Agent }[]> {
    const people = await createStudents(apis[0], admin, count, label);
    const out: { id: string; agent: Agent }[] = [];
    for (const [i, p] of people.entries()) {
      // Each student talks to "their" replica: half to one process, half to the other.
      const api = apis[i % 2];
      const agent = await api.signInAs(p.email, p.password);
      const res = await api.gql(agent, SAVE_PROFILE, { input: { focus: 'CODING', level, languages: ['English'] } });
      if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
      out.push({ id: p.id, agent });
    }
    return out;
  }

  async function race(students: { id: string; agent: Agent }[], windows: { startsAt: string; endsAt: string }[]): Promise<GqlResponse[]> {
    return Promise.all(students.map((s, i) => apis[i % 2].gql(s.agent, OFFER, { input: { windows } })));
  }

  async function check(ids: string[]) {
    const db = dataSource(apis[0]);
    const sessions = (await db.query(`SELECT id, first_id, second_id, first_offer_id, second_offer_id FROM peer_sessions WHERE status = 'BOOKED' AND (first_id = ANY($1) OR second_id = ANY($1))`, [
      ids,
    ])) as { id: string; first_id: string; second_id: string; first_offer_id: string; second_offer_id: string }[];
    const offers = (await db.query(`SELECT id, status, session_id FROM peer_offers WHERE student_id = ANY($1)`, [ids])) as { id: string; status: string; session_id: string | null }[];
    const overlapping = (await db.query(
      `SELECT count(*)::int AS n FROM peer_sessions a JOIN peer_sessions b ON a.id < b.id AND a.status = 'BOOKED' AND b.status = 'BOOKED'
         AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
         AND (a.first_id IN (b.first_id, b.second_id) OR a.second_id IN (b.first_id, b.second_id))
       WHERE a.first_id = ANY($1) OR a.second_id = ANY($1)`,
      [ids],
    )) as { n: number }[];
    return { sessions, offers, overlapping: overlapping[0].n };
  }

  it('pairs 100 students requesting the same window at once into 50 disjoint sessions', async () => {
    const students = await group(100, 'race-peer');
    const start = freshStart();
    const began = Date.now();
    const results = await race(students, [win(start, 60)]);
    const elapsed = Date.now() - began;
    expect(results.filter((r) => r.errors?.length)).toEqual([]);

    const ids = students.map((s) => s.id);
    const { sessions, offers, overlapping } = await check(ids);
    const seated = sessions.flatMap((s) => [s.first_id, s.second_id]);
    expect(new Set(seated).size).toBe(seated.length);
    expect(sessions).toHaveLength(50);
    expect(overlapping).toBe(0);
    // Every offer is in at most one session, and each matched offer names its session.
    const used = sessions.flatMap((s) => [s.first_offer_id, s.second_offer_id]);
    expect(new Set(used).size).toBe(used.length);
    expect(offers.filter((o) => o.status === 'MATCHED')).toHaveLength(100);
    console.log(`100 concurrent peer requests over two API processes: ${elapsed} ms, ${sessions.length} sessions`);
  }, 300_000);

  it('leaves at most one of an odd group waiting, and never seats a student twice when they offer two overlapping windows', async () => {
    const students = await group(21, 'race-peer-odd');
    const start = freshStart();
    // Each student offers two windows overlapping each other: at most one session each at a time.
    const results = await race(students, [win(start, 60), win(new Date(start.getTime() + HOUR / 2), 60)]);
    expect(results.filter((r) => r.errors?.length)).toEqual([]);
    const ids = students.map((s) => s.id);
    const { sessions, offers, overlapping } = await check(ids);
    expect(overlapping).toBe(0);
    const perStudent = new Map<string, number>();
    for (const s of sessions) for (const id of [s.first_id, s.second_id]) perStudent.set(id, (perStudent.get(id) ?? 0) + 1);
    expect(Math.max(...perStudent.values())).toBe(1);
    // Waiting: students with no session whose windows are still open.
    const unmatched = ids.filter((id) => !perStudent.has(id));
    expect(unmatched.length).toBeLessThanOrEqual(1);
    expect(offers.filter((o) => o.status === 'MATCHED')).toHaveLength(sessions.length * 2);
  }, 300_000);
});
