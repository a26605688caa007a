const { esmTransform, esmTransformIgnorePatterns } = require('../../jest.esm.cjs');

/**
 * The concurrency specs race many requests through the app's connection pool; PGlite is one
 * backend behind one connection, so there they would prove nothing. They run only against a real
 * PostgreSQL server (TEST_DATABASE=postgres). Every domain keeps them in src/<domain>/concurrency/.
 */
const onPostgres = ['postgres', 'pg'].includes((process.env['TEST_DATABASE'] ?? '').trim().toLowerCase());

/**
 * Workers, each with its own database (global setup starts one per worker): two on the embedded
 * database, where a spec's app and its PGlite process keep two cores busy, one on the real server
 * (its concurrency specs race many clients themselves). API_E2E_WORKERS overrides; --runInBand is one.
 */
const workers = Number(process.env['API_E2E_WORKERS'] ?? (onPostgres ? 1 : 2));

/**
 * API integration suite: every spec boots the whole API in-process with createApp() and talks to
 * it over HTTP (supertest). The databases are started in global setup (PGlite by default,
 * TEST_DATABASE=postgres for a real server), one per worker: the spec files of one worker share
 * its database, one at a time.
 */
export default {
  displayName: 'api-e2e',
  preset: '../../jest.preset.js',
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...(onPostgres ? [] : ['<rootDir>/src/[^/]+/concurrency/'])],
  maxWorkers: workers,
  setupFiles: ['<rootDir>/src/support/worker-database.ts'],
  testTimeout: 120_000,
  // Every spec closes its apps, but a handle Jest cannot name (seen after the practice-room specs
  // on the embedded database, with no socket or child left open) kept one run alive with every
  // test done; the suite must end when its tests have. Open handles are a finding for
  // `--detectOpenHandles`, not a reason for CI to wait forever.
  forceExit: true,
  transform: {
    ...esmTransform,
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  transformIgnorePatterns: esmTransformIgnorePatterns,
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/api-e2e',
};
