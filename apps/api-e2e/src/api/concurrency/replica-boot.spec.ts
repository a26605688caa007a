import { Client } from 'pg';
import { MIGRATIONS } from '@debrief/api/database';
import { startApi, TestApi } from '../../support/api';

/**
 * Replicas of a fresh deployment start at the same moment on one empty database: exactly one
 * migrates and seeds, the others wait for it, and all of them come up.
 */
describe('several API processes booting on one empty database', () => {
  const serverUrl = (process.env['DATABASE_URL'] as string).replace(/\/[^/]*$/, '');
  const name = `debrief_it_boot_${Date.now()}_${process.pid}`;
  const apis: TestApi[] = [];

  const admin = async <T>(work: (c: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: `${serverUrl}/postgres` });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  beforeAll(() => admin((c) => c.query(`CREATE DATABASE "${name}"`)));
  afterAll(async () => {
    await Promise.all(apis.map((api) => api.close()));
    await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  });

  it('migrates once, seeds once, and serves on all of them', async () => {
    const started = await Promise.allSettled([1, 2, 3].map(() => startApi({ DATABASE_URL: `${serverUrl}/${name}`, SEED_DEMO: 'true', DATABASE_POOL_SIZE: '3' })));
    for (const result of started) if (result.status === 'fulfilled') apis.push(result.value);
    expect(started.map((r) => (r.status === 'rejected' ? String((r.reason as Error)?.message ?? r.reason) : 'up'))).toEqual(['up', 'up', 'up']);

    const db = new Client({ connectionString: `${serverUrl}/${name}` });
    await db.connect();
    try {
      const migrations = await db.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
      expect(migrations.rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
      const admins = await db.query<{ n: string }>(`SELECT count(*) AS n FROM users WHERE email = 'admin@debrief.example'`);
      expect(Number(admins.rows[0].n)).toBe(1);
    } finally {
      await db.end();
    }
    for (const api of apis) {
      const res = await api.gql(api.agent(), `{ signInOptions { emailSignIn } }`);
      expect(res.data?.signInOptions.emailSignIn).toBe(true);
    }
  });
});
