#!/usr/bin/env node
// `npm start`: build the API and the portal (Nx caches unchanged builds), then serve both on
// one port. With no DATABASE_URL it runs on the embedded PostgreSQL in ./.data, migrated and
// seeded with the demo center on first start.
import { spawn, spawnSync } from 'node:child_process';

const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: process.env.NX_DAEMON ?? 'false', NX_TUI: 'false' };
const started = Date.now();

console.log('Building the API and the portal (cached after the first run)...');
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'portal', '--output-style=static'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env,
});
if (build.status !== 0) {
  console.error('npm start: the build failed (see above).');
  process.exit(build.status ?? 1);
}
console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s; starting Debrief...`);

const api = spawn(process.execPath, ['dist/apps/api/demo.js'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
