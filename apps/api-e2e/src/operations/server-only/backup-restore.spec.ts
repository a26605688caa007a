import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Role } from '@debrief/shared/domain';
import { MIGRATIONS } from '@debrief/api/database';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createTestUser, expectNoErrors, SIGN_IN, startApi, TestApi } from '../../support/api';

/**
 * Backups, as the README's operations section shows them for the real server: pg_dump of the
 * running database (custom format), pg_restore into a fresh database, the app started on it. The
 * migrations find nothing to do, and the data is there through the API: a user (with their
 * password and session), the demo student's bookings. Real server only (pg_dump/pg_restore speak
 * to a PostgreSQL server; the embedded database is backed up by copying its stopped data directory).
 */
describe('backup with pg_dump and restore with pg_restore into a fresh database', () => {
  const sourceUrl = process.env['DATABASE_URL'] as string;
  const server = new URL(sourceUrl);
  const restoredName = `debrief_restore_${Date.now()}_${process.pid}`;
  const restoredUrl = Object.assign(new URL(sourceUrl), { pathname: `/${restoredName}` }).href;
  const dir = mkdtempSync(join(tmpdir(), 'debrief-backup-'));
  const dumpFile = join(dir, 'debrief.dump');
  let a: TestApi | undefined;
  let b: TestApi | undefined;

  const maintenance = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: Object.assign(new URL(sourceUrl), { pathname: '/postgres' }).href });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await maintenance((c) => c.query(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`));
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores users, sessions and bookings, and the app starts on the copy with no migration to run', async () => {
    expect(server.protocol).toBe('postgres:');
    a = await startApi();
    const user = await createTestUser(a, await a.signInAs(Role.Admin), { label: 'backup', role: Role.Coach });
    const signedIn = await a.gql(a.agent(), SIGN_IN, { input: { email: user.email, password: user.password } });
    const cookie = ([signedIn.headers['set-cookie']].flat() as string[]).find((c) => c.startsWith('debrief_session='))?.split(';')[0] as string;
    const student = await a.signInAs(Role.Student);
    const bookingsQuery = `{ myBookings(input: { scope: PAST }) { id startsAt status } }`;
    const bookingsBefore = expectNoErrors(await a.gql(student, bookingsQuery)).myBookings as Array<{ id: string }>;
    expect(bookingsBefore.length).toBeGreaterThan(0);
    const migrationsBefore = await a.app.get<DataSource>(getDataSourceToken()).query(`SELECT id, timestamp, name FROM migrations ORDER BY id`);
    expect(migrationsBefore).toHaveLength(MIGRATIONS.length);

    // The README's commands.
    execFileSync('pg_dump', ['--format=custom', '--no-owner', `--file=${dumpFile}`, sourceUrl], { stdio: ['ignore', 'ignore', 'pipe'] });
    expect(statSync(dumpFile).size).toBeGreaterThan(10_000);
    await maintenance((c) => c.query(`CREATE DATABASE "${restoredName}"`));
    execFileSync('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${restoredUrl}`, dumpFile], { stdio: ['ignore', 'ignore', 'pipe'] });

    b = await startApi({ DATABASE_URL: restoredUrl });
    const restored = b.app.get<DataSource>(getDataSourceToken());
    expect(await restored.query(`SELECT current_database() AS db`)).toEqual([{ db: restoredName }]);
    // Migrations: the copy's table is the source's, row for row, and nothing was pending.
    expect(await restored.query(`SELECT id, timestamp, name FROM migrations ORDER BY id`)).toEqual(migrationsBefore);
    expect(await restored.showMigrations()).toBe(false);
    expect((await b.agent().get('/health/ready')).status).toBe(200);

    // Data intact, read through the API of the app on the copy.
    expect(expectNoErrors(await b.gql(b.agent().set('Cookie', cookie), `{ me { email role } }`)).me).toEqual({ email: user.email, role: Role.Coach });
    const again = await b.gql(b.agent(), SIGN_IN, { input: { email: user.email, password: user.password } });
    expect(expectNoErrors(again).signIn).toMatchObject({ email: user.email });
    const bookingsAfter = expectNoErrors(await b.gql(await b.signInAs(Role.Student), bookingsQuery)).myBookings;
    expect(bookingsAfter).toEqual(bookingsBefore);
  });
});
