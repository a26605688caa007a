import { loggableUrl } from './logging';

describe('loggableUrl', () => {
  it('keeps plain paths', () => {
    expect(loggableUrl('/graphql')).toBe('/graphql');
    expect(loggableUrl('/calendar/bookings/6f1c.ics')).toBe('/calendar/bookings/6f1c.ics');
  });

  it('drops query strings and the calendar-feed token', () => {
    expect(loggableUrl('/accept-invite?token=s3cret')).toBe('/accept-invite?[redacted]');
    expect(loggableUrl('/calendar/feed/AbC-123_xyz.ics')).toBe('/calendar/feed/[redacted]');
    expect(loggableUrl('/calendar/feed/AbC-123_xyz.ics?x=1')).toBe('/calendar/feed/[redacted]?[redacted]');
    expect(loggableUrl(undefined)).toBe('');
  });
});
