import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// The package exposes its extensions through `exports`, which this repo's CommonJS
// module resolution does not read at compile time; Node resolves it at run time.
const { btree_gist } = require('@electric-sql/pglite/contrib/btree_gist') as typeof import('@electric-sql/pglite/dist/contrib/btree_gist');

export interface EmbeddedPostgres {
  /** A postgres:// URL for the pg driver. */
  url: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL 18 compiled to WASM (PGlite), persisted under `dataDir` (or in memory for
 * `memory://`), reachable by the ordinary pg driver over a loopback socket. It is a single
 * backend: callers must use one pooled connection (see AppConfig.database.poolSize).
 */
export async function startEmbeddedPostgres(dataDir: string, maxConnections = 4): Promise<EmbeddedPostgres> {
  const location = dataDir.startsWith('memory://') ? dataDir : resolve(dataDir, 'pglite');
  if (!location.startsWith('memory://')) mkdirSync(location, { recursive: true });
  const db = await PGlite.create(location, { extensions: { btree_gist } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  const [host, port] = server.getServerConn().split(':');
  return {
    url: `postgres://postgres@${host}:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
