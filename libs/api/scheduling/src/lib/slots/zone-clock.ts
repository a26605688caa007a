import { IANAZone } from 'luxon';
import { DAY_MS, MINUTE_MS, type Millis } from './slot-types';

/**
 * Wall-clock ↔ instant conversion for IANA zones.
 *
 * Cost: every conversion asks luxon's IANAZone for an offset, which formats one date with a
 * cached Intl.DateTimeFormat (luxon keeps one per zone; we keep one IANAZone per name). The
 * engine converts only range endpoints (per local day and range) and steps through ranges in
 * epoch milliseconds; per zone we cache whether one offset holds all local day (and, on the
 * few days near a change, each resolved wall time), so a repeated search costs Map look-ups
 * and arithmetic instead of Intl formatting.
 *
 * Policy for wall times that do not map to exactly one instant (`wallToInstant`):
 * - Nonexistent (spring-forward gap, e.g. 02:30 on 2026-03-08 in America/New_York): shifted
 *   forward by the gap length, i.e. read with the offset in force before the change
 *   (02:30 → 03:30 EDT), the same answer luxon gives.
 * - Ambiguous (fall-back overlap, e.g. 01:30 on 2026-11-01 in America/New_York): the earlier
 *   instant, i.e. the offset in force before the change (01:30 EDT, not 01:30 EST).
 * So a 01:00–04:00 range is 2 real hours on a spring-forward day and 4 on a fall-back day.
 *
 * We do not use luxon's DateTime.fromObject for this: it seeds its offset guess with the offset
 * at the current moment (Settings.now), so an ambiguous time resolves to EDT when the server
 * runs in summer and to EST in winter. Resolving here keeps results independent of "now".
 */

const zones = new Map<string, IANAZone>();

/** Cached zone lookup; throws RangeError for names the runtime's time-zone data does not know. */
export function zoneOf(name: string): IANAZone {
  let zone = zones.get(name);
  if (!zone) {
    zone = IANAZone.create(name);
    if (!zone.isValid) throw new RangeError(`Unknown IANA time zone: "${name}"`);
    zones.set(name, zone);
  }
  return zone;
}

/**
 * Per zone name: which local days have one steady offset, and resolved wall times on the few
 * days that do not. Bounded so a long-running API cannot grow them without limit.
 */
interface ZoneCache {
  steady: Map<number, number | null>; // epoch day → offset, or null near a change
  resolved: Map<number, Millis>; // epochDay * 1441 + minute → instant, change days only
}
const caches = new Map<string, ZoneCache>();
const MAX_CACHED_ENTRIES = 8192;

function cacheOf(zone: IANAZone): ZoneCache {
  let cache = caches.get(zone.name);
  if (!cache) caches.set(zone.name, (cache = { steady: new Map(), resolved: new Map() }));
  return cache;
}

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MAX_CACHED_ENTRIES) map.clear();
  map.set(key, value);
  return value;
}

/**
 * The offset in force for the whole local day `epochDay` (and a day either side), or null when
 * an offset change is near and each wall time must be resolved on its own. Cached: a zone's
 * offsets do not change while the process runs.
 */
export function steadyOffset(zone: IANAZone, epochDay: number): number | null {
  const { steady } = cacheOf(zone);
  const known = steady.get(epochDay);
  if (known !== undefined) return known;
  const before = zone.offset((epochDay - 1) * DAY_MS);
  return remember(steady, epochDay, before === zone.offset((epochDay + 2) * DAY_MS) ? before : null);
}

/** Local calendar day (epoch day) of an instant in `zone`. */
export function localEpochDay(zone: IANAZone, instant: Millis): number {
  // On a steady UTC day the zone's offset is the same for the whole day and a day either side.
  const offset = steadyOffset(zone, Math.floor(instant / DAY_MS)) ?? zone.offset(instant);
  return Math.floor((instant + offset * MINUTE_MS) / DAY_MS);
}

/** The instant of wall time `minute` (may be 1440 = next midnight) on local day `epochDay`. */
export function wallToInstant(zone: IANAZone, epochDay: number, minute: number): Millis {
  if (!(Number.isInteger(minute) && minute >= 0 && minute <= 1440)) return resolveWallTime(zone, epochDay, minute);
  const steady = steadyOffset(zone, epochDay);
  if (steady !== null) return epochDay * DAY_MS + (minute - steady) * MINUTE_MS;
  const { resolved } = cacheOf(zone);
  const key = epochDay * 1441 + minute;
  return resolved.get(key) ?? remember(resolved, key, resolveWallTime(zone, epochDay, minute));
}

/** wallToInstant without the cache: resolves gaps and overlaps as the header describes. */
export function resolveWallTime(zone: IANAZone, epochDay: number, minute: number): Millis {
  const local = epochDay * DAY_MS + minute * MINUTE_MS;
  const before = zone.offset(local - DAY_MS);
  const after = zone.offset(local + DAY_MS);
  const readBefore = local - before * MINUTE_MS;
  if (before === after) return readBefore;
  const readAfter = local - after * MINUTE_MS;
  const validBefore = zone.offset(readBefore) === before;
  const validAfter = zone.offset(readAfter) === after;
  if (validBefore && validAfter) return Math.min(readBefore, readAfter); // overlap: earlier instant
  if (validAfter) return readAfter;
  return readBefore; // valid before the change, or a gap: forward shift
}
