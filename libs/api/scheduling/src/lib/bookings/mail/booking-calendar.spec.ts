import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '@debrief/api/core';
import { buildCalendar, buildInvite } from '@debrief/api/notifications';
import { bookingEmail } from './booking.template';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { bookingEvent, centerMailbox } from './booking-calendar';
import { BookingStatus } from '../../scheduling.enums';
import { BookingSnapshot } from './booking-snapshot';

const config = {
  publicUrl: 'https://debrief.example',
  center: { name: 'Northfield Career Center', mailFrom: 'Northfield Career Center <careers@debrief.example>', timeZone: 'America/Chicago' },
} as AppConfig;

// Monday 9 March 2026, 09:00 in New York: the day after the US moved to summer time, three weeks
// before Europe does, so New York is 5 hours behind Berlin instead of the usual 6.
const start = DateTime.fromObject({ year: 2026, month: 3, day: 9, hour: 9 }, { zone: 'America/New_York' }).toJSDate();
const booking: BookingSnapshot = {
  id: '0b6f3a4e-8c1d-4f7a-9e2b-5d3c1a0f9e88',
  status: BookingStatus.Booked,
  startsAt: start,
  endsAt: new Date(start.getTime() + 3600_000),
  location: 'Video call — your coach shares the link',
  cancelReason: null,
  icalUid: '5a1c1f7e-2b8d-4e0f-a3c4-9d8e7f6a5b4c',
  icalSequence: 0,
  updatedAt: start,
  sessionName: 'Behavioral mock interview',
  preparation: 'Bring two STAR stories.',
  coachId: 'c',
  coachName: 'Priya Raman',
  coachEmail: 'coach@debrief.example',
  coachTimeZone: 'America/New_York',
  studentId: 's',
  studentName: 'Jordan Rivera',
  studentEmail: 'student@debrief.example',
  studentTimeZone: 'Europe/Berlin',
};
const STAMP = new Date('2026-03-01T12:00:00Z');

const parse = (ics: string) => {
  const root = new ICAL.Component(ICAL.parse(ics));
  return { root, event: root.getFirstSubcomponent('vevent') as ICAL.Component };
};

/** Golden files hold the exact text; DTSTAMP (the time of sending) is normalised. */
function golden(name: string, ics: string): void {
  expect(ics).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m);
  const normalised = ics.replace(/\r\n/g, '\n').replace(/^DTSTAMP:.*$/m, 'DTSTAMP:<normalised>');
  const file = join(__dirname, '__golden__', `${name}.ics`);
  // UPDATE_GOLDEN=1 rewrites them after an intended change (review the diff).
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(file, normalised);
  expect(existsSync(file)).toBe(true);
  expect(normalised).toBe(readFileSync(file, 'utf8'));
}

describe('booking invites', () => {
  const booked = buildInvite('REQUEST', bookingEvent(config, booking, STAMP));
  const moved = { ...booking, startsAt: new Date(start.getTime() + 86400_000), endsAt: new Date(start.getTime() + 86400_000 + 3600_000), icalSequence: 1 };
  const rescheduled = buildInvite('REQUEST', bookingEvent(config, moved, STAMP));
  const cancelled = buildInvite('CANCEL', bookingEvent(config, { ...moved, status: BookingStatus.Cancelled, icalSequence: 2 }, STAMP));

  it('matches the golden files, one per kind', () => {
    golden('booked-request', booked);
    golden('rescheduled-request', rescheduled);
    golden('cancelled-cancel', cancelled);
  });

  it('keeps the UID and raises the SEQUENCE from booking to reschedule to cancellation', () => {
    const [a, b, c] = [booked, rescheduled, cancelled].map(parse);
    expect([a, b, c].map((x) => x.root.getFirstPropertyValue('method'))).toEqual(['REQUEST', 'REQUEST', 'CANCEL']);
    expect(new Set([a, b, c].map((x) => x.event.getFirstPropertyValue('uid')))).toEqual(new Set([booking.icalUid]));
    expect([a, b, c].map((x) => x.event.getFirstPropertyValue('sequence'))).toEqual([0, 1, 2]);
    expect([a, b, c].map((x) => x.event.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CONFIRMED', 'CANCELLED']);
  });

  it('places DTSTART at the same instant for a New York coach and a Berlin student across the US change', () => {
    const { event } = parse(booked);
    const dtstart = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(dtstart.toJSDate().toISOString()).toBe('2026-03-09T13:00:00.000Z');
    const instant = DateTime.fromJSDate(dtstart.toJSDate());
    expect(instant.setZone('America/New_York').toFormat('HH:mm')).toBe('09:00');
    expect(instant.setZone('Europe/Berlin').toFormat('HH:mm')).toBe('14:00');

    const forCoach = bookingEmail({ kind: 'confirmed', centerName: 'N', recipientName: 'Priya', recipientRole: 'coach', otherPartyName: 'Jordan', sessionName: 'Mock', start: booking.startsAt, end: booking.endsAt, timeZone: booking.coachTimeZone, location: 'x', sessionUrl: 'u' });
    const forStudent = bookingEmail({ kind: 'confirmed', centerName: 'N', recipientName: 'Jordan', recipientRole: 'student', otherPartyName: 'Priya', sessionName: 'Mock', start: booking.startsAt, end: booking.endsAt, timeZone: booking.studentTimeZone, location: 'x', sessionUrl: 'u' });
    expect(forCoach.text).toContain('Monday, March 9, 2026, 9:00 AM – 10:00 AM EDT (America/New_York)');
    expect(forStudent.text).toContain('Monday, March 9, 2026, 2:00 PM – 3:00 PM GMT+1 (Europe/Berlin)');
  });

  it('names the center as ORGANIZER and both parties as attendees, with no personal data in SUMMARY', () => {
    const { event } = parse(booked);
    expect(event.getFirstPropertyValue('organizer')).toBe('mailto:careers@debrief.example');
    expect(event.getFirstPropertyValue('summary')).toBe('Behavioral mock interview — Northfield Career Center');
    const attendees = event.getAllProperties('attendee').map((p) => [String(p.getFirstValue()).toLowerCase(), p.getParameter('role'), p.getParameter('partstat')]);
    expect(attendees).toEqual([
      ['mailto:student@debrief.example', 'REQ-PARTICIPANT', 'ACCEPTED'],
      ['mailto:coach@debrief.example', 'CHAIR', 'ACCEPTED'],
    ]);
    expect(event.getFirstPropertyValue('description')).toContain('Bring two STAR stories.');
    expect(event.getFirstPropertyValue('url')).toBe(`https://debrief.example/sessions/${booking.id}`);
    expect(centerMailbox({ ...config, center: { ...config.center, mailFrom: 'bare@debrief.example' } })).toEqual({ name: config.center.name, email: 'bare@debrief.example' });
  });

  it('lists a feed of many bookings as PUBLISH without attendees', () => {
    const ics = buildCalendar({ method: 'PUBLISH', omitAttendees: true, events: [bookingEvent(config, booking), bookingEvent(config, { ...moved, status: BookingStatus.Cancelled, icalUid: 'x' })] });
    const root = new ICAL.Component(ICAL.parse(ics));
    expect(root.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CANCELLED']);
    expect(ics).not.toContain('ATTENDEE');
  });
});
