#!/usr/bin/env node
// Lighthouse's performance score of the sign-in page and the student home, in Debian's Chromium:
// starts the built app (demo.js on a fresh, seeded embedded database), signs the demo student in
// through the form in the same browser, then runs Lighthouse (its default mobile profile with
// simulated throttling, and the desktop profile) against each page. Prints the score and the
// metrics behind it; the target is 90 or more on both pages. Prints figures; asserts nothing.
//
//   npm run build && npm run bench:lighthouse        (CHROME_PATH overrides /usr/bin/chromium)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const entry = join(root, 'dist/apps/api/demo.js');
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
for (const path of [entry, join(root, 'dist/apps/portal/browser'), executablePath]) {
  if (!existsSync(path)) {
    console.error(`bench:lighthouse: ${path} is missing (npm run build; Chromium: apt-get install -y chromium)`);
    process.exit(1);
  }
}
const freePort = () =>
  new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => ok(p));
    });
  });
const port = await freePort();
const debugPort = await freePort();
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'debrief-bench-lighthouse-'));
const app = spawn(process.execPath, [entry], {
  cwd: root,
  env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: base, DATA_DIR: dataDir, SEED_DEMO: 'true', COOKIE_SECURE: 'false', WORKERS: 'off' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

try {
  for (let started = Date.now(); ; ) {
    if (app.exitCode !== null) throw new Error(`the app exited with ${app.exitCode}`);
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() - started > 180_000) throw new Error('the app did not answer /health within 180 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} against ${base}; load average ${load()}`);
  const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'debrief-lh-profile-')), {
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', `--remote-debugging-port=${debugPort}`],
  });
  try {
    const audit = async (label, url) => {
      for (const [profile, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
        const result = await lighthouse(url, { port: debugPort, output: 'json', logLevel: 'error', onlyCategories: ['performance'], disableStorageReset: true }, config);
        const lhr = result.lhr;
        const metric = (id) => lhr.audits[id]?.displayValue ?? '–';
        const score = Math.round((lhr.categories.performance.score ?? 0) * 100);
        console.log(
          `${label.padEnd(14)} ${profile.padEnd(8)} score ${String(score).padStart(3)} ${score >= 90 ? '(meets 90)' : '(below 90)'}  ` +
            `FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}`,
        );
      }
    };
    await audit('sign-in page', `${base}/sign-in`);
    const page = await browser.newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByLabel('Email').fill('student@debrief.example');
    await page.getByLabel('Password').fill('debrief-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${base}/`);
    await page.close();
    // disableStorageReset keeps the session cookie, so Lighthouse loads the signed-in home.
    await audit('student home', `${base}/`);
  } finally {
    await browser.close();
  }
} finally {
  app.kill('SIGTERM');
  await new Promise((r) => (app.exitCode !== null ? r() : app.on('exit', r)));
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`load average after: ${load()}`);
