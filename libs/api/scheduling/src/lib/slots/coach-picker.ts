import { isoWeekday } from './civil-date';
import type { Interval, Millis } from './slot-types';
import { localEpochDay, wallToInstant, zoneOf } from './zone-clock';

/**
 * Who gets an "any coach" booking: the free coach with the fewest bookings in the ISO week
 * containing the start (the caller counts them, e.g. over `isoWeekContaining(start, coachZone)`),
 * ties broken by coachId in code-unit order. `weeklyLoad` is called once per free coach.
 */
export function pickCoach(free: string[], weeklyLoad: (coachId: string) => number): { coachId: string; rule: string } {
  if (free.length === 0) throw new RangeError('pickCoach needs at least one free coach');
  const ranked = [...new Set(free)]
    .map((coachId) => ({ coachId, load: weeklyLoad(coachId) }))
    .sort((a, b) => a.load - b.load || (a.coachId < b.coachId ? -1 : a.coachId > b.coachId ? 1 : 0));
  const [chosen, runnerUp] = ranked;
  if (!runnerUp) return { coachId: chosen.coachId, rule: 'any coach: the only coach free at that time' };
  const rule =
    chosen.load < runnerUp.load
      ? `any coach: fewest bookings that week (${chosen.load} vs ${runnerUp.load})`
      : `any coach: tied on bookings that week (${chosen.load} each), first by coach id`;
  return { coachId: chosen.coachId, rule };
}

/** The ISO week (local Monday 00:00 to the next Monday 00:00 in `timeZone`) containing `instant`. */
export function isoWeekContaining(instant: Millis, timeZone: string): Interval {
  const zone = zoneOf(timeZone);
  const day = localEpochDay(zone, instant);
  const monday = day - (isoWeekday(day) - 1);
  return { start: wallToInstant(zone, monday, 0), end: wallToInstant(zone, monday + 7, 0) };
}
