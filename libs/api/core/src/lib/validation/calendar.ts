import { DateTime } from 'luxon';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** Years a date or date-time of this platform can lie in; anything else is a typing mistake. */
export const CALENDAR_YEARS = { min: 1900, max: 2200 } as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** ISO 8601 extended format with an explicit zone: `Z` or `±HH:MM`; seconds and fraction optional; no 24:00, no leap second. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export const DATE_EXAMPLE = 'a date as YYYY-MM-DD, such as 2026-03-02';
export const DATE_TIME_EXAMPLE = 'an ISO 8601 date-time with a time zone, such as 2026-03-02T15:30:00Z or 2026-03-02T09:30:00-06:00';

function yearProblem(year: number): string | undefined {
  return year < CALENDAR_YEARS.min || year > CALENDAR_YEARS.max
    ? `must lie between the years ${CALENDAR_YEARS.min} and ${CALENDAR_YEARS.max}`
    : undefined;
}

/** What is wrong with a calendar date (`YYYY-MM-DD`, a real day: no February 30, no month 13). */
export function calendarDateProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || !DATE.test(value)) return `must be ${DATE_EXAMPLE}`;
  const parsed = DateTime.fromISO(value, { zone: 'utc' });
  if (!parsed.isValid) return `must be a real calendar date (${value} does not exist)`;
  return yearProblem(parsed.year);
}

/** What is wrong with a date-time; undefined when it is strict ISO 8601 with a zone and a real instant. */
export function dateTimeProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || !DATE_TIME.test(value)) return `must be ${DATE_TIME_EXAMPLE}`;
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) return `must be a real date and time (${value} does not exist)`;
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(value);
  if (offset && (Number(offset[2]) > 14 || Number(offset[3]) > 59)) return 'must have a zone offset between -14:00 and +14:00';
  return yearProblem(parsed.year) ?? yearProblem(parsed.toUTC().year);
}

/** The instant of a valid date-time (see dateTimeProblem). */
export function parseDateTime(value: string): Date {
  return DateTime.fromISO(value, { setZone: true }).toJSDate();
}

/** class-validator rule for `String` fields holding a calendar date (closures, due dates, journal days). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: (args) => calendarDateProblem(args.value) ?? 'must be a calendar date', ...options },
      validator: { validate: (value: unknown) => calendarDateProblem(value) === undefined },
    });
}
