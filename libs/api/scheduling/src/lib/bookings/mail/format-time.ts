import { DateTime } from 'luxon';

/** "Tuesday, March 10, 2026, 9:00 AM – 10:00 AM EDT" in the reader's own time zone. */
export function formatSessionTime(start: Date, end: Date, timeZone: string): string {
  const s = DateTime.fromJSDate(start, { zone: timeZone }).setLocale('en-US');
  const e = DateTime.fromJSDate(end, { zone: timeZone }).setLocale('en-US');
  const endText = s.hasSame(e, 'day') ? e.toFormat('h:mm a ZZZZ') : e.toFormat('cccc, LLLL d, yyyy, h:mm a ZZZZ');
  return `${s.toFormat('cccc, LLLL d, yyyy, h:mm a')} – ${endText}`;
}

/** "Mar 10, 9:00 AM" for subject lines. */
export function formatShort(start: Date, timeZone: string): string {
  return DateTime.fromJSDate(start, { zone: timeZone }).setLocale('en-US').toFormat('LLL d, h:mm a ZZZZ');
}

/** "in 24 hours", "in 1 hour", "in 30 minutes" for a reminder sent that long before. */
export function leadTime(minutes: number): string {
  if (minutes % 1440 === 0 && minutes >= 2880) return `in ${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? 'in 1 hour' : `in ${minutes / 60} hours`;
  return minutes === 1 ? 'in 1 minute' : `in ${minutes} minutes`;
}
