import { daysWindow, isIsoDate, mondayOf, readWeek, shiftWeek, weekDates, weekOf, weekWindow } from './week';

describe('week math', () => {
  it('finds the Monday of the week an instant falls in, in the viewer’s zone', () => {
    // Sunday 29 Nov 2026, 23:30 in New York is already Monday 30 Nov in UTC and Kolkata.
    const instant = '2026-11-30T04:30:00Z';
    expect(weekOf(instant, 'America/New_York')).toBe('2026-11-23');
    expect(weekOf(instant, 'UTC')).toBe('2026-11-30');
    expect(weekOf(instant, 'Asia/Kolkata')).toBe('2026-11-30');
  });

  it('moves by whole weeks, across months and years', () => {
    expect(shiftWeek('2026-11-23', 1)).toBe('2026-11-30');
    expect(shiftWeek('2026-11-30', 1)).toBe('2026-12-07');
    expect(shiftWeek('2026-12-28', 1)).toBe('2027-01-04');
    expect(shiftWeek('2026-11-02', -1)).toBe('2026-10-26');
  });

  it('lists the seven dates, Monday first', () => {
    expect(weekDates('2026-12-28')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });

  it('spans Monday midnight to Monday midnight in the zone, 169 hours when the clocks go back', () => {
    const { from, to } = weekWindow('2026-10-26', 'America/New_York');
    expect(from).toBe('2026-10-26T04:00:00Z');
    expect(to).toBe('2026-11-02T05:00:00Z');
    expect((Date.parse(to) - Date.parse(from)) / 3600_000).toBe(169);
  });

  it('is 167 hours long when the clocks go forward', () => {
    const { from, to } = weekWindow('2026-03-02', 'America/New_York');
    expect((Date.parse(to) - Date.parse(from)) / 3600_000).toBe(167);
  });

  it('uses the zone’s own midnight for zones with half-hour offsets', () => {
    expect(weekWindow('2026-11-23', 'Asia/Kolkata')).toEqual({ from: '2026-11-22T18:30:00Z', to: '2026-11-29T18:30:00Z' });
  });

  it('makes consecutive weeks meet exactly, so no slot falls between them', () => {
    const zone = 'America/New_York';
    expect(weekWindow('2026-10-26', zone).to).toBe(weekWindow(shiftWeek('2026-10-26', 1), zone).from);
  });

  it('reads the week from the URL, normalised to its Monday, or falls back to the current week', () => {
    const now = Date.parse('2026-11-21T12:00:00Z');
    expect(readWeek('2026-11-25', 'UTC', now)).toBe('2026-11-23');
    expect(readWeek('2026-11-23', 'UTC', now)).toBe('2026-11-23');
    expect(readWeek(undefined, 'UTC', now)).toBe('2026-11-16');
    expect(readWeek('next tuesday', 'UTC', now)).toBe('2026-11-16');
    expect(readWeek('2026-02-30', 'UTC', now)).toBe('2026-11-16');
  });

  it('checks dates strictly', () => {
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('29/11/2026')).toBeNull();
    expect(isIsoDate('2026-11-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
  });

  it('gives whole days from local midnight for the schedule', () => {
    expect(daysWindow('2026-11-01', 1, 'America/New_York')).toEqual({ from: '2026-11-01T04:00:00Z', to: '2026-11-02T05:00:00Z' });
  });
});
