export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as Record<string, unknown>)['__EMBEDDED_PG__'] as
    | { db: { close(): Promise<void> }; server: { stop(): Promise<void> } }
    | undefined;
  await embedded?.server.stop();
  await embedded?.db.close();
}
