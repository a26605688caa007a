import { DataSource } from 'typeorm';
import { ME, startApi, TestApi } from '../support/api';

const TOKEN = 'metrics-token-for-the-suite-0123456789';

describe('request ids', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('are returned in X-Request-Id, kept from the caller when plain, and in coded errors', async () => {
    const res = await api.agent().post('/graphql').send({ query: '{ users { id } }' });
    const id = res.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: id });

    const kept = await api.agent().get('/health/live').set('X-Request-Id', 'lb-trace-0001');
    expect(kept.headers['x-request-id']).toBe('lb-trace-0001');
    const replaced = await api.agent().get('/health/live').set('X-Request-Id', 'bad id\twith spaces');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    const other = await api.agent().post('/graphql').send({ query: ME });
    expect(other.headers['x-request-id']).not.toBe(id);
  });
});

describe('/metrics', () => {
  it('is not served without METRICS_TOKEN', async () => {
    const api = await startApi();
    try {
      expect((await api.agent().get('/metrics')).status).toBe(404);
    } finally {
      await api.close();
    }
  });

  describe('with METRICS_TOKEN', () => {
    let api: TestApi;

    beforeAll(async () => {
      api = await startApi({ METRICS_TOKEN: TOKEN });
    });

    afterAll(async () => {
      await api?.close();
    });

    it('refuses a missing or wrong bearer token', async () => {
      expect((await api.agent().get('/metrics')).status).toBe(401);
      expect((await api.agent().get('/metrics').set('Authorization', `Bearer ${TOKEN}x`)).status).toBe(401);
      expect((await api.agent().get('/metrics').set('Authorization', TOKEN)).status).toBe(401);
    });

    it('reports GraphQL durations per operation and outcome, the pool, the job queue and the outbox', async () => {
      await api.agent().post('/graphql').send({ query: ME });
      await api.agent().post('/graphql').send({ query: ME });
      await api.agent().post('/graphql').send({ query: '{ users { id } }' });
      await api.agent().post('/graphql').send({ query: '{ nope }' });
      const res = await api.agent().get('/metrics').set('Authorization', `Bearer ${TOKEN}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      const text = res.text;
      const value = (series: string) => Number(new RegExp(`^${series.replace(/[{}()[\]]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);
      expect(value('debrief_graphql_request_duration_seconds_count{operation="query me",code="OK"}')).toBe(2);
      expect(value('debrief_graphql_request_duration_seconds_count{operation="query users",code="UNAUTHENTICATED"}')).toBe(1);
      expect(value('debrief_graphql_request_duration_seconds_count{operation="invalid",code="BAD_USER_INPUT"}')).toBe(1);
      expect(value('debrief_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
      expect(text).toMatch(/^debrief_db_pool_connections\{state="waiting"\} \d+$/m);
      expect(text).toMatch(/^debrief_jobs_oldest_due_age_seconds \d/m);
      // The queue and the outbox as the database has them (the demo seed queued mail jobs).
      const db = api.app.get(DataSource);
      for (const table of ['jobs', 'outbox_messages']) {
        const rows = (await db.query(`SELECT status::text AS status, count(*)::int AS n FROM ${table} GROUP BY status`)) as { status: string; n: number }[];
        expect(text).toMatch(new RegExp(`^# TYPE debrief_${table} gauge$`, 'm'));
        for (const row of rows) expect({ table, ...row, metric: value(`debrief_${table}{status="${row.status}"}`) }).toEqual({ table, ...row, metric: row.n });
      }
      expect(text).toMatch(/^debrief_process_cpu_seconds_total /m);
    });
  });
});
