// Measuring helpers the benchmark scripts share: percentiles, a timed call, a closed-loop throughput run.

export type Stats = { n: number; p50: number; p95: number; mean: number };

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, p50: at(0.5), p95: at(0.95), mean: s.reduce((a, b) => a + b, 0) / s.length };
}

export const fmt = (x: number) => x.toFixed(2);

/** Prints one latency line: label, p50, p95, mean, sample count. */
export function printStats(label: string, st: Stats, width = 44): void {
  console.log(`${label.padEnd(width)} p50 ${fmt(st.p50)} ms  p95 ${fmt(st.p95)} ms  mean ${fmt(st.mean)} ms  (n=${st.n})`);
}

export async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const result = await fn();
  return [performance.now() - t, result];
}

/** Runs `work` from `clients` concurrent loops for `seconds`; returns completed operations per second. */
export async function throughput(clients: number, seconds: number, work: (client: number, i: number) => Promise<unknown>): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; performance.now() < until; i++) {
        await work(c, i);
        done++;
      }
    }),
  );
  return done / seconds;
}
