import { defineConfig } from '@playwright/test';

// The e2e run serves the built API (which also serves the built portal) on its own port, with a
// fresh embedded database seeded with the demo career center. `npm run e2e` builds both first.
const PORT = Number(process.env['E2E_PORT'] ?? 4310);
const baseURL = `http://127.0.0.1:${PORT}`;
const dataDir = 'tmp/portal-e2e/data';
/** The test OpenID Connect provider (oidc-provider, tools/test-idp) the SSO spec signs in through. */
const IDP_PORT = PORT + 1000;
const issuer = `http://127.0.0.1:${IDP_PORT}`;

/** Debian's Chromium (browser downloads are not possible here), or CHROME_PATH. */
const executablePath = process.env['CHROME_PATH'] || '/usr/bin/chromium';
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: './src',
  outputDir: '../../dist/.playwright/apps/portal-e2e/test-output',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./src/support/summary.reporter.ts']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath, args: chromiumArgs },
      },
    },
  ],
  webServer: [
    {
      command: 'node tools/test-idp/oidc-idp.mjs',
      cwd: '../..',
      url: `${issuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        IDP_PORT: String(IDP_PORT),
        IDP_CLIENT_ID: 'debrief-e2e',
        IDP_CLIENT_SECRET: 'debrief-e2e-secret-for-tests-only',
        IDP_REDIRECT_URIS: `${baseURL}/auth/oidc/callback`,
        IDP_POST_LOGOUT_REDIRECT_URIS: `${baseURL}/sign-in`,
      },
    },
    {
      // Delete the database first so every run starts from the freshly seeded demo data.
      command: `node -e "fs.rmSync('${dataDir}', { recursive: true, force: true })" && node dist/apps/api/demo.js`,
      cwd: '../..',
      url: `${baseURL}/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(PORT),
        PUBLIC_URL: baseURL,
        DATA_DIR: dataDir,
        SEED_DEMO: 'true',
        COOKIE_SECURE: 'false',
        // The dev outbox fills in as it would after `npm start`: workers poll in the background.
        WORKERS: 'auto',
        WORKER_POLL_MS: '200',
        OIDC_ISSUER: issuer,
        OIDC_CLIENT_ID: 'debrief-e2e',
        OIDC_CLIENT_SECRET: 'debrief-e2e-secret-for-tests-only',
        OIDC_LABEL: 'CampusID',
        OIDC_SCOPES: 'openid email profile groups',
        OIDC_ROLE_CLAIM: 'groups',
        OIDC_ROLE_MAP:
          'career-staff=STAFF,career-coaches=COACH,students=STUDENT',
        SSO_ALLOWED_EMAIL_DOMAINS: 'campus.example',
      },
    },
  ],
});
