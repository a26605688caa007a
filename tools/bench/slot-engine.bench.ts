/**
 * Slot engine benchmark (a script, not a test):
 *   SWC_NODE_PROJECT=tools/db/tsconfig.json node -r @swc-node/register tools/bench/slot-engine.bench.ts
 * Reference: Cal.com's slot generation took about 20 ms for the same one-coach, four-week job
 * on this machine; the ratio printed is ours / 20 ms (lower is better).
 * The mean is pulled up by rare slow runs (garbage collection, other work on the machine);
 * p99 and max are printed so that tail is visible.
 */
import { DateTime } from 'luxon';
import { computeSlots, slotsForAnyCoach } from '../../libs/api/scheduling/src/lib/slots';
import type { CoachCalendar, Interval, SlotQuery } from '../../libs/api/scheduling/src/lib/slots';

const REFERENCE_MS = 20;
const WARM_UP = 200;
const ITERATIONS = 2_000;
const MINUTE = 60_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` hour-long bookings (plus 10-minute buffers) at distinct on-the-hour weekday starts. */
function bookings(zone: string, from: DateTime, days: number, count: number, seed: number): Interval[] {
  const hourStarts: number[] = [];
  for (let d = 0; d < days; d++) {
    const date = from.plus({ days: d });
    if (date.weekday > 5) continue;
    for (let h = 9; h < 17; h++) hourStarts.push(date.set({ hour: h, minute: 0 }).setZone(zone, { keepLocalTime: true }).toMillis());
  }
  const next = random(seed);
  for (let i = hourStarts.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [hourStarts[i], hourStarts[j]] = [hourStarts[j], hourStarts[i]];
  }
  return hourStarts.slice(0, count).map((s) => ({ start: s - 10 * MINUTE, end: s + 70 * MINUTE }));
}

function coach(coachId: string, zone: string, from: DateTime, days: number, busyCount: number, seed: number): CoachCalendar {
  return {
    coachId,
    timeZone: zone,
    weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 17 * 60 })),
    overrides: [{ date: from.plus({ days: 9 }).toISODate() ?? '', kind: 'DAY_OFF' }],
    busy: bookings(zone, from, days, busyCount, seed),
  };
}

function query(from: DateTime, days: number): SlotQuery {
  const start = from.toMillis();
  return {
    window: { start, end: from.plus({ days }).toMillis() },
    now: start - 86_400_000,
    rules: { durationMinutes: 60, bufferBeforeMinutes: 10, bufferAfterMinutes: 10, minNoticeMinutes: 120, horizonDays: 60, stepMinutes: 30 },
    closures: [{ startDate: from.plus({ days: 17 }).toISODate() ?? '', endDate: from.plus({ days: 17 }).toISODate() ?? '' }],
    centerTimeZone: 'America/Los_Angeles',
    studentBusy: [{ start: start + 2 * 86_400_000, end: start + 2 * 86_400_000 + 60 * MINUTE }],
  };
}

function measure(label: string, run: () => number): void {
  const cold = process.hrtime.bigint();
  let produced = run();
  const coldMs = Number(process.hrtime.bigint() - cold) / 1e6;
  for (let i = 1; i < WARM_UP; i++) produced = run();
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = process.hrtime.bigint();
    produced = run();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const f = (ms: number) => `${ms.toFixed(3)} ms`;
  console.log(`${label} (${produced} slots, ${ITERATIONS} runs after ${WARM_UP} warm-up)`);
  console.log(`  p50 ${f(pick(0.5))}  p95 ${f(pick(0.95))}  mean ${f(mean)}   (p99 ${f(pick(0.99))}, max ${f(times[times.length - 1])})`);
  console.log(`  first call (cold caches, code not yet optimised): ${f(coldMs)}`);
  console.log(`  ratio to ${REFERENCE_MS} ms: p50 ${(pick(0.5) / REFERENCE_MS).toFixed(4)}  mean ${(mean / REFERENCE_MS).toFixed(4)}` +
    `  (${(REFERENCE_MS / mean).toFixed(0)}× faster on the mean)`);
}

// Four weeks from Monday 2026-03-02 in Los Angeles: includes the US spring-forward on 03-08.
const LA = 'America/Los_Angeles';
const fourWeeksFrom = DateTime.fromISO('2026-03-02T00:00', { zone: LA });
const one = coach('coach-la', LA, fourWeeksFrom, 28, 100, 1);
const oneQuery = query(fourWeeksFrom, 28);
measure('computeSlots: 1 coach, Mon–Fri 09:00–17:00 America/Los_Angeles, 100 bookings, 4 weeks', () =>
  computeSlots(one, oneQuery).length,
);

const zones = [LA, 'America/Denver', 'America/Chicago', 'America/New_York', 'Europe/London'];
const weekFrom = DateTime.fromISO('2026-03-09T00:00', { zone: LA });
const twenty = Array.from({ length: 20 }, (_, i) => coach(`coach-${i + 1}`, zones[i % zones.length], weekFrom, 7, 15, i + 2));
const weekQuery = query(weekFrom, 7);
measure('slotsForAnyCoach: 20 coaches in 5 zones, 15 bookings each, 1 week', () =>
  [...slotsForAnyCoach(twenty, weekQuery).values()].reduce((n, ids) => n + ids.length, 0),
);
