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
// project: two jest workers, each with its own embedded database in a process of its own (the
// files of one worker share it, one at a time); it runs beside the unit tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { spawn } from 'node:child_process';

const env = { ...process.env, TZ: 'UTC', NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false', FORCE_COLOR: '0' };
const workers = process.env.TEST_WORKERS ?? '2';
const steps = [
  ['lint', ['npx', ['eslint', '--flag', 'v10_config_lookup_from_file', ...projectRoots()]]],
  // No domain's SQL names another domain's table (a grep, under a second; beside lint).
  ['domain boundaries', ['node', ['tools/bench/boundaries.mjs']]],
  ['unit tests', ['npx', ['jest', '-c', 'jest.config.ts', '--ignoreProjects', 'api-e2e', `--maxWorkers=${workers}`]]],
  // Jest directly, as the api-e2e:e2e target does (its config sets the workers and their databases).
  ['API integration (embedded PostgreSQL)', ['npx', ['jest', '-c', 'apps/api-e2e/jest.config.cts']]],
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

/** Runs one step with its output kept, resolves with its exit status and output. */
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
  });
}

// Lint first (a broken import fails fast); then the unit tests and the integration suite side by
// side: each waits on I/O (the integration suite on its PGlite processes) part of the time, so
// together they keep both cores busy. TEST_SERIAL=1 runs them one after the other.
const groups = process.env.TEST_SERIAL ? steps.map((step) => [step]) : [steps.slice(0, 2), steps.slice(2)];
for (const group of groups) {
  const [t0, cpu0, load0] = [Date.now(), childCpuSeconds(), load()];
  const results = await Promise.all(group.map(async ([name, [cmd, args]]) => ({ name, ...(await run(cmd, args)), wall: (Date.now() - t0) / 1000 })));
  const cpu = childCpuSeconds() - cpu0;
  let failedStep;
  for (const result of results) {
    console.log(`\n=== ${result.name}`);
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    // eslint-disable-next-line no-control-regex -- strips ANSI colour codes
    const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    let stepPassed = 0;
    for (const m of output.matchAll(/^Tests:\s+(.*)$/gm)) {
      stepPassed += Number(/(\d+) passed/.exec(m[1])?.[1] ?? 0);
      failed += Number(/(\d+) failed/.exec(m[1])?.[1] ?? 0);
    }
    passed += stepPassed;
    timings.push({ name: result.name, wall: result.wall, cpu: group.length === 1 ? cpu : NaN, tests: stepPassed, load: `${load0} → ${load()}` });
    if (result.status !== 0) failedStep ??= result;
  }
  if (group.length > 1) timings.push({ name: `  (these ${group.length} side by side)`, wall: (Date.now() - t0) / 1000, cpu, tests: NaN, load: '' });
  if (failedStep) {
    console.error(`\nnpm test: ${failedStep.name} failed.`);
    printTimings();
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failedStep.status ?? 1);
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
    const num = (x, digits = 1) => (Number.isNaN(x) ? '' : x.toFixed(digits));
    console.log(`${t.name.padEnd(40)} ${num(t.wall).padStart(6)} ${num(t.cpu).padStart(7)} ${num(t.tests, 0).padStart(6)}  ${t.load}`);
  }
  console.log(`${'total'.padEnd(40)} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)}`);
}
