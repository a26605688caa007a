import { formatCivilDate, formatDate, formatMoment, formatShortCivilDate, formatShortDate, formatShortMoment, formatSpan, formatterFor, formatTime, isoDateIn, slotLabel } from './zoned-time';

describe('zoned time', () => {
  const instant = '2026-11-24T09:00:00Z';

  it('shows an instant in the viewer’s zone, naming the zone', () => {
    expect(slotLabel(instant, 'Europe/Berlin')).toBe('Tuesday 24 November, 10:00 (Europe/Berlin)');
    expect(formatMoment(instant, 'America/New_York')).toBe('Tuesday 24 November 2026, 04:00 (America/New_York)');
    expect(formatTime(instant, 'Asia/Kolkata')).toBe('14:30');
  });

  it('puts the date on the end of a span only when it is another day there', () => {
    expect(formatSpan(instant, '2026-11-24T10:00:00Z', 'UTC')).toBe('Tuesday 24 November 2026, 09:00–10:00 (UTC)');
    expect(formatSpan('2026-11-24T18:00:00Z', '2026-11-24T19:00:00Z', 'Asia/Kolkata')).toBe(
      'Tuesday 24 November 2026, 23:30–Wednesday 25 November 2026, 00:30 (Asia/Kolkata)',
    );
  });

  it('formats civil dates without shifting them', () => {
    expect(formatCivilDate('2026-11-24')).toBe('Tuesday 24 November 2026');
    expect(formatDate('2026-11-24T23:30:00Z', 'America/Los_Angeles')).toBe('Tuesday 24 November 2026');
  });

  it('has short forms, and the calendar date of an instant in a zone', () => {
    expect(formatShortDate(instant, 'America/New_York')).toBe('Tue 24 Nov 2026');
    expect(formatShortMoment('2026-11-24T20:00:00Z', 'Asia/Kolkata')).toBe('Wed 25 Nov 2026, 01:30 (Asia/Kolkata)');
    expect(formatShortCivilDate('2026-11-24')).toBe('Tue 24 Nov 2026');
    expect(isoDateIn('2026-11-24T20:00:00Z', 'Asia/Kolkata')).toBe('2026-11-25');
    expect(isoDateIn('2026-11-24T03:00:00Z', 'America/New_York')).toBe('2026-11-23');
  });

  it('shows an unknown zone as UTC rather than failing', () => {
    expect(formatMoment(instant, 'Not/AZone')).toBe('Tuesday 24 November 2026, 09:00 (UTC)');
    expect(formatCivilDate('soon')).toBe('soon');
  });

  it('builds each formatter once per zone and style', () => {
    expect(formatterFor('Europe/Berlin', 'time')).toBe(formatterFor('Europe/Berlin', 'time'));
    expect(formatterFor('Europe/Berlin', 'time')).not.toBe(formatterFor('Europe/London', 'time'));
  });
});
