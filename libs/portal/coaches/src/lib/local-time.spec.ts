import { formatLocalTime } from './local-time';

describe('formatLocalTime', () => {
  const noonUtc = new Date('2026-03-02T12:00:00Z');

  it('formats the time in the coach’s zone', () => {
    expect(formatLocalTime(noonUtc, 'UTC')).toBe('12:00 PM');
    expect(formatLocalTime(noonUtc, 'Asia/Kolkata')).toBe('5:30 PM');
    expect(formatLocalTime(noonUtc, 'America/New_York')).toBe('7:00 AM');
  });

  it('gives up quietly on an unknown zone', () => {
    expect(formatLocalTime(noonUtc, 'Mars/Olympus')).toBe('');
  });
});
