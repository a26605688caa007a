/**
 * One API as its own OS process, for the two-process practice spec: boots createApp() with this
 * process's environment (the spec passes DATABASE_URL, REDIS_URL, REDIS_PREFIX), listens on a free
 * loopback port, prints "LISTENING <port>", and closes cleanly on SIGTERM.
 * Run with: SWC_NODE_PROJECT=tools/db/tsconfig.json node -r @swc-node/register <this file>
 */
import 'reflect-metadata';
import { createApp } from '@debrief/api/server';

async function main(): Promise<void> {
  const app = await createApp(process.env);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  process.stdout.write(`LISTENING ${port}\n`);
  process.once('SIGTERM', () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`api-process failed: ${(error as Error)?.stack ?? error}\n`);
  process.exit(1);
});
