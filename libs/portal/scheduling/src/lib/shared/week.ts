import { DateTime } from 'luxon';

/**
 * Weeks as the viewer lives them: Monday 00:00 to the next Monday 00:00 in their zone, named by
 * the Monday's date ("2026-11-23"). Across a DST change a week is 167 or 169 hours long, so the
 * window is computed from civil dates, never by adding 7 × 24 hours.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The Monday (YYYY-MM-DD) of the week containing the instant, in the zone. */
export function weekOf(instant: Date | string | number, zone: string): string {
  return toDateTime(instant, zone).startOf('week').toISODate() as string;
}

/** The Monday of the week a date (YYYY-MM-DD) falls in, or null for something that is not a date. */
export function mondayOf(isoDate: string | null | undefined): string | null {
  if (!isoDate || !ISO_DATE.test(isoDate)) return null;
  const date = DateTime.fromISO(isoDate, { zone: 'UTC' });
  return date.isValid ? (date.startOf('week').toISODate() as string) : null;
}

/** The week a `week` query parameter names, or the current week when it names none. */
export function readWeek(param: string | null | undefined, zone: string, now: Date | number = Date.now()): string {
  return mondayOf(param) ?? weekOf(now, zone);
}

/** Moves a week by whole weeks: shiftWeek('2026-11-23', 1) → '2026-11-30'. */
export function shiftWeek(monday: string, weeks: number): string {
  return DateTime.fromISO(monday, { zone: 'UTC' }).plus({ weeks }).toISODate() as string;
}

/** The seven dates of a week, Monday first. */
export function weekDates(monday: string): string[] {
  const start = DateTime.fromISO(monday, { zone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => start.plus({ days: i }).toISODate() as string);
}

export interface Window {
  /** ISO instant (UTC) of the first moment. */
  from: string;
  /** ISO instant (UTC) just after the last moment. */
  to: string;
}

/** Monday 00:00 to the next Monday 00:00 in the zone, as UTC instants for the API. */
export function weekWindow(monday: string, zone: string): Window {
  return daysWindow(monday, 7, zone);
}

/** One or more whole days from a date's local midnight, as UTC instants. */
export function daysWindow(isoDate: string, days: number, zone: string): Window {
  const start = DateTime.fromISO(isoDate, { zone });
  return { from: utc(start), to: utc(start.plus({ days })) };
}

/** The civil date (YYYY-MM-DD) of an instant in the zone. */
export function dateIn(instant: Date | string | number, zone: string): string {
  return toDateTime(instant, zone).toISODate() as string;
}

/** Moves a civil date by whole days. */
export function shiftDate(isoDate: string, days: number): string {
  return DateTime.fromISO(isoDate, { zone: 'UTC' }).plus({ days }).toISODate() as string;
}

/** True for a YYYY-MM-DD that is a real date. */
export function isIsoDate(value: string | null | undefined): value is string {
  return !!value && ISO_DATE.test(value) && DateTime.fromISO(value).isValid;
}

function toDateTime(instant: Date | string | number, zone: string): DateTime {
  const millis = typeof instant === 'number' ? instant : new Date(instant).getTime();
  return DateTime.fromMillis(millis, { zone });
}

function utc(value: DateTime): string {
  return value.toUTC().toISO({ suppressMilliseconds: true }) as string;
}
