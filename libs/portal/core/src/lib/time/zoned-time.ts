import { isValidTimeZone } from '@debrief/shared/util-time';

/**
 * The portal's one set of date and time formats. Instants are shown as the viewer reads them: in
 * one IANA zone (the viewer's profile zone, see injectViewerZone), in British day-month order with
 * a 24-hour clock, and with the zone named wherever a time stands alone. Civil dates (a closure's
 * day, an availability override) carry no zone and are never shifted. Intl formatters are costly
 * to build, so each (zone, style) pair is built once.
 */

type Style = 'parts' | 'short' | 'time' | 'iso' | 'offset';

const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  parts: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  short: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  iso: { year: 'numeric', month: '2-digit', day: '2-digit' },
  offset: { timeZoneName: 'shortOffset' },
};

const cache = new Map<string, Intl.DateTimeFormat>();

/** The cached formatter for a zone and style (exported for tests of the cache); UTC for a zone the browser does not know. */
export function formatterFor(zone: string, style: Style): Intl.DateTimeFormat {
  if (!isValidTimeZone(zone)) zone = 'UTC';
  const key = `${zone}|${style}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { ...OPTIONS[style], timeZone: zone });
    cache.set(key, format);
  }
  return format;
}

interface DayParts {
  weekday: string;
  day: string;
  month: string;
  year: string;
}

function dayParts(instant: string | Date, zone: string): DayParts {
  const parts = formatterFor(zone, 'parts').formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: part('weekday'), day: part('day'), month: part('month'), year: part('year') };
}

/** The zone as named next to a time: the one the formatters used. */
function shownZone(zone: string): string {
  return isValidTimeZone(zone) ? zone : 'UTC';
}

const CIVIL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "10:00" */
export function formatTime(instant: string | Date, zone: string): string {
  return formatterFor(zone, 'time').format(new Date(instant));
}

/** The zone's UTC offset at an instant, "GMT+1" (tells apart the two 01:30s of a DST change). */
export function formatOffset(instant: string | Date, zone: string): string {
  return formatterFor(zone, 'offset').formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** "Tuesday 24 November" */
export function formatDay(instant: string | Date, zone: string): string {
  const { weekday, day, month } = dayParts(instant, zone);
  return `${weekday} ${day} ${month}`;
}

/** "Tuesday 24 November 2026" */
export function formatDate(instant: string | Date, zone: string): string {
  const { year } = dayParts(instant, zone);
  return `${formatDay(instant, zone)} ${year}`;
}

/** "Tue 24 Nov 2026" */
export function formatShortDate(instant: string | Date, zone: string): string {
  return formatterFor(zone, 'short').format(new Date(instant)).replace(',', '');
}

/** "Tue 24 Nov 2026, 10:00 (Europe/Berlin)" */
export function formatShortMoment(instant: string | Date, zone: string): string {
  return `${formatShortDate(instant, zone)}, ${formatTime(instant, zone)} (${shownZone(zone)})`;
}

/** The calendar date of an instant in a zone, as "2026-11-24". */
export function isoDateIn(instant: string | Date | number, zone: string): string {
  const parts = formatterFor(zone, 'iso').formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A civil date ("2026-11-24", no zone) as "Tue 24 Nov 2026". */
export function formatShortCivilDate(isoDate: string): string {
  if (!CIVIL_DATE.test(isoDate)) return isoDate;
  return formatShortDate(`${isoDate}T12:00:00Z`, 'UTC');
}

/** A civil date ("2026-11-24", no zone) as "Tuesday 24 November 2026". */
export function formatCivilDate(isoDate: string): string {
  if (!CIVIL_DATE.test(isoDate)) return isoDate;
  return formatDate(`${isoDate}T12:00:00Z`, 'UTC');
}

/** A slot's accessible name: "Tuesday 24 November, 10:00 (Europe/Berlin)". */
export function slotLabel(instant: string | Date, zone: string): string {
  return `${formatDay(instant, zone)}, ${formatTime(instant, zone)} (${shownZone(zone)})`;
}

/** "Tuesday 24 November 2026, 10:00 (Europe/Berlin)" */
export function formatMoment(instant: string | Date, zone: string): string {
  return `${formatDate(instant, zone)}, ${formatTime(instant, zone)} (${shownZone(zone)})`;
}

/** "Tuesday 24 November 2026, 10:00–11:00 (Europe/Berlin)"; the end gets its own date if it is another day. */
export function formatSpan(start: string | Date, end: string | Date, zone: string): string {
  const sameDay = formatDate(start, zone) === formatDate(end, zone);
  const endText = sameDay ? formatTime(end, zone) : `${formatDate(end, zone)}, ${formatTime(end, zone)}`;
  return `${formatDate(start, zone)}, ${formatTime(start, zone)}–${endText} (${shownZone(zone)})`;
}

/** "10:00–11:00" */
export function formatTimeRange(start: string | Date, end: string | Date, zone: string): string {
  return `${formatTime(start, zone)}–${formatTime(end, zone)}`;
}
