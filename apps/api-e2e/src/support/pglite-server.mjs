// A private embedded PostgreSQL (PGlite over a socket) in a plain Node process: the suite's
// databases, one per Jest worker, and a spec's own (see database.ts). PGlite loads parts of itself
// with dynamic import(), which Jest's module sandbox refuses, and in a process of its own it runs
// on the other core than the app under test. Prints "PORT <n>", then serves until SIGTERM or until
// its parent goes away (stdin closes, or stdout has no reader any more).
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Filled in once started; stop() may run before that. */
const live = { db: undefined, server: undefined };
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await live.server?.stop().catch(() => undefined);
  await live.db?.close().catch(() => undefined);
  process.exit(0);
}
// Before the (slow) start, so a parent that gave up meanwhile still ends this process.
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
process.stdout.on('error', stop);

live.db = await PGlite.create({ extensions: { btree_gist } });
live.server = new PGLiteSocketServer({ db: live.db, port: 0, host: '127.0.0.1', maxConnections: 32 });
await live.server.start();
process.stdout.write(`PORT ${live.server.getServerConn().split(':').pop()}\n`);
