// PGlite loads its WASM with a dynamic import that jest's module sandbox refuses, so the
// embedded PostgreSQL for this project's specs starts here, in jest's own process; specs
// reach it over the loopback socket through TEST_EMBEDDED_DATABASE_URL.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export default async function globalSetup(): Promise<void> {
  const { btree_gist } = require('@electric-sql/pglite/contrib/btree_gist');
  const db = await PGlite.create('memory://', { extensions: { btree_gist } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
  await server.start();
  process.env['TEST_EMBEDDED_DATABASE_URL'] = `postgres://postgres@${server.getServerConn()}/postgres`;
  (globalThis as Record<string, unknown>)['__EMBEDDED_PG__'] = { db, server };
}
