import { closureDates } from './closure-dates';

describe('closureDates', () => {
  it('shows a civil date as that same day, whatever the browser zone', () => {
    expect(closureDates({ startDate: '2026-01-01', endDate: '2026-01-01' })).toBe('Thu 1 Jan 2026');
  });

  it('shows a range with both ends', () => {
    expect(closureDates({ startDate: '2026-12-24', endDate: '2027-01-01' })).toBe('Thu 24 Dec 2026 – Fri 1 Jan 2027');
  });
});
