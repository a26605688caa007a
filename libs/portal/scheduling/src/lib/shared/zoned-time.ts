/**
 * Instants as the viewer reads them: in one IANA zone, in British day-month order with a 24-hour
 * clock, and with the zone named wherever a time stands alone. Intl formatters are costly to
 * build, so each (zone, style) pair is built once.
 */

type Style = 'parts' | 'time';

const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  parts: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

const cache = new Map<string, Intl.DateTimeFormat>();

/** The cached formatter for a zone and style (exported for tests of the cache). */
export function formatterFor(zone: string, style: Style): Intl.DateTimeFormat {
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

/** "10:00" */
export function formatTime(instant: string | Date, zone: string): string {
  return formatterFor(zone, 'time').format(new Date(instant));
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

/** A civil date ("2026-11-24", no zone) as "Tuesday 24 November 2026". */
export function formatCivilDate(isoDate: string): string {
  return formatDate(`${isoDate}T12:00:00Z`, 'UTC');
}

/** A slot's accessible name: "Tuesday 24 November, 10:00 (Europe/Berlin)". */
export function slotLabel(instant: string | Date, zone: string): string {
  return `${formatDay(instant, zone)}, ${formatTime(instant, zone)} (${zone})`;
}

/** "Tuesday 24 November 2026, 10:00 (Europe/Berlin)" */
export function formatMoment(instant: string | Date, zone: string): string {
  return `${formatDate(instant, zone)}, ${formatTime(instant, zone)} (${zone})`;
}

/** "Tuesday 24 November 2026, 10:00–11:00 (Europe/Berlin)"; the end gets its own date if it is another day. */
export function formatSpan(start: string | Date, end: string | Date, zone: string): string {
  const sameDay = formatDate(start, zone) === formatDate(end, zone);
  const endText = sameDay ? formatTime(end, zone) : `${formatDate(end, zone)}, ${formatTime(end, zone)}`;
  return `${formatDate(start, zone)}, ${formatTime(start, zone)}–${endText} (${zone})`;
}

/** "10:00–11:00" */
export function formatTimeRange(start: string | Date, end: string | Date, zone: string): string {
  return `${formatTime(start, zone)}–${formatTime(end, zone)}`;
}
