/**
 * Writes a migration with the SQL that takes the committed migrations to the current entities.
 *   npm run db:migration -- AddBookings
 * It starts an in-memory embedded PostgreSQL, applies every committed migration, asks TypeORM
 * what differs from the entities, and writes libs/api/database/src/migrations/<timestamp>-<name>.ts.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataSourceOptions, startEmbeddedPostgres } from '@debrief/api/database';
import { ALL_ENTITIES } from '@debrief/api/server';
import { DataSource } from 'typeorm';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name: npm run db:migration -- AddBookings');
  const pg = await startEmbeddedPostgres('memory://');
  const db = new DataSource(dataSourceOptions({ url: pg.url, poolSize: 1, entities: ALL_ENTITIES }));
  try {
    await db.initialize();
    const sql = await db.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log('The migrations already match the entities; nothing to write.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const q = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const down = [...sql.downQueries].reverse().map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const file = join(__dirname, '../../libs/api/database/src/migrations', `${timestamp}-${name}.ts`);
    writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    console.log(`Wrote ${file}; add ${className} to libs/api/database/src/migrations/index.ts`);
  } finally {
    if (db.isInitialized) await db.destroy();
    await pg.stop();
  }
}

main().then(
  // PGlite's WASM runtime can keep the event loop alive after it is closed.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
