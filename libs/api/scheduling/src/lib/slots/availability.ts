import type { IANAZone } from 'luxon';
import { isoWeekday, parseIsoDate } from './civil-date';
import { clipIntervals, mergeIntervals, subtractIntervals } from './interval-math';
import type { Closure, CoachCalendar, Interval, Millis, SlotQuery } from './slot-types';
import { localEpochDay, wallToInstant, zoneOf } from './zone-clock';

/**
 * A coach's open time: weekly hours, plus EXTRA hours, minus DAY_OFF dates (a day off removes
 * the whole local date, EXTRA hours on it included), minus center closures.
 *
 * Ranges are minutes of a local date in the coach's zone and become instants per day and
 * range (see zone-clock.ts for DST gaps and overlaps). Input is trusted to have passed
 * validateWeeklyRanges/validateOverrides; minutes are only clamped to 0..1440 here.
 */

type MinuteRange = readonly [number, number];

/** Hours that chain through midnight are looked back at most this far (see coachHoursAround). */
const MAX_LOOKBACK_DAYS = 7;

interface DayPlan {
  zone: IANAZone;
  byWeekday: MinuteRange[][]; // index 1..7
  extra: Map<number, MinuteRange[]>;
  dayOff: Set<number>;
}

function clampRange(start: number, end: number): MinuteRange | null {
  const s = Math.max(0, start);
  const e = Math.min(1440, end);
  return s < e ? [s, e] : null;
}

function planFor(coach: CoachCalendar): DayPlan {
  const byWeekday: MinuteRange[][] = [[], [], [], [], [], [], [], []];
  for (const w of coach.weekly) {
    const range = clampRange(w.startMinute, w.endMinute);
    if (range && w.weekday >= 1 && w.weekday <= 7) byWeekday[w.weekday].push(range);
  }
  const extra = new Map<number, MinuteRange[]>();
  const dayOff = new Set<number>();
  for (const o of coach.overrides) {
    const day = parseIsoDate(o.date);
    if (o.kind === 'DAY_OFF') {
      dayOff.add(day);
    } else if (o.startMinute !== undefined && o.endMinute !== undefined) {
      const range = clampRange(o.startMinute, o.endMinute);
      if (range) extra.set(day, [...(extra.get(day) ?? []), range]);
    }
  }
  return { zone: zoneOf(coach.timeZone), byWeekday, extra, dayOff };
}

/** Unmerged instants of one local date's hours. */
function hoursOfDay(plan: DayPlan, day: number, out: Interval[]): void {
  if (plan.dayOff.has(day)) return;
  const weekly = plan.byWeekday[isoWeekday(day)];
  const extra = plan.extra.get(day);
  const ranges = extra ? [...weekly, ...extra] : weekly;
  for (const [startMinute, endMinute] of ranges) {
    const start = wallToInstant(plan.zone, day, startMinute);
    const end = wallToInstant(plan.zone, day, endMinute);
    // A range lying wholly inside a DST gap, or starting in it, can come out empty.
    if (start < end) out.push({ start, end });
  }
}

/**
 * The coach's hours (closures not applied) covering [from, to), not clipped. When hours run
 * through midnight, the merged interval is followed back (up to MAX_LOOKBACK_DAYS) to where it
 * really starts, because interval starts are the step anchors of slots: without the look-back,
 * a coach open 22:00–24:00 and 00:00–02:00 would get different slot grids for different windows.
 */
export function coachHoursAround(coach: CoachCalendar, from: Millis, to: Millis): Interval[] {
  const plan = planFor(coach);
  let firstDay = localEpochDay(plan.zone, from) - 1;
  const lastDay = localEpochDay(plan.zone, to) + 1;
  const raw: Interval[] = [];
  for (let day = firstDay; day <= lastDay; day++) hoursOfDay(plan, day, raw);
  let hours = mergeIntervals(raw);
  for (let back = 0; back < MAX_LOOKBACK_DAYS; back++) {
    if (hours.length === 0 || hours[0].start > wallToInstant(plan.zone, firstDay, 0)) break;
    firstDay -= 1;
    hoursOfDay(plan, firstDay, raw);
    hours = mergeIntervals(raw);
  }
  return hours;
}

/**
 * Closures as instants: [local midnight of startDate, local midnight after endDate) in the
 * center's zone. A closure whose end date precedes its start date closes nothing.
 */
export function closureIntervals(closures: readonly Closure[], centerTimeZone: string): Interval[] {
  const zone = zoneOf(centerTimeZone);
  return mergeIntervals(
    closures.map((c) => ({
      start: wallToInstant(zone, parseIsoDate(c.startDate), 0),
      end: wallToInstant(zone, parseIsoDate(c.endDate) + 1, 0),
    })),
  );
}

/** Hours minus closures, not clipped (what slot search steps through). */
export function openTimeAround(
  coach: CoachCalendar,
  query: Pick<SlotQuery, 'closures' | 'centerTimeZone'>,
  from: Millis,
  to: Millis,
): Interval[] {
  const hours = coachHoursAround(coach, from, to);
  if (query.closures.length === 0) return hours;
  return subtractIntervals(hours, closureIntervals(query.closures, query.centerTimeZone));
}

/** The coach's open time in the window: merged, sorted, clipped to the window. */
export function openIntervals(
  coach: CoachCalendar,
  query: Pick<SlotQuery, 'window' | 'closures' | 'centerTimeZone'>,
): Interval[] {
  const { window } = query;
  if (!(window.end > window.start)) return [];
  return clipIntervals(openTimeAround(coach, query, window.start, window.end), window);
}
