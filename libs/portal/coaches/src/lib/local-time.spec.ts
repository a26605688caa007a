import { formatLocalTime } from './local-time';

describe('formatLocalTime', () => {
  const noonUtc = new Date('2026-03-02T12:00:00Z');

  it('formats the time in the coach’s zone', () => {
    expect(formatLocalTime(noonUtc, 'UTC')).toBe('12:00');
    expect(formatLocalTime(noonUtc, 'Asia/Kolkata')).toBe('17:30');
    expect(formatLocalTime(noonUtc, 'America/New_York')).toBe('07:00');
  });

  it('gives up quietly on an unknown zone', () => {
    expect(formatLocalTime(noonUtc, 'Mars/Olympus')).toBe('');
  });
});
