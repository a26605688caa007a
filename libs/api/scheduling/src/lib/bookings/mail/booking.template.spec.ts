import { BookingEmailView, bookingEmail } from './booking.template';
import { leadTime } from './format-time';

const base: BookingEmailView = {
  kind: 'confirmed',
  centerName: 'Northfield <Career> Center',
  recipientName: 'Jordan & Co',
  recipientRole: 'student',
  otherPartyName: 'Priya Raman',
  sessionName: 'Behavioral mock interview',
  start: new Date('2026-07-01T15:00:00Z'),
  end: new Date('2026-07-01T16:00:00Z'),
  timeZone: 'America/Chicago',
  location: 'Room 2 <east wing>',
  preparation: 'Bring two STAR stories.',
  sessionUrl: 'https://debrief.example/sessions/abc?x=1&y=2',
  hasCalendar: true,
};

describe('bookingEmail', () => {
  it('words each kind for the student', () => {
    const subjects = (['confirmed', 'rescheduled', 'cancelled', 'location-changed', 'reminder'] as const).map(
      (kind) => bookingEmail({ ...base, kind, reminderMinutes: 1440 }).subject,
    );
    expect(subjects).toEqual([
      'Confirmed: Behavioral mock interview on Jul 1, 10:00 AM CDT',
      'Rescheduled: Behavioral mock interview, now Jul 1, 10:00 AM CDT',
      'Cancelled: Behavioral mock interview on Jul 1, 10:00 AM CDT',
      'New location: Behavioral mock interview on Jul 1, 10:00 AM CDT',
      'Reminder: Behavioral mock interview in 24 hours (Jul 1, 10:00 AM CDT)',
    ]);
  });

  it('tells the coach who booked, in the coach’s zone, without the preparation notes meant for the student', () => {
    const email = bookingEmail({ ...base, recipientRole: 'coach', recipientName: 'Priya', otherPartyName: 'Jordan Rivera', timeZone: 'Asia/Kolkata' });
    expect(email.subject).toBe('New session: Behavioral mock interview with Jordan Rivera on Jul 1, 8:30 PM GMT+5:30');
    expect(email.text).toContain('When: Wednesday, July 1, 2026, 8:30 PM – 9:30 PM GMT+5:30 (Asia/Kolkata)');
    expect(email.text).not.toContain('How to prepare');
  });

  it('gives the student the time in their zone, what to prepare, the invite note and the link back, in text and HTML', () => {
    const email = bookingEmail(base);
    expect(email.text).toContain('When: Wednesday, July 1, 2026, 10:00 AM – 11:00 AM CDT (America/Chicago)');
    expect(email.text).toContain('How to prepare:\nBring two STAR stories.');
    expect(email.text).toContain('The attached invite.ics adds it to your calendar.');
    expect(email.text).toContain('Session details: https://debrief.example/sessions/abc?x=1&y=2');
    expect(email.html).toContain('href="https://debrief.example/sessions/abc?x=1&amp;y=2"');
    expect(email.html).toContain('Northfield &lt;Career&gt; Center');
    expect(email.html).toContain('Room 2 &lt;east wing&gt;');
    expect(email.html).toContain('Hello Jordan &amp; Co,');
    expect(email.html).not.toContain('<east wing>');
  });

  it('shows the previous time of a reschedule and the reason of a cancellation', () => {
    const moved = bookingEmail({ ...base, kind: 'rescheduled', previousStart: new Date('2026-06-30T15:00:00Z'), previousEnd: new Date('2026-06-30T16:00:00Z') });
    expect(moved.text).toContain('Previously: Tuesday, June 30, 2026, 10:00 AM – 11:00 AM CDT');
    const cancelled = bookingEmail({ ...base, kind: 'cancelled', reason: 'Coach is ill' });
    expect(cancelled.text).toContain('Reason: Coach is ill');
    expect(cancelled.text).toContain('removes it from your calendar');
    expect(cancelled.text).not.toContain('How to prepare');
  });

  it('says how far ahead a reminder is', () => {
    expect([60, 1440, 2880, 30, 90].map(leadTime)).toEqual(['in 1 hour', 'in 24 hours', 'in 2 days', 'in 30 minutes', 'in 90 minutes']);
  });
});
