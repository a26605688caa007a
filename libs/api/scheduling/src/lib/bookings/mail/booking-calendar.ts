import { AppConfig } from '@debrief/api/core';
import { CalendarEventSpec, CalendarPerson } from '@debrief/api/notifications';
import { BookingStatus } from '../../scheduling.enums';
import { BookingSnapshot } from './booking-snapshot';

/** The center's mailbox, parsed from MAIL_FROM ("Name <address>" or a bare address). */
export function centerMailbox(config: AppConfig): CalendarPerson {
  const match = /<([^>]+)>/.exec(config.center.mailFrom);
  return { name: config.center.name, email: (match?.[1] ?? config.center.mailFrom).trim() };
}

export function sessionUrl(config: AppConfig, bookingId: string): string {
  return `${config.publicUrl}/sessions/${bookingId}`;
}

/**
 * A booking as a calendar event. ORGANIZER is the center's mailbox, the address the invites are
 * sent from, with the coach (CHAIR) and the student as ATTENDEEs. Google, Outlook and Apple all
 * accept an invite whose organizer is the (DKIM-aligned) sender; a coach as ORGANIZER on mail sent
 * by the center is shown as unverified or spoofed by Gmail, makes the coach's own client treat the
 * REQUEST as its own meeting (Outlook: "you are the organizer", no update applied), and SENT-BY is
 * ignored by Google. Both attendees are ACCEPTED without RSVP: the student booked it and the coach
 * offered the slot, so no client should ask them to respond (replies would go to the center).
 */
export function bookingEvent(config: AppConfig, b: BookingSnapshot, now = new Date()): CalendarEventSpec {
  const url = sessionUrl(config, b.id);
  const description = [
    `${b.sessionName} with ${b.coachName} (coach) and ${b.studentName} (student).`,
    b.preparation?.trim() ? `How to prepare:\n${b.preparation.trim()}` : '',
    `Where: ${b.location}`,
    `Details and changes: ${url}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    uid: b.icalUid,
    sequence: b.icalSequence,
    status: b.status === BookingStatus.Cancelled ? 'CANCELLED' : 'CONFIRMED',
    start: new Date(b.startsAt),
    end: new Date(b.endsAt),
    // No personal data in SUMMARY: it shows on lock screens and shared calendars.
    summary: `${b.sessionName} — ${config.center.name}`,
    description,
    location: b.location,
    url,
    organizer: centerMailbox(config),
    attendees: [
      { name: b.studentName, email: b.studentEmail, role: 'REQ-PARTICIPANT', partstat: 'ACCEPTED', rsvp: false },
      { name: b.coachName, email: b.coachEmail, role: 'CHAIR', partstat: 'ACCEPTED', rsvp: false },
    ],
    alarms: [30],
    stamp: now,
  };
}
