#!/usr/bin/env node
// Each domain owns its tables: no domain's SQL names another domain's table (issue 11). This greps
// every domain lib (libs/api/* tagged `domain:<name>` other than shared/app) for table names after
// FROM / JOIN / INTO / UPDATE / TABLE / REFERENCES and in query-builder
// calls (.from('users'), .innerJoin('users', …)) in its non-test sources (comments stripped), and prints each
// hit on a table another domain owns. Exits 1 on any hit not listed in KNOWN below.
//
// A domain's tables are derived, not listed by hand: the `@Entity('<table>')` names under its lib,
// plus each table a committed migration creates that has no entity (e.g. login_throttle), given to
// the one domain whose sources name it (two domains naming it is itself a finding).
//
//   node tools/bench/boundaries.mjs           prints the ownership map and the hits
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/**
 * Hits another branch is removing (h-fast: scheduling's last joins on identity's tables). Listed
 * by file and table, so a new hit elsewhere still fails; empty this once that branch has landed.
 */
const KNOWN = [
  ['libs/api/scheduling/src/lib/calendar/calendar.loader.ts', 'users'],
  ['libs/api/scheduling/src/lib/calendar/calendar.loader.ts', 'coach_profiles'],
  ['libs/api/scheduling/src/lib/bookings/bookings.service.ts', 'users'],
  ['libs/api/scheduling/src/lib/bookings/bookings.query.ts', 'users'],
];

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(ts|mjs|js)$/.test(name) && !/\.(spec|test)\.ts$/.test(name)) out.push(path);
  }
  return out;
}

/** Source without comments (a comment may name another domain's table in prose). */
function code(path) {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

// The domain libs and their files.
const domains = new Map();
for (const lib of readdirSync(join(root, 'libs/api'))) {
  let project;
  try {
    project = JSON.parse(readFileSync(join(root, 'libs/api', lib, 'project.json'), 'utf8'));
  } catch {
    continue;
  }
  const tag = (project.tags ?? []).find((t) => t.startsWith('domain:'));
  const name = tag?.slice('domain:'.length);
  if (!name || name === 'shared' || name === 'app') continue;
  domains.set(name, { files: walk(join(root, 'libs/api', lib, 'src')).map((f) => ({ path: relative(root, f), text: code(f) })), tables: new Set() });
}

// Tables: entities first …
const owner = new Map();
for (const [name, d] of domains) {
  for (const f of d.files) {
    for (const m of f.text.matchAll(/@Entity\(\s*['"`]([a-z_][a-z0-9_]*)['"`]/g)) {
      if (owner.has(m[1]) && owner.get(m[1]) !== name) throw new Error(`table ${m[1]} has entities in ${owner.get(m[1])} and ${name}`);
      owner.set(m[1], name);
      d.tables.add(m[1]);
    }
  }
}

// … then the migrations' tables without an entity, to the one domain whose sources name them.
const migrationDir = join(root, 'libs/api/database/src/migrations');
const created = new Set();
for (const file of readdirSync(migrationDir)) {
  for (const m of readFileSync(join(migrationDir, file), 'utf8').matchAll(/CREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF NOT EXISTS\s+)?"?([a-z_][a-z0-9_]*)"?/gi)) created.add(m[1]);
}
const problems = [];
for (const table of [...created].filter((t) => !owner.has(t)).sort()) {
  const word = new RegExp(`\\b${table}\\b`);
  const users = [...domains].filter(([, d]) => d.files.some((f) => word.test(f.text))).map(([n]) => n);
  if (users.length === 1) {
    owner.set(table, users[0]);
    domains.get(users[0]).tables.add(table);
  } else if (users.length > 1) problems.push(`table ${table} (no entity) is named by ${users.join(' and ')}: give it one owner`);
}
for (const t of [...owner.keys()].filter((t) => !created.has(t))) problems.push(`entity table ${t} (${owner.get(t)}) is created by no migration`);

// The hits.
// Raw SQL (FROM users, JOIN users u, …) and query-builder calls naming a table (.innerJoin('users', …)).
const SQL_NAME = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE|REFERENCES)\s+(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)"?|\.(?:from|into|update|delete|(?:inner|left)Join(?:AndSelect|AndMapOne|AndMapMany)?)\(\s*['"`]([a-z_][a-z0-9_]*)['"`]/gi;
const hits = [];
for (const [name, d] of domains) {
  for (const f of d.files) {
    for (const m of f.text.matchAll(SQL_NAME)) {
      const table = m[1] ?? m[2];
      const other = owner.get(table);
      if (!other || other === name) continue;
      const line = f.text.slice(0, m.index).split('\n').length;
      const known = KNOWN.some(([p, t]) => p === f.path && t === table);
      hits.push({ domain: name, other, table, where: `${f.path}:${line}`, known });
    }
  }
}

console.log('tables per domain (from entities; migration-only tables by their one user):');
for (const [name, d] of domains) console.log(`  ${name.padEnd(14)} ${[...d.tables].sort().join(', ') || '(none)'}`);
console.log(`\n${hits.length} reference(s) to another domain's table${hits.length ? ':' : ''}`);
for (const h of hits) console.log(`  ${h.known ? 'known ' : 'NEW   '} ${h.domain} → ${h.other}.${h.table}  ${h.where}`);
for (const p of problems) console.log(`  PROBLEM ${p}`);
const fresh = hits.filter((h) => !h.known);
const stale = KNOWN.filter(([p, t]) => !hits.some((h) => h.known && h.where.startsWith(`${p}:`) && h.table === t));
for (const [p, t] of stale) console.log(`  (listed as known but gone: ${t} in ${p}; remove it from KNOWN)`);
console.log(`\nboundaries: ${fresh.length} new, ${hits.length - fresh.length} known, ${problems.length} problem(s)`);
process.exit(fresh.length || problems.length ? 1 : 0);
