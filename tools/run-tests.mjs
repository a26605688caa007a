#!/usr/bin/env node
// `npm test`: lint (module boundaries included), every unit test, then the API integration
// suite on the embedded PostgreSQL. Needs only Node. Prints each step's wall and CPU time and the
// load average it ran under, then one summary line.
//
// Lint is one ESLint process over every project's folder, each file under its project's own
// eslint.config.mjs (ESLint's per-folder config lookup), instead of one nx process and one ESLint
// start per project; the rules, module boundaries included, are the same as `nx lint <project>`.
//
// The unit tests run as one jest multi-project run (the root jest.config.ts) with two workers, not
// one nx process per project: jest, the transformers and the test environments start once, and
// the two cores stay busy across project boundaries. The API integration suite is the api-e2e
// project; it runs on its own (its spec files share one database, one at a time).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { spawnSync } from 'node:child_process';

const env = { ...process.env, TZ: 'UTC', NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false', FORCE_COLOR: '0' };
const nx = (...args) => ['npx', ['nx', ...args, '--output-style=static']];
const workers = process.env.TEST_WORKERS ?? '2';
const steps = [
  ['lint', ['npx', ['eslint', '--flag', 'v10_config_lookup_from_file', ...projectRoots()]]],
  ['unit tests', ['npx', ['jest', '-c', 'jest.config.ts', '--ignoreProjects', 'api-e2e', `--maxWorkers=${workers}`]]],
  ['API integration (embedded PostgreSQL)', nx('run', 'api-e2e:e2e', '--skip-nx-cache')],
];

/** Every Nx project's folder (apps/*, libs/<scope>/*, tools/*): the folders `nx lint` would lint. */
function projectRoots() {
  const dirs = (parent) => (existsSync(parent) ? readdirSync(parent, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(parent, d.name)) : []);
  const candidates = [...dirs('apps'), ...dirs('libs').flatMap(dirs), ...dirs('tools')];
  return candidates.filter((dir) => existsSync(join(dir, 'project.json'))).sort();
}

/** CPU seconds (user + system) of every child this process has waited for, from /proc (Linux). */
function childCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime, cstime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const timings = [];
let passed = 0;
let failed = 0;
const started = Date.now();
for (const [name, [cmd, args]] of steps) {
  console.log(`\n=== ${name}`);
  const [t0, cpu0, load0] = [Date.now(), childCpuSeconds(), load()];
  const run = spawnSync(cmd, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  let stepPassed = 0;
  for (const m of output.matchAll(/^Tests:\s+(.*)$/gm)) {
    stepPassed += Number(/(\d+) passed/.exec(m[1])?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(m[1])?.[1] ?? 0);
  }
  passed += stepPassed;
  timings.push({ name, wall: (Date.now() - t0) / 1000, cpu: childCpuSeconds() - cpu0, tests: stepPassed, load: `${load0} → ${load()}` });
  if (run.status !== 0) {
    console.error(`\nnpm test: ${name} failed.`);
    printTimings();
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(run.status ?? 1);
  }
}
printTimings();
console.log(`\nnpm-test: ${passed} passed, ${failed} failed`);
if (passed === 0) {
  console.error('npm test: no tests ran.');
  process.exit(1);
}

function printTimings() {
  console.log('\nstep                                     wall s   cpu s  tests  load average (1, 5, 15 min) before → after');
  for (const t of timings) {
    console.log(`${t.name.padEnd(40)} ${t.wall.toFixed(1).padStart(6)} ${t.cpu.toFixed(1).padStart(7)} ${String(t.tests).padStart(6)}  ${t.load}`);
  }
  console.log(`${'total'.padEnd(40)} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)}`);
}
