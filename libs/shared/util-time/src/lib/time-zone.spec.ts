import { isValidTimeZone, listTimeZones } from './time-zone';

describe('isValidTimeZone', () => {
  it.each(['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Adelaide'])('accepts %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });

  it.each(['', 'Mars/Olympus', 'GMT+25', 'Europe/Berlin; DROP TABLE'])('rejects %p', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });

  it('lists zones including UTC and a half-hour zone', () => {
    const zones = listTimeZones();
    expect(zones).toContain('UTC');
    expect(zones).toContain('Asia/Kolkata');
  });
});
