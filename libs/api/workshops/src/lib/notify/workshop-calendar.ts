import { createHash } from 'node:crypto';
import { CalendarEventSpec, CalendarPerson } from '@debrief/api/notifications';

/**
 * One calendar event per registration: UID derived from the workshop's random ical_uid and the
 * registration id (no personal data; a re-registration is a new event, so a student who cancelled
 * and came back is not stuck behind their own CANCEL's higher SEQUENCE).
 */
export function registrationUid(workshopUid: string, registrationId: string): string {
  const h = createHash('sha256').update(`${workshopUid}:${registrationId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** "Name <address>" → { name, email }. */
export function parseMailbox(value: string): CalendarPerson {
  const m = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value);
  return m ? { name: m[1] || m[2], email: m[2] } : { name: value.trim(), email: value.trim() };
}

export interface WorkshopEventInput {
  workshopUid: string;
  /** The registration, or facilitatorKey(user) for a facilitator's own event. */
  registrationId: string;
  sequence: number;
  cancelled: boolean;
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  organizer: CalendarPerson;
  attendee?: CalendarPerson;
  /** A facilitator runs the workshop (CHAIR); a student takes part. */
  attendeeRole?: 'REQ-PARTICIPANT' | 'CHAIR';
  /** DTSTAMP: the last change of what the event shows. */
  stamp?: Date;
}

/** A facilitator's own event for a workshop: stable per workshop and person, no personal data in it. */
export function facilitatorKey(userId: string): string {
  return `facilitator:${userId}`;
}

/** The workshop as a calendar event; the summary carries the workshop's title only (no student data). */
export function workshopEvent(input: WorkshopEventInput): CalendarEventSpec {
  return {
    uid: registrationUid(input.workshopUid, input.registrationId),
    sequence: input.sequence,
    status: input.cancelled ? 'CANCELLED' : 'CONFIRMED',
    start: input.startsAt,
    end: input.endsAt,
    summary: `${input.title} — Debrief workshop`,
    description: input.description,
    location: input.location,
    organizer: input.organizer,
    attendees: input.attendee ? [{ ...input.attendee, role: input.attendeeRole ?? 'REQ-PARTICIPANT', partstat: 'ACCEPTED' }] : [],
    alarms: input.cancelled ? [] : [60],
    stamp: input.stamp,
  };
}
