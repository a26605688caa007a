#!/usr/bin/env node
// Writes a brotli (.br) and a gzip (.gz) copy next to every compressible file of a built portal,
// so the server sends compressed bytes without compressing per request. Run by `nx build portal`
// after the Angular build:  node tools/portal/precompress.mjs dist/apps/portal/browser
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2];
if (!root) {
  console.error('usage: precompress.mjs <built portal folder>');
  process.exit(1);
}
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|map|ico|webmanifest|xml)$/;
const MIN_BYTES = 1024;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

let raw = 0;
let br = 0;
let gz = 0;
let count = 0;
for (const path of files(root)) {
  if (statSync(path).size < MIN_BYTES) continue;
  const data = readFileSync(path);
  const brotli = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });
  const gzip = gzipSync(data, { level: 9 });
  if (brotli.length < data.length) writeFileSync(`${path}.br`, brotli);
  if (gzip.length < data.length) writeFileSync(`${path}.gz`, gzip);
  raw += data.length;
  br += Math.min(brotli.length, data.length);
  gz += Math.min(gzip.length, data.length);
  count += 1;
}
const kb = (n) => `${(n / 1024).toFixed(0)} kB`;
console.log(`precompress: ${count} files in ${relative(process.cwd(), root) || root}: ${kb(raw)} raw, ${kb(br)} brotli, ${kb(gz)} gzip`);
