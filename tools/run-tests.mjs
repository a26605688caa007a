#!/usr/bin/env node
// `npm test`: lint (module boundaries included), every unit test, then the API integration
// suite on the embedded PostgreSQL. Needs only Node. Prints one summary line at the end.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, TZ: 'UTC', NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false', FORCE_COLOR: '0' };
const nx = (...args) => ['npx', ['nx', ...args, '--output-style=static']];
const steps = [
  ['lint', nx('run-many', '-t', 'lint', '--parallel=2')],
  ['unit tests', nx('run-many', '-t', 'test', '--parallel=1', '--exclude=api-e2e,portal-e2e')],
  ['API integration (embedded PostgreSQL)', nx('run', 'api-e2e:e2e', '--skip-nx-cache')],
];

let passed = 0;
let failed = 0;
for (const [name, [cmd, args]] of steps) {
  console.log(`\n=== ${name}`);
  const run = spawnSync(cmd, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, "");
  for (const m of output.matchAll(/^Tests:\s+(.*)$/gm)) {
    passed += Number(/(\d+) passed/.exec(m[1])?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(m[1])?.[1] ?? 0);
  }
  if (run.status !== 0) {
    console.error(`\nnpm test: ${name} failed.`);
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(run.status ?? 1);
  }
}
console.log(`\nnpm-test: ${passed} passed, ${failed} failed`);
if (passed === 0) {
  console.error('npm test: no tests ran.');
  process.exit(1);
}
