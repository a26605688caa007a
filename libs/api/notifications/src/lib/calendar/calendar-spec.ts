/** A plain description of calendar events, independent of any domain (bookings, workshops...). */
export type CalendarMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';
export type CalendarEventStatus = 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarAttendeeSpec extends CalendarPerson {
  role?: 'REQ-PARTICIPANT' | 'OPT-PARTICIPANT' | 'CHAIR' | 'NON-PARTICIPANT';
  partstat?: 'NEEDS-ACTION' | 'ACCEPTED' | 'DECLINED' | 'TENTATIVE';
  rsvp?: boolean;
}

export interface CalendarEventSpec {
  /** Stable for the event's whole life (random, no host name or personal data). */
  uid: string;
  /** Incremented on every change a calendar must see. */
  sequence: number;
  status: CalendarEventStatus;
  start: Date;
  end: Date;
  /** Keep personal data out (e.g. "Mock interview — Debrief"). */
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  organizer: CalendarPerson;
  attendees?: CalendarAttendeeSpec[];
  /** Display alarms, in minutes before the start. */
  alarms?: number[];
  /** DTSTAMP: the event's last change (stable, so an unchanged feed is byte-identical); defaults to now. */
  stamp?: Date;
}

export interface CalendarSpec {
  method: CalendarMethod;
  events: CalendarEventSpec[];
  /** X-WR-CALNAME for feeds. */
  name?: string;
  /** Leave attendees out (feeds: subscribers must not be offered RSVP buttons). */
  omitAttendees?: boolean;
  /** Feeds: how often subscribers should poll (REFRESH-INTERVAL and X-PUBLISHED-TTL). */
  refreshSeconds?: number;
}
