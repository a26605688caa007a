import { DateTime } from 'luxon';

export interface Occurrence {
  start: Date;
  end: Date;
}

export interface ClosureRange {
  startDate: string;
  endDate: string;
  reason: string;
}

export interface SkippedOccurrence extends Occurrence {
  reason: string;
}

/**
 * A weekly series: the first occurrence's wall-clock time in the center's zone, repeated every
 * 7 local days (so 4 pm stays 4 pm across a daylight-saving change), `weeks` times.
 */
export function weeklyOccurrences(first: Occurrence, weeks: number, zone: string): Occurrence[] {
  const start = DateTime.fromJSDate(first.start, { zone });
  const end = DateTime.fromJSDate(first.end, { zone });
  return Array.from({ length: weeks }, (_, i) => ({
    start: start.plus({ weeks: i }).toJSDate(),
    end: end.plus({ weeks: i }).toJSDate(),
  }));
}

/** Custom dates: each start keeps the first occurrence's duration. */
export function customOccurrences(first: Occurrence, starts: readonly Date[]): Occurrence[] {
  const duration = first.end.getTime() - first.start.getTime();
  const all = [first.start, ...starts.filter((s) => s.getTime() !== first.start.getTime())].sort((a, b) => a.getTime() - b.getTime());
  return all.map((s) => ({ start: s, end: new Date(s.getTime() + duration) }));
}

/** Drops the occurrences whose local date (center zone) falls in a closure, and says why. */
export function skipClosures(
  occurrences: readonly Occurrence[],
  closures: readonly ClosureRange[],
  zone: string,
): { kept: Occurrence[]; skipped: SkippedOccurrence[] } {
  const kept: Occurrence[] = [];
  const skipped: SkippedOccurrence[] = [];
  for (const o of occurrences) {
    const date = DateTime.fromJSDate(o.start, { zone }).toISODate() as string;
    const closure = closures.find((c) => c.startDate <= date && date <= c.endDate);
    if (closure) skipped.push({ ...o, reason: closure.reason });
    else kept.push(o);
  }
  return { kept, skipped };
}

/**
 * Moves an occurrence the way an edit of another one moved: by the same number of local days,
 * to the edited one's new wall-clock start, with its new duration.
 */
export function shiftLike(
  occurrence: Occurrence,
  before: Occurrence,
  after: Occurrence,
  zone: string,
): Occurrence {
  const b = DateTime.fromJSDate(before.start, { zone });
  const a = DateTime.fromJSDate(after.start, { zone });
  const days = Math.round(a.startOf('day').diff(b.startOf('day'), 'days').days);
  const start = DateTime.fromJSDate(occurrence.start, { zone })
    .startOf('day')
    .plus({ days })
    .set({ hour: a.hour, minute: a.minute, second: 0, millisecond: 0 });
  const duration = after.end.getTime() - after.start.getTime();
  return { start: start.toJSDate(), end: new Date(start.toMillis() + duration) };
}
