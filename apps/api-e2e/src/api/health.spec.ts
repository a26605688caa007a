import { DataSource } from 'typeorm';
import { startApi, TestApi } from '../support/api';

describe('GET /health', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers 200 JSON with the database up', async () => {
    const res = await api.agent().get('/health');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/json/);
    const body = res.body as Record<string, unknown> & {
      info?: Record<string, { status?: string }>;
      details?: Record<string, { status?: string }>;
    };
    const database = body.info?.['database'] ?? body.details?.['database'] ?? body['database'];
    const status = typeof database === 'string' ? database : (database as { status?: string } | undefined)?.status;
    expect({ database: status }).toEqual({ database: 'up' });
  });

  it('needs no session', async () => {
    const res = await api.agent().get('/health').set('Cookie', 'garbage=1');
    expect(res.status).toBe(200);
  });
});

describe('GET /health/live and /health/ready', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('are public and up when the database answers and every migration is applied', async () => {
    const live = await api.agent().get('/health/live');
    expect([live.status, live.body.status]).toEqual([200, 'ok']);
    const ready = await api.agent().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info).toEqual({ database: { status: 'up' }, migrations: { status: 'up' } });
  });

  it('reports not ready (503) while a committed migration is not applied, and live all the same', async () => {
    const db = api.app.get(DataSource);
    const [last] = (await db.query(`SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1`)) as { id: number; timestamp: string; name: string }[];
    await db.query(`DELETE FROM migrations WHERE id = $1`, [last.id]);
    try {
      const ready = await api.agent().get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.error).toEqual({ migrations: { status: 'down', message: 'migrations pending' } });
      expect((await api.agent().get('/health')).status).toBe(503);
      expect((await api.agent().get('/health/live')).status).toBe(200);
    } finally {
      await db.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [last.id, last.timestamp, last.name]);
    }
    expect((await api.agent().get('/health/ready')).status).toBe(200);
  });
});
