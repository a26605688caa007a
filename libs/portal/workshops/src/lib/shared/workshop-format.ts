import { formatSpan } from '@debrief/portal/core';
import { DateTime } from 'luxon';

export interface WorkshopTimes {
  startsAt: string;
  endsAt: string;
}

export interface WorkshopSeats {
  seatsLeft: number;
  waitlistLength: number;
  /** The viewer's own registration, when the list says it. */
  myRegistration?: { status: string } | null;
}

/** "Tuesday 24 November 2026, 16:00–17:30 (America/New_York)" */
export function workshopWhen(w: WorkshopTimes, zone: string): string {
  return formatSpan(w.startsAt, w.endsAt, zone);
}

/**
 * "3 seats left", or "Full: 2 on the waitlist". Someone who already has a seat or a place in line
 * is not invited to join the waitlist (taking the last seat said "You are registered" beside
 * "join it to be first in line").
 */
export function seatsText(w: WorkshopSeats): string {
  if (w.seatsLeft > 0) return `${w.seatsLeft} seat${w.seatsLeft === 1 ? '' : 's'} left`;
  const mine = w.myRegistration && w.myRegistration.status !== 'CANCELLED';
  if (w.waitlistLength === 0) return mine ? 'Full' : 'Full: the waitlist is empty, join it to be first in line';
  return `Full: ${w.waitlistLength} on the waitlist`;
}

export interface RegistrationLike {
  status: string;
  waitlistPosition?: number | null;
}

/** The viewer's place, in words. */
export function placeText(r: RegistrationLike | null | undefined): string | null {
  if (!r) return null;
  switch (r.status) {
    case 'REGISTERED':
      return 'You are registered.';
    case 'WAITLISTED':
      return r.waitlistPosition ? `You are on the waitlist: number ${r.waitlistPosition} in line.` : 'You are on the waitlist.';
    case 'ATTENDED':
      return 'You attended.';
    case 'NO_SHOW':
      return 'Marked as not attended.';
    default:
      return null;
  }
}

export const STATUS_LABELS: Partial<Record<string, string>> = {
  REGISTERED: 'Registered',
  WAITLISTED: 'Waitlisted',
  CANCELLED: 'Cancelled',
  ATTENDED: 'Attended',
  NO_SHOW: 'No-show',
  DRAFT: 'Draft',
  PUBLISHED: 'Published',
};

/** An instant as the value of an <input type="datetime-local"> in a zone ("2026-11-24T16:00"). */
export function toLocalInput(iso: string | Date, zone: string): string {
  const dt = typeof iso === 'string' ? DateTime.fromISO(iso, { zone }) : DateTime.fromJSDate(iso, { zone });
  return dt.toFormat("yyyy-LL-dd'T'HH:mm");
}

/** An <input type="datetime-local"> value read in a zone, as an ISO instant (null when empty or invalid). */
export function fromLocalInput(value: string, zone: string): string | null {
  if (!value) return null;
  const dt = DateTime.fromISO(value, { zone });
  return dt.isValid ? (dt.toUTC().toISO() as string) : null;
}

/** "resume, interviews" → ["resume", "interviews"] (lower-case, no blanks or repeats). */
export function splitList(value: string, lower = false): string[] {
  const parts = value
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => (lower ? p.toLowerCase() : p));
  return [...new Set(parts)];
}
