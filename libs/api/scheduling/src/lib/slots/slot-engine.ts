import { closureIntervals, coachHoursAround } from './availability';
import { containing, mergeIntervals, overlapsAny, subtractIntervals } from './interval-math';
import type { CoachCalendar, Interval, Millis, SlotQuery, SlotRefusal, SlotRules } from './slot-types';
import { DAY_MS, MINUTE_MS } from './slot-types';

/**
 * Slot search for one coach or "any coach". Pure: no clock, no I/O; `query.now` is the clock.
 *
 * A start S is offered when:
 * - [S, S+duration) lies inside one open interval (see availability.ts) and S is a whole number
 *   of steps after the start of the coach's hours that contain it: the grid belongs to the
 *   coach's own hours, so neither bookings nor a closure ending at the center's midnight (say
 *   11:45 in Kathmandu) move it;
 * - [S−bufferBefore, S+duration+bufferAfter) overlaps no coach busy interval (which already
 *   include the buffers of existing bookings), and [S, S+duration) no student busy interval;
 * - now + minNotice <= S <= now + horizonDays × 24 h, and window.start <= S < window.end.
 * Stepping is done in epoch milliseconds, so a step across a DST change is still `step` real
 * minutes.
 */

interface Limits {
  durationMs: number;
  beforeMs: number;
  afterMs: number;
  stepMs: number;
  earliest: Millis; // now + notice
  latest: Millis; // now + horizon (inclusive)
}

function limitsOf(rules: SlotRules, now: Millis): Limits {
  const { durationMinutes, stepMinutes, bufferBeforeMinutes, bufferAfterMinutes, minNoticeMinutes, horizonDays } =
    rules;
  const positive = durationMinutes > 0 && stepMinutes > 0;
  const nonNegative = [bufferBeforeMinutes, bufferAfterMinutes, minNoticeMinutes, horizonDays].every((n) => n >= 0);
  if (!positive || !nonNegative || !Number.isFinite(now)) {
    throw new RangeError('Slot rules need duration and step > 0, and buffers, notice and horizon >= 0');
  }
  return {
    durationMs: durationMinutes * MINUTE_MS,
    beforeMs: bufferBeforeMinutes * MINUTE_MS,
    afterMs: bufferAfterMinutes * MINUTE_MS,
    stepMs: stepMinutes * MINUTE_MS,
    earliest: now + minNoticeMinutes * MINUTE_MS,
    latest: now + horizonDays * DAY_MS,
  };
}

function isFree(start: Millis, l: Limits, busy: Interval[], studentBusy: Interval[]): SlotRefusal | null {
  if (overlapsAny(busy, start - l.beforeMs, start + l.durationMs + l.afterMs)) return 'BUSY';
  if (overlapsAny(studentBusy, start, start + l.durationMs)) return 'STUDENT_BUSY';
  return null;
}

/** Bookable starts for one coach, ascending and unique. */
export function computeSlots(coach: CoachCalendar, query: SlotQuery): Millis[] {
  const l = limitsOf(query.rules, query.now);
  const { window } = query;
  const first = Math.max(window.start, l.earliest);
  const last = Math.min(window.end - 1, l.latest);
  if (last < first) return [];
  const hours = coachHoursAround(coach, window.start, window.end + l.durationMs);
  const open = openOf(hours, query);
  const busy = mergeIntervals(coach.busy);
  const studentBusy = mergeIntervals(query.studentBusy);
  const slots: Millis[] = [];
  for (const iv of hours) {
    const lastStart = Math.min(last, iv.end - l.durationMs);
    if (lastStart < first || lastStart < iv.start) continue;
    const skipSteps = first > iv.start ? Math.ceil((first - iv.start) / l.stepMs) : 0;
    for (let s = iv.start + skipSteps * l.stepMs; s <= lastStart; s += l.stepMs) {
      if (open !== hours && !containing(open, s, s + l.durationMs)) continue;
      if (isFree(s, l, busy, studentBusy) === null) slots.push(s);
    }
  }
  return slots; // hours are sorted and disjoint, so slots are too
}

/** Hours minus the center's closures (the same array when there are none). */
function openOf(hours: Interval[], query: Pick<SlotQuery, 'closures' | 'centerTimeZone'>): Interval[] {
  return query.closures.length === 0 ? hours : subtractIntervals(hours, closureIntervals(query.closures, query.centerTimeZone));
}

/** "Any coach": start → ids of the coaches free at it (ids ascending); keys in ascending order. */
export function slotsForAnyCoach(coaches: CoachCalendar[], query: SlotQuery): Map<Millis, string[]> {
  const byStart = new Map<Millis, string[]>();
  const ordered = [...coaches].sort((a, b) => (a.coachId < b.coachId ? -1 : a.coachId > b.coachId ? 1 : 0));
  for (const coach of ordered) {
    for (const start of computeSlots(coach, query)) {
      const ids = byStart.get(start);
      if (ids) ids.push(coach.coachId);
      else byStart.set(start, [coach.coachId]);
    }
  }
  const starts = [...byStart.keys()].sort((a, b) => a - b);
  return new Map(starts.map((s) => [s, byStart.get(s) ?? []]));
}

/**
 * Why `start` is not offered by this coach, or null when it is. Checks in this order and
 * returns the first failure: TOO_SOON, BEYOND_HORIZON, OUTSIDE_HOURS (not inside the coach's
 * hours), CLOSED (inside hours but a closure cuts it), MISALIGNED, BUSY, STUDENT_BUSY.
 * `query.window` is ignored: the start is judged on its own, so a booking service can pass the
 * same query it used for the search. For starts inside the window, null ⇔ computeSlots lists it.
 */
export function whyNotOffered(coach: CoachCalendar, query: SlotQuery, start: Millis): SlotRefusal | null {
  const l = limitsOf(query.rules, query.now);
  if (start < l.earliest) return 'TOO_SOON';
  if (start > l.latest) return 'BEYOND_HORIZON';
  const end = start + l.durationMs;
  const hours = coachHoursAround(coach, start, end);
  const within = containing(hours, start, end);
  if (!within) return 'OUTSIDE_HOURS';
  if (!containing(openOf(hours, query), start, end)) return 'CLOSED';
  if ((start - within.start) % l.stepMs !== 0) return 'MISALIGNED';
  return isFree(start, l, mergeIntervals(coach.busy), mergeIntervals(query.studentBusy));
}
