/**
 * Writes apps/api/schema.graphql from the API's code-first schema, the contract the portal's
 * typed operations are generated from:  npm run schema  (then npm run codegen).
 * The API integration suite fails when the committed file and the served schema differ.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createApp } from '@debrief/api/server';
import { lexicographicSortSchema, printSchema } from 'graphql';

async function main(): Promise<void> {
  const app = await createApp({ DATABASE_URL: undefined, DATA_DIR: 'memory://', SEED_DEMO: 'false', NODE_ENV: 'test', PORTAL_DIST: '/nonexistent' });
  try {
    const { schema } = app.get(GraphQLSchemaHost);
    const header = '# ------------------------------------------------------\n# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)\n# ------------------------------------------------------\n\n';
    const file = join(__dirname, '../../apps/api/schema.graphql');
    writeFileSync(file, header + printSchema(lexicographicSortSchema(schema)) + '\n');
    console.log(`Wrote ${file}`);
  } finally {
    await app.close();
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
