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
