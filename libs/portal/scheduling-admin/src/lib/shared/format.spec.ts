import { formatShortCivilDate, formatShortDate, formatShortMoment } from '@debrief/portal/core';
import { fieldMessage, formatMinutes, plural } from './format';

describe('format helpers', () => {
  it('formats minutes as minutes and hours', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(90)).toBe('1 h 30 min');
  });

  it('pluralises a unit', () => {
    expect(plural(1, 'day')).toBe('1 day');
    expect(plural(0, 'day')).toBe('0 days');
    expect(plural(3, 'no-show')).toBe('3 no-shows');
  });

  it('keeps civil dates on their day and leaves nonsense alone', () => {
    expect(formatShortCivilDate('2026-12-31')).toBe('Thu 31 Dec 2026');
    expect(formatShortCivilDate('soon')).toBe('soon');
  });

  it('shows instants in the viewer’s zone, with the zone', () => {
    expect(formatShortMoment('2026-03-03T16:00:00Z', 'America/Chicago')).toBe('Tue 3 Mar 2026, 10:00 (America/Chicago)');
    expect(formatShortMoment('2026-03-03T16:00:00Z', 'Not/AZone')).toBe('Tue 3 Mar 2026, 16:00 (UTC)');
    expect(formatShortDate('2026-03-04T03:00:00Z', 'America/Chicago')).toBe('Tue 3 Mar 2026');
  });

  it('drops the API’s field prefix from a message shown under that field', () => {
    expect(fieldMessage('endDate: must be on or after startDate', 'endDate')).toBe('Must be on or after startDate');
    expect(fieldMessage('This coach does not offer that session type.', 'coachId')).toBe('This coach does not offer that session type.');
  });
});
