#!/usr/bin/env node
// What a first visit to the portal costs on the wire: starts the built app (demo.js on a fresh,
// seeded embedded database), opens the sign-in page in a fresh Chromium profile (no cache) and
// counts the bytes every response transferred (compressed, as sent), JavaScript apart; then signs
// in as the demo student and counts what the student home adds, and what it costs cold (a new
// profile with the session cookie). Prints the cache headers of the page and of a hashed script.
//
//   npm run build && npm run bench:portal        (CHROME_PATH overrides /usr/bin/chromium)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const entry = join(root, 'dist/apps/api/demo.js');
const portal = join(root, 'dist/apps/portal/browser');
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const BUDGET_JS = 300 * 1024;
for (const path of [entry, portal, executablePath]) {
  if (!existsSync(path)) {
    console.error(`bench:portal: ${path} is missing (npm run build; Chromium: apt-get install -y chromium)`);
    process.exit(1);
  }
}

const port = await new Promise((ok) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => ok(p));
  });
});
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'debrief-bench-portal-'));
const app = spawn(process.execPath, [entry], {
  cwd: root,
  env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: base, DATA_DIR: dataDir, SEED_DEMO: 'true', COOKIE_SECURE: 'false', WORKERS: 'off' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

try {
  for (let started = Date.now(); ; ) {
    if (app.exitCode !== null) throw new Error(`the app exited with ${app.exitCode}`);
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() - started > 180_000) throw new Error('the app did not answer /health within 180 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  console.log(`portal first visit, ${base}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);

  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic'] });
  try {
    /** Loads `path` in `context`, returns what the responses transferred, by type. */
    async function visit(page, run, label) {
      const pending = [];
      const onResponse = (response) => pending.push(measure(response));
      const measure = async (response) => {
        await response.finished().catch(() => null);
        const sizes = await response.request().sizes().catch(() => null);
        if (!sizes) return null;
        return ({ url: response.url(), type: response.request().resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize, body: sizes.responseBodySize, encoding: response.headers()['content-encoding'] ?? '' });
      };
      page.on('response', onResponse);
      await run();
      await page.waitForLoadState('networkidle');
      page.off('response', onResponse);
      const seen = (await Promise.all(pending)).filter(Boolean);
      const js = seen.filter((r) => r.type === 'script');
      const sum = (rows, key) => rows.reduce((a, r) => a + r[key], 0);
      const ok = sum(js, 'body') <= BUDGET_JS ? 'within' : 'OVER';
      console.log(`\n${label}: ${seen.length} responses, ${kb(sum(seen, 'bytes'))} transferred; JavaScript ${js.length} files, ${kb(sum(js, 'body'))} of bodies (${ok} the ${kb(BUDGET_JS)} budget)`);
      for (const r of js.sort((a, b) => b.body - a.body).slice(0, 6)) console.log(`  ${kb(r.body).padStart(9)}  ${r.encoding || 'identity'}  ${new URL(r.url).pathname}`);
      return seen;
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    const first = await visit(page, () => page.goto(`${base}/sign-in`), 'sign-in page, empty cache');

    await visit(
      page,
      async () => {
        await page.getByLabel('Email').fill('student@debrief.example');
        await page.getByLabel('Password').fill('debrief-demo');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForURL(`${base}/`);
      },
      'student home after signing in (what it adds to the warm cache)',
    );

    const cold = await browser.newContext({ storageState: await context.storageState() });
    const coldPage = await cold.newPage();
    await visit(coldPage, () => coldPage.goto(`${base}/`), 'student home, empty cache, signed in');
    await cold.close();
    await context.close();

    const script = first.find((r) => r.type === 'script' && /\/main-[A-Z0-9]{8}\.js$/.test(r.url));
    const headers = async (url) => {
      const res = await fetch(url, { headers: { 'Accept-Encoding': 'br, gzip' } });
      await res.arrayBuffer();
      return `${res.headers.get('cache-control')}; content-encoding ${res.headers.get('content-encoding') ?? 'identity'}`;
    };
    console.log(`\nCache-Control of /: ${await headers(`${base}/`)}`);
    if (script) console.log(`Cache-Control of ${new URL(script.url).pathname}: ${await headers(script.url)}`);
  } finally {
    await browser.close();
  }
} finally {
  app.kill('SIGTERM');
  await new Promise((r) => (app.exitCode !== null ? r() : app.on('exit', r)));
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`\nload average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
