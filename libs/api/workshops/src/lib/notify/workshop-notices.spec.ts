import { parseMailbox, registrationUid, workshopEvent } from './workshop-calendar';
import { WorkshopNotice } from './workshop.template';
import { calendarMethod } from './workshop-notifier';

describe('workshop notices', () => {
  it('puts a calendar only with a seat: REQUEST to hold it, CANCEL when it goes', () => {
    expect(calendarMethod(WorkshopNotice.Registered, true)).toBe('REQUEST');
    expect(calendarMethod(WorkshopNotice.Promoted, true)).toBe('REQUEST');
    expect(calendarMethod(WorkshopNotice.WorkshopChanged, true)).toBe('REQUEST');
    expect(calendarMethod(WorkshopNotice.RegistrationCancelled, true)).toBe('CANCEL');
    expect(calendarMethod(WorkshopNotice.WorkshopCancelled, true)).toBe('CANCEL');
    for (const n of Object.values(WorkshopNotice)) expect(calendarMethod(n, false)).toBeNull();
  });

  it('derives a stable UUID-shaped UID per registration, different per registration', () => {
    const a = registrationUid('9f1c0000-0000-4000-8000-000000000001', 'r1');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(registrationUid('9f1c0000-0000-4000-8000-000000000001', 'r1')).toBe(a);
    expect(registrationUid('9f1c0000-0000-4000-8000-000000000001', 'r2')).not.toBe(a);
  });

  it('keeps the student out of the summary and marks a cancelled event', () => {
    const e = workshopEvent({
      workshopUid: 'u',
      registrationId: 'r',
      sequence: 3,
      cancelled: true,
      title: 'Résumé Lab',
      description: '',
      location: 'Room 1',
      startsAt: new Date('2026-12-01T15:00:00Z'),
      endsAt: new Date('2026-12-01T16:00:00Z'),
      organizer: parseMailbox('Debrief Career Center <careers@debrief.example>'),
      attendee: { name: 'Jordan Rivera', email: 'student@debrief.example' },
    });
    expect(e).toMatchObject({ summary: 'Résumé Lab — Debrief workshop', status: 'CANCELLED', sequence: 3, alarms: [] });
    expect(e.organizer).toEqual({ name: 'Debrief Career Center', email: 'careers@debrief.example' });
  });
});
