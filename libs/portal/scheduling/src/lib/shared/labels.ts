import type { BookingEventKind, BookingStatus, LocationKind } from '@debrief/portal/core';

export const STATUS_LABELS: Readonly<Record<BookingStatus, string>> = {
  BOOKED: 'Booked',
  CANCELLED: 'Cancelled',
  COMPLETED: 'Completed',
  NO_SHOW: 'No-show',
};

export const EVENT_LABELS: Readonly<Record<BookingEventKind, string>> = {
  BOOKED: 'Booked',
  RESCHEDULED: 'Rescheduled',
  CANCELLED: 'Cancelled',
  COMPLETED: 'Marked completed',
  NO_SHOW: 'Marked as a no-show',
  NO_SHOW_EXCUSED: 'No-show excused',
  LOCATION_CHANGED: 'Location changed',
};

export const LOCATION_KIND_LABELS: Readonly<Record<LocationKind, string>> = {
  VIDEO: 'Video call',
  ROOM: 'In person',
};

/** "60 min" or "60 min · 40 min interview + 20 min feedback". */
export function durationText(durationMinutes: number, interviewMinutes: number | null | undefined): string {
  if (!interviewMinutes || interviewMinutes >= durationMinutes) return `${durationMinutes} min`;
  return `${durationMinutes} min · ${interviewMinutes} min interview + ${durationMinutes - interviewMinutes} min feedback`;
}

/**
 * Where a session of this type happens, as the booking will say it: the room, the chosen coach's
 * video link when they have set one, else that the coach shares the link.
 */
export function locationText(type: { locationKind: LocationKind; room?: string | null }, meetingUrl?: string | null): string {
  if (type.locationKind === 'ROOM') return `In person: ${type.room ?? 'Career center'}`;
  return meetingUrl ? meetingUrl : 'Video call — your coach shares the link';
}
