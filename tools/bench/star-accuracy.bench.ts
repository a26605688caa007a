// `npm run bench:star`: how well the STAR analysis reads the hand-labelled answers (per part, on
// the answers used while choosing the cues and on the held-out ones), and how long one 300-word
// answer takes to analyse (p50/p95) in Node. Prints figures; asserts nothing.
import { execSync } from 'node:child_process';
import { analyseStarAnswer, LABELLED_ANSWERS, measureAccuracy } from '@debrief/shared/star-analysis';
import { buildSync } from 'esbuild';
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const loadStart = performance.now();
analyseStarAnswer('I did it.');
const modelLoad = performance.now() - loadStart;

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
for (const set of ['dev', 'held-out'] as const) {
  const report = measureAccuracy(LABELLED_ANSWERS.filter((a) => a.set === set));
  console.log(`\n${set}: ${report.answers} answers, ${report.sentences} sentences, accuracy ${pct(report.accuracy)}` +
    (report.misaligned.length ? ` (split differently, left out: ${report.misaligned.join(', ')})` : ''));
  console.log('part        precision  recall  sentences');
  for (const p of report.perPart) console.log(`${p.part.padEnd(10)}  ${pct(p.precision).padStart(9)}  ${pct(p.recall).padStart(6)}  ${String(p.support).padStart(9)}`);
}

// A 300-word answer: labelled sentences strung together until 300 words.
const pool = LABELLED_ANSWERS.flatMap((a) => a.sentences.map(([, s]) => s));
const words: string[] = [];
for (let i = 0; words.length < 300; i++) words.push(...pool[i % pool.length].split(' '));
const answer = words.slice(0, 300).join(' ');
const times: number[] = [];
for (let i = 0; i < 200; i++) {
  const s = performance.now();
  analyseStarAnswer(answer);
  times.push(performance.now() - s);
}
times.sort((x, y) => x - y);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
console.log(`\n300-word answer in Node: model load ${modelLoad.toFixed(0)} ms once, then p50 ${q(0.5)} ms, p95 ${q(0.95)} ms over ${times.length} runs`);

// The same in Debian's Chromium: the library bundled as the portal would load it, timed in the page.
async function inBrowser(): Promise<void> {
  const executablePath = [process.env['CHROME_PATH'], '/usr/bin/chromium'].find((p) => p && existsSync(p));
  if (!executablePath) return console.log('300-word answer in Chromium: no Chromium (apt-get install -y chromium)');
  const bundle = buildSync({
    stdin: { contents: "import { analyseStarAnswer } from '@debrief/shared/star-analysis'; (globalThis as any).analyse = analyseStarAnswer;", resolveDir: resolve(__dirname, '../..'), loader: 'ts' },
    bundle: true, write: false, format: 'iife', minify: true, platform: 'browser', tsconfig: resolve(__dirname, '../../tsconfig.base.json'),
  }).outputFiles[0];
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: bundle.text });
    const r = await page.evaluate((text) => {
      const analyse = (globalThis as unknown as { analyse: (t: string) => unknown }).analyse;
      const l0 = performance.now(); analyse('I did it.'); const load = performance.now() - l0;
      const t: number[] = [];
      for (let i = 0; i < 200; i++) { const s = performance.now(); analyse(text); t.push(performance.now() - s); }
      t.sort((x, y) => x - y);
      return { load, p50: t[100], p95: t[190] };
    }, answer);
    console.log(`300-word answer in Chromium: bundle ${(bundle.contents.length / 1024).toFixed(0)} kB minified, model load ${r.load.toFixed(0)} ms once, then p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms over 200 runs`);
  } finally {
    await browser.close();
  }
}
void inBrowser().then(() => console.log(`load average: ${execSync('uptime').toString().trim()}`));
