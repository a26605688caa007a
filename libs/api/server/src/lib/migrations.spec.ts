import { dataSourceOptions, MIGRATIONS } from '@debrief/api/database';
import { DataSource } from 'typeorm';
import { ALL_ENTITIES } from './entities';

/**
 * The committed migrations must produce exactly what the entities describe: if this fails,
 * run `npm run db:migration -- <Name>` and commit the file it writes.
 */
describe('committed migrations', () => {
  let db: DataSource;

  beforeAll(async () => {
    const url = process.env['TEST_EMBEDDED_DATABASE_URL'] as string;
    db = new DataSource(dataSourceOptions({ url, poolSize: 1, entities: ALL_ENTITIES }));
    await db.initialize();
  }, 60_000);

  afterAll(async () => {
    if (db?.isInitialized) await db.destroy();
  });

  it('all ran on a fresh database', async () => {
    const rows = (await db.query('SELECT name FROM migrations ORDER BY id')) as { name: string }[];
    expect(rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('leave nothing for the entities to change', async () => {
    const pending = await db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('never synchronize the schema from the entities', () => {
    expect(db.options.synchronize).toBe(false);
    expect(db.options.migrationsRun).toBe(true);
  });

  it('store every instant as timestamptz', () => {
    const naive = db.entityMetadatas.flatMap((m) =>
      m.columns.filter((c) => c.type === 'timestamp' || c.type === Date).map((c) => `${m.tableName}.${c.databaseName}`),
    );
    expect(naive).toEqual([]);
  });

  it('can be reverted to an empty schema', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await db.undoLastMigration();
    const tables = (await db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`)) as unknown[];
    expect(tables).toEqual([]);
    await db.runMigrations();
  });
});
