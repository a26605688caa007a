#!/usr/bin/env node
// `npm run e2e`: builds the API and the portal, then runs the Playwright specs in apps/portal-e2e
// against Debian's Chromium (or CHROME_PATH). Exits with Playwright's exit code.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const chromium = candidates.find((path) => existsSync(path));
if (!chromium) {
  console.error("e2e: no Chromium found — install it with 'apt-get install -y chromium' or set CHROME_PATH");
  process.exit(1);
}

const env = { ...process.env, CHROME_PATH: chromium, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' };
function run(args) {
  const result = spawnSync('npx', args, { cwd: root, env, stdio: 'inherit' });
  return result.status ?? 1;
}

const built = run(['nx', 'run-many', '-t', 'build', '-p', 'api', 'portal']);
if (built !== 0) process.exit(built);
process.exit(run(['playwright', 'test', '-c', 'apps/portal-e2e/playwright.config.ts', ...process.argv.slice(2)]));
