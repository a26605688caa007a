import { closureDates } from './closure-dates';

describe('closureDates', () => {
  it('shows a civil date as that same day, whatever the browser zone', () => {
    expect(closureDates({ startDate: '2026-01-01', endDate: '2026-01-01' })).toBe('Thu, Jan 1, 2026');
  });

  it('shows a range with both ends', () => {
    expect(closureDates({ startDate: '2026-12-24', endDate: '2027-01-01' })).toBe('Thu, Dec 24, 2026 – Fri, Jan 1, 2027');
  });
});
