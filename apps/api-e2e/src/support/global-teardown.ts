export default async function globalTeardown(): Promise<void> {
  const databases = globalThis.__DEBRIEF_TEST_DATABASES__ ?? [];
  globalThis.__DEBRIEF_TEST_DATABASES__ = undefined;
  await Promise.all(databases.map((d) => d.stop()));
}
