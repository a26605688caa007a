import { Workers } from '@debrief/api/notifications';
import { Role } from '@debrief/shared/domain';
import { Agent, expectNoErrors, GqlResponse, startApi, TestApi } from '../../support/api';
import { createStudents, dataSource, Person } from '../../scheduling/scheduling.helpers';
import { CANCEL_REGISTRATION, createWorkshop, register, Registration, seatMismatches } from '../workshops.helpers';

/**
 * Registration races over the app's real connection pool against PostgreSQL: 100 students at
 * once for 20 seats, then 10 cancellations at once (each promoting the next in line), with a
 * watcher reading the committed state throughout. Only collected with TEST_DATABASE=postgres.
 */
describe('workshop registration races on PostgreSQL', () => {
  let api: TestApi;
  let admin: Agent;
  let staff: Agent;
  let students: Person[];
  let latecomers: Person[];
  let workshopId: string;
  const observed: Record<string, unknown> = {};

  beforeAll(async () => {
    if (process.env['DATABASE_POOL_SIZE'] === '1') throw new Error('The race specs need a real pool: run them with TEST_DATABASE=postgres');
    api = await startApi();
    admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    students = await createStudents(api, admin, 100, 'ws-race');
    latecomers = await createStudents(api, admin, 10, 'ws-late');
    workshopId = (await createWorkshop(api, staff, { capacity: 20, title: `IT race workshop ${Date.now().toString(36)}` })).id;
  }, 600_000);

  afterAll(async () => {
    console.log(`[workshop races] observed: ${JSON.stringify(observed, null, 2)}`);
    await api?.close();
  });

  interface Row {
    id: string;
    student_id: string;
    status: string;
    queue_no: number;
    promoted_at: Date | null;
  }
  const rows = async (): Promise<Row[]> =>
    dataSource(api).query(`SELECT id, student_id, status::text, queue_no, promoted_at FROM workshop_registrations WHERE workshop_id = $1 ORDER BY queue_no`, [workshopId]);

  /**
   * Reads the committed counter and registrations over and over while `work` runs (each read is
   * one statement, so one committed snapshot): the seats held must never exceed capacity, and the
   * counter must always match them.
   */
  async function watched<T>(work: () => Promise<T>): Promise<{ result: T; reads: number; violations: unknown[] }> {
    let done = false;
    const violations: unknown[] = [];
    let reads = 0;
    const watcher = (async () => {
      while (!done) {
        const [s] = await dataSource(api).query(
          `SELECT w.capacity, w.seats_taken AS taken,
                  (SELECT count(*)::int FROM workshop_registrations r WHERE r.workshop_id = w.id AND r.status IN ('REGISTERED','ATTENDED','NO_SHOW')) AS held
             FROM workshops w WHERE w.id = $1`,
          [workshopId],
        );
        reads += 1;
        if (s.held > s.capacity || s.taken > s.capacity || s.held !== s.taken) violations.push(s);
      }
    })();
    try {
      return { result: await work(), reads, violations };
    } finally {
      done = true;
      await watcher;
    }
  }

  it('100 concurrent registrations for 20 seats: exactly 20 registered and 80 waitlisted, in arrival order', async () => {
    const { result, reads, violations } = await watched(() =>
      Promise.all(students.map(async (s) => ({ s, res: (await register(api, s.agent, workshopId)) as GqlResponse<{ registerForWorkshop: Registration }> }))),
    );
    observed['registration race'] = { watcherReads: reads, violations: violations.length };
    expect(violations).toEqual([]);
    const answers = result.map(({ s, res }) => ({ s, reg: expectNoErrors(res).registerForWorkshop }));
    expect(answers.filter((a) => a.reg.status === 'REGISTERED')).toHaveLength(20);
    expect(answers.filter((a) => a.reg.status === 'WAITLISTED')).toHaveLength(80);

    const all = await rows();
    expect(all).toHaveLength(100);
    // Arrival order is the order the workshop's lock was granted (queue_no 1..100 without gaps):
    // the first 20 arrivals hold the seats, the other 80 wait in that same order.
    expect(all.map((r) => r.queue_no)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(all.slice(0, 20).every((r) => r.status === 'REGISTERED')).toBe(true);
    expect(all.slice(20).every((r) => r.status === 'WAITLISTED')).toBe(true);
    // Every waitlisted student was told their place: 1..80, each once, matching their arrival.
    const byStudent = new Map(all.map((r) => [r.student_id, r]));
    for (const { s, reg } of answers) {
      const row = byStudent.get(s.id) as Row;
      expect(reg.status).toBe(row.status);
      if (reg.status === 'WAITLISTED') expect(reg.waitlistPosition).toBe(row.queue_no - 20);
    }
    expect(await seatMismatches(api, [workshopId])).toEqual([]);
  });

  it('10 concurrent cancellations: exactly 10 promotions, the first 10 in line, nobody twice, never above capacity', async () => {
    const before = await rows();
    const seated = before.filter((r) => r.status === 'REGISTERED').slice(0, 10);
    const expectedPromoted = before.filter((r) => r.status === 'WAITLISTED').slice(0, 10).map((r) => r.id);
    const agentOf = new Map(students.map((s) => [s.id, s.agent]));
    const { result, reads, violations } = await watched(() =>
      Promise.all(seated.map((r) => api.gql(agentOf.get(r.student_id) as Agent, CANCEL_REGISTRATION, { id: r.id }))),
    );
    observed['cancellation race'] = { watcherReads: reads, violations: violations.length };
    expect(violations).toEqual([]);
    for (const res of result) expect(expectNoErrors(res).cancelWorkshopRegistration.status).toBe('CANCELLED');

    const after = await rows();
    const promoted = after.filter((r) => r.promoted_at !== null);
    expect(promoted.map((r) => r.id).sort()).toEqual([...expectedPromoted].sort());
    expect(promoted.every((r) => r.status === 'REGISTERED')).toBe(true);
    expect(after.filter((r) => r.status === 'REGISTERED')).toHaveLength(20);
    expect(after.filter((r) => r.status === 'WAITLISTED')).toHaveLength(70);
    expect(after.filter((r) => r.status === 'CANCELLED').map((r) => r.id).sort()).toEqual(seated.map((r) => r.id).sort());
    // One promotion email per promoted student, none for anyone else.
    await api.app.get(Workers).drain();
    const mails: { to_address: string; n: number }[] = await dataSource(api).query(
      `SELECT o.to_address, count(*)::int AS n FROM outbox_messages o JOIN users u ON u.email = o.to_address
        WHERE o.kind = 'workshop-promoted' AND u.id = ANY($1::uuid[]) GROUP BY o.to_address`,
      [students.map((s) => s.id)],
    );
    expect(mails).toHaveLength(10);
    expect(mails.every((m) => m.n === 1)).toBe(true);
    expect(await seatMismatches(api, [workshopId])).toEqual([]);
  });

  it('cancellations and new registrations at once: seats stay full, newcomers queue at the back', async () => {
    const before = await rows();
    const seated = before.filter((r) => r.status === 'REGISTERED').slice(0, 5);
    const firstWaiting = before.filter((r) => r.status === 'WAITLISTED').slice(0, 5).map((r) => r.id);
    const agentOf = new Map(students.map((s) => [s.id, s.agent]));
    const { violations } = await watched(() =>
      Promise.all([
        ...seated.map((r) => api.gql(agentOf.get(r.student_id) as Agent, CANCEL_REGISTRATION, { id: r.id })),
        ...latecomers.map((s) => register(api, s.agent, workshopId)),
      ]),
    );
    expect(violations).toEqual([]);
    const after = await rows();
    expect(after.filter((r) => r.status === 'REGISTERED')).toHaveLength(20);
    expect(after.filter((r) => firstWaiting.includes(r.id)).every((r) => r.status === 'REGISTERED')).toBe(true);
    const late = after.filter((r) => latecomers.some((s) => s.id === r.student_id));
    expect(late).toHaveLength(10);
    expect(late.every((r) => r.status === 'WAITLISTED' && r.queue_no > 100)).toBe(true);
    expect(await seatMismatches(api, [workshopId])).toEqual([]);
  });
});
