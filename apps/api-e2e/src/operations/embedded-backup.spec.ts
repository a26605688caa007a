import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import { MIGRATIONS } from '@debrief/api/database';
import { PasswordHasher } from '@debrief/api/identity';
import type { DataSource } from 'typeorm';
import { expectNoErrors, SIGN_IN, startApi, TestApi } from '../support/api';
import type { TestDatabase } from '../support/database';
import { startPgliteProcess } from '../support/own-database';

/**
 * The README's backup of the embedded database (PGlite keeping its files under DATA_DIR): stop it,
 * copy its data directory, start on the copy. It comes up with every migration already applied and
 * the data written before the copy, and nothing written after it. PGlite runs in a child process
 * with the embedded mode's layout (Jest's sandbox refuses PGlite's dynamic imports in-process).
 */
describe('backup of the embedded database by copying its stopped data directory', () => {
  const root = mkdtempSync(join(tmpdir(), 'debrief-embedded-backup-'));
  const live = join(root, 'live');
  const copy = join(root, 'copy');
  let api: TestApi | undefined;
  let database: TestDatabase | undefined;

  /** The data directory served by PGlite, and the app on it (no demo data). */
  const startOn = async (dir: string) => {
    database = await startPgliteProcess(dir);
    api = await startApi({ DATABASE_URL: database.url, DATABASE_POOL_SIZE: '1', SEED_DEMO: 'false' });
    return api;
  };
  const stop = async () => {
    await api?.close();
    await database?.stop();
    api = database = undefined;
  };

  afterAll(async () => {
    await stop();
    rmSync(root, { recursive: true, force: true });
  });

  const migrationsOf = (app: TestApi) => app.app.get<DataSource>(getDataSourceToken()).query(`SELECT id, timestamp, name FROM migrations ORDER BY id`) as Promise<unknown[]>;

  it('a copy of the stopped .data starts with no migration to run and the data as it was', async () => {
    api = await startOn(live);
    const db = api.app.get<DataSource>(getDataSourceToken());
    const migrations = await migrationsOf(api);
    expect(migrations).toHaveLength(MIGRATIONS.length);
    // A password account, written straight into the database (this one has no demo data).
    const hash = await api.app.get(PasswordHasher).hash('backup-password-123');
    await db.query(`INSERT INTO users (email, name, role, password_hash, time_zone) VALUES ('backup-admin@example.org', 'Backup Admin', 'ADMIN', $1, 'UTC')`, [hash]);
    await stop();

    cpSync(live, copy, { recursive: true });

    // The original goes on and changes; the copy must not see it.
    await startOn(live);
    await (api as TestApi).app.get<DataSource>(getDataSourceToken()).query(`UPDATE users SET name = 'Changed After Backup' WHERE email = 'backup-admin@example.org'`);
    await stop();

    api = await startOn(copy);
    expect(await migrationsOf(api)).toEqual(migrations);
    expect((await api.agent().get('/health/ready')).status).toBe(200);
    const agent = api.agent();
    expectNoErrors(await api.gql(agent, SIGN_IN, { input: { email: 'backup-admin@example.org', password: 'backup-password-123' } }));
    expect(expectNoErrors(await api.gql(agent, `{ me { email name role } }`)).me).toEqual({ email: 'backup-admin@example.org', name: 'Backup Admin', role: 'ADMIN' });
  });
});
