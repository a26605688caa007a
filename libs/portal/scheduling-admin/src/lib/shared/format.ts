/** Display helpers shared by the staff scheduling screens. */

/** "45 min", "1 h", "1 h 30 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "1 day", "3 days"; the unit word follows the count. */
export function plural(count: number, unit: string, units = `${unit}s`): string {
  return `${count} ${count === 1 ? unit : units}`;
}

/**
 * A calendar date ("2026-12-24") as "Thu, Dec 24, 2026". It is a civil date, not an instant, so
 * it is read and shown in UTC: no time zone can move it to the day before or after.
 */
export function formatCivilDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** An instant in the viewer's zone: "Tue, Mar 3, 2026, 10:00 AM CST". Falls back to UTC for an unknown zone. */
export function formatDateTime(iso: string, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  };
  const date = new Date(iso);
  try {
    return clean(new Intl.DateTimeFormat('en-US', { ...options, timeZone }).format(date));
  } catch {
    return clean(new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' }).format(date));
  }
}

/** A date without the time, in the viewer's zone: "Mar 3, 2026". */
export function formatDay(iso: string, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', year: 'numeric' };
  try {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone }).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' }).format(new Date(iso));
  }
}

/** Intl puts a narrow no-break space before AM/PM; a plain space reads the same and matches in tests. */
function clean(text: string): string {
  return text.replace(/\u202f/g, ' ');
}

/** An API message without its leading "field: ", for showing right under that field. */
export function fieldMessage(message: string, field: string): string {
  const prefix = `${field}: `;
  const text = message.startsWith(prefix) ? message.slice(prefix.length) : message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
