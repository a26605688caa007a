export default async function globalTeardown(): Promise<void> {
  const database = globalThis.__DEBRIEF_TEST_DATABASE__;
  globalThis.__DEBRIEF_TEST_DATABASE__ = undefined;
  await database?.stop();
}
