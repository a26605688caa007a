import { CalendarEventSpec, CalendarSpec } from '../calendar/calendar-spec';
import { fingerprint } from './calendar-feed.service';

const event: CalendarEventSpec = {
  uid: 'u-1',
  sequence: 0,
  status: 'CONFIRMED',
  start: new Date('2026-03-10T13:00:00Z'),
  end: new Date('2026-03-10T14:00:00Z'),
  summary: 'Mock interview — Debrief',
  description: 'Bring your résumé.',
  location: 'Room 2',
  organizer: { name: 'Center', email: 'careers@debrief.example' },
  stamp: new Date('2026-03-01T12:00:00Z'),
};
const spec = (events: CalendarEventSpec[]): CalendarSpec => ({ method: 'PUBLISH', name: 'Center', omitAttendees: true, refreshSeconds: 3600, events });

describe('feed fingerprint (the ETag)', () => {
  it('is the same for the same events, and changes with anything the body shows', () => {
    const etag = fingerprint(spec([event]));
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(fingerprint(spec([{ ...event, stamp: new Date(event.stamp as Date) }]))).toBe(etag);
    const changes: Partial<CalendarEventSpec>[] = [
      { sequence: 1 },
      { status: 'CANCELLED' },
      { start: new Date('2026-03-10T13:30:00Z') },
      { description: 'Bring two résumés.' },
      { location: 'Room 3' },
      { summary: 'Other' },
      { stamp: new Date('2026-03-02T12:00:00Z') },
    ];
    for (const change of changes) expect(fingerprint(spec([{ ...event, ...change }]))).not.toBe(etag);
    expect(fingerprint(spec([event, { ...event, uid: 'u-2' }]))).not.toBe(etag);
    expect(fingerprint({ ...spec([event]), name: 'Another center' })).not.toBe(etag);
  });
});
