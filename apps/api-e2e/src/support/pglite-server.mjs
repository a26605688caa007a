// A private embedded PostgreSQL (PGlite over a socket) in a plain Node process: PGlite loads parts
// of itself with dynamic import(), which Jest's module sandbox refuses, so a spec that needs a
// database of its own starts this one (see own-database.ts). Prints "PORT <n>", then serves until
// SIGTERM or until its parent goes away (stdin closes). With a directory argument it keeps its files
// there, laid out as the app's embedded mode does (<dir>/pglite), else in memory.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const dataDir = process.argv[2];
if (dataDir) mkdirSync(resolve(dataDir, 'pglite'), { recursive: true });
const db = dataDir
  ? await PGlite.create(resolve(dataDir, 'pglite'), { extensions: { btree_gist } })
  : await PGlite.create({ extensions: { btree_gist } });
const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 32 });
await server.start();
process.stdout.write(`PORT ${server.getServerConn().split(':').pop()}\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop().catch(() => undefined);
  await db.close().catch(() => undefined);
  process.exit(0);
}
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
