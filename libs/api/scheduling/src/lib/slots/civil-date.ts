import { DAY_MS } from './slot-types';

/**
 * Calendar arithmetic on "epoch days" (days since 1970-01-01 as a civil date, no zone).
 * Everything goes through Date.UTC / getUTC*, so the process time zone never matters.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch day of 'YYYY-MM-DD', or null when the text is not a real calendar date. */
export function tryParseIsoDate(text: string): number | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return null;
  }
  return ms / DAY_MS;
}

/** Epoch day of 'YYYY-MM-DD'; throws RangeError on malformed input (data, not user entry). */
export function parseIsoDate(text: string): number {
  const day = tryParseIsoDate(text);
  if (day === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${text}"`);
  return day;
}

/** 'YYYY-MM-DD' of an epoch day. */
export function formatEpochDay(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday (1=Mon..7=Sun) of an epoch day; 1970-01-01 was a Thursday. */
export function isoWeekday(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}
