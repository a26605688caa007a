import ical, { ICalAlarmType, ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { CalendarEventSpec, CalendarMethod, CalendarSpec } from './calendar-spec';
import { fixCommonNames } from './ical-param';

const METHODS: Record<CalendarMethod, ICalCalendarMethod> = {
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
  PUBLISH: ICalCalendarMethod.PUBLISH,
};


/**
 * Renders an iCalendar document (RFC 5545; iTIP methods per RFC 5546). Times are written in UTC
 * (DTSTART:...Z), which every client places correctly whatever its zone and DST rules, so no
 * VTIMEZONE is needed. Deliberately no calendar time zone `name`: ical-generator would write a
 * non-standard TIMEZONE-ID line.
 */
export function buildCalendar(spec: CalendarSpec): string {
  return [...calendarChunks(spec)].join('');
}

/**
 * The same document in pieces (the head, then the events a few hundred at a time, then the end),
 * so a feed can be streamed while it is rendered.
 */
export function* calendarChunks(spec: CalendarSpec, eventsPerChunk = 250): Generator<string> {
  const options = {
    prodId: { company: 'Debrief', product: 'Debrief', language: 'EN' },
    method: METHODS[spec.method],
    x: spec.name ? [{ key: 'X-WR-CALNAME', value: spec.name }] : [],
    // REFRESH-INTERVAL;VALUE=DURATION (RFC 7986) and X-PUBLISHED-TTL: how often a subscriber polls.
    ttl: spec.refreshSeconds ?? null,
  };
  // Events without a stamp of their own share one instant. Plain Dates: ical-generator writes them
  // in UTC (...Z) itself, without a date library object per value.
  const now = new Date();
  // ical-generator folds the finished document one character at a time, with a new TextEncoder
  // for each: seconds for a feed of 2,000 events. Its events are serialised unfolded, so the
  // shell (no events) is rendered by it and the events are folded here in one pass, same rule.
  const shell = ical(options).toString();
  const end = shell.lastIndexOf('END:VCALENDAR');
  yield shell.slice(0, end);
  for (let i = 0; i < spec.events.length; i += eventsPerChunk) {
    const calendar = ical(options);
    const events = spec.events.slice(i, i + eventsPerChunk).map((event) => addEvent(calendar, event, spec, event.stamp ?? now));
    yield foldLines(events.join(''));
  }
  // RFC 5545 §3.1: every content line, the last one included, ends with CRLF.
  yield shell.slice(end) + '\r\n';
}

/**
 * RFC 5545 §3.1 line folding, as ical-generator does it: a line longer than 75 octets continues
 * on the next line after CRLF and a space, never splitting a UTF-8 character (or surrogate pair).
 */
export function foldLines(text: string): string {
  return text.split('\r\n').map(foldLine).join('\r\n');
}

function isAscii(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) > 0x7f) return false;
  return true;
}

function foldLine(line: string): string {
  if (line.length <= 74 && isAscii(line)) return line;
  // Only ASCII: every character is one octet, so the line is cut every 74 characters.
  if (isAscii(line)) return (line.match(/[\s\S]{1,74}/g) ?? []).join('\r\n ');
  let out = '';
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    let char = line[i];
    let size = code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < line.length) {
      char += line[++i];
      size = 4;
    }
    octets += size;
    if (octets > 74) {
      out += '\r\n ';
      octets = size;
    }
    out += char;
  }
  return out;
}

/** One event as an invite (REQUEST) or its cancellation (CANCEL, STATUS:CANCELLED). */
export function buildInvite(method: 'REQUEST' | 'CANCEL', event: CalendarEventSpec): string {
  return buildCalendar({ method, events: [method === 'CANCEL' ? { ...event, status: 'CANCELLED' } : event] });
}

/** One event, serialised unfolded, with its CN parameters written per RFC 6868. */
function addEvent(calendar: ReturnType<typeof ical>, e: CalendarEventSpec, spec: CalendarSpec, stamp: Date): string {
  const event = calendar.createEvent({
    id: e.uid,
    sequence: e.sequence,
    stamp,
    start: e.start,
    end: e.end,
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
  const names = [e.organizer.name, ...(spec.omitAttendees ? [] : (e.attendees ?? []).map((a) => a.name))];
  return fixCommonNames(event.toString(), names);
}
