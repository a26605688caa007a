import type { Interval, Millis } from './slot-types';

/** Sorted, disjoint copy; overlapping or touching intervals are joined, empty ones dropped. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const { start, end } of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      if (end > last.end) last.end = end;
    } else {
      out.push({ start, end });
    }
  }
  return out;
}

/** `from` minus `cut`; both sorted and disjoint (as mergeIntervals returns). */
export function subtractIntervals(from: readonly Interval[], cut: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const iv of from) {
    let start = iv.start;
    while (j < cut.length && cut[j].end <= start) j++;
    let k = j;
    while (k < cut.length && cut[k].start < iv.end) {
      if (cut[k].start > start) out.push({ start, end: cut[k].start });
      start = Math.max(start, cut[k].end);
      k++;
    }
    if (start < iv.end) out.push({ start, end: iv.end });
  }
  return out;
}

/** Intersection of sorted disjoint intervals with one window. */
export function clipIntervals(intervals: readonly Interval[], window: Interval): Interval[] {
  const out: Interval[] = [];
  for (const iv of intervals) {
    const start = Math.max(iv.start, window.start);
    const end = Math.min(iv.end, window.end);
    if (start < end) out.push({ start, end });
  }
  return out;
}

/** Index of the first interval whose end is after `t` (sorted disjoint input). */
function firstEndingAfter(sorted: readonly Interval[], t: Millis): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].end > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Does [start, end) overlap any interval of a sorted disjoint list? Touching does not count. */
export function overlapsAny(sorted: readonly Interval[], start: Millis, end: Millis): boolean {
  const i = firstEndingAfter(sorted, start);
  return i < sorted.length && sorted[i].start < end;
}

/** The interval of a sorted disjoint list that wholly contains [start, end), if any. */
export function containing(sorted: readonly Interval[], start: Millis, end: Millis): Interval | undefined {
  const iv = sorted[firstEndingAfter(sorted, start)];
  return iv && iv.start <= start && end <= iv.end ? iv : undefined;
}
