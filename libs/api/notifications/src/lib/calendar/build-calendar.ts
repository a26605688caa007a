import ical, { ICalAlarmType, ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { CalendarEventSpec, CalendarMethod, CalendarSpec } from './calendar-spec';

const METHODS: Record<CalendarMethod, ICalCalendarMethod> = {
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
  PUBLISH: ICalCalendarMethod.PUBLISH,
};

const utc = (d: Date) => DateTime.fromJSDate(d, { zone: 'utc' });

/**
 * Renders an iCalendar document (RFC 5545; iTIP methods per RFC 5546). Times are written in UTC
 * (DTSTART:...Z), which every client places correctly whatever its zone and DST rules, so no
 * VTIMEZONE is needed. Deliberately no calendar time zone `name`: ical-generator would write a
 * non-standard TIMEZONE-ID line.
 */
export function buildCalendar(spec: CalendarSpec): string {
  const calendar = ical({
    prodId: { company: 'Debrief', product: 'Debrief', language: 'EN' },
    method: METHODS[spec.method],
  });
  if (spec.name) calendar.x([{ key: 'X-WR-CALNAME', value: spec.name }]);
  for (const event of spec.events) addEvent(calendar, event, spec);
  return calendar.toString();
}

/** One event as an invite (REQUEST) or its cancellation (CANCEL, STATUS:CANCELLED). */
export function buildInvite(method: 'REQUEST' | 'CANCEL', event: CalendarEventSpec): string {
  return buildCalendar({ method, events: [method === 'CANCEL' ? { ...event, status: 'CANCELLED' } : event] });
}

function addEvent(calendar: ReturnType<typeof ical>, e: CalendarEventSpec, spec: CalendarSpec): void {
  const event = calendar.createEvent({
    id: e.uid,
    sequence: e.sequence,
    stamp: utc(e.stamp ?? new Date()),
    start: utc(e.start),
    end: utc(e.end),
    summary: e.summary,
    description: e.description ?? null,
    location: e.location || null,
    url: e.url ?? null,
    status: ICalEventStatus[e.status],
    organizer: { name: e.organizer.name, email: e.organizer.email },
  });
  if (!spec.omitAttendees) {
    for (const a of e.attendees ?? []) {
      event.createAttendee({
        name: a.name,
        email: a.email,
        role: (a.role ?? 'REQ-PARTICIPANT') as ICalAttendeeRole,
        status: (a.partstat ?? 'NEEDS-ACTION') as ICalAttendeeStatus,
        rsvp: a.rsvp ?? false,
      });
    }
  }
  if (e.status !== 'CANCELLED') {
    for (const minutes of e.alarms ?? []) {
      event.createAlarm({ type: ICalAlarmType.display, trigger: minutes * 60, description: e.summary });
    }
  }
}
