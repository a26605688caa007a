import { canCancel, canExcuse, statusLabel } from './booking-status';
import { standingText } from './no-show-standing';

describe('standingText', () => {
  it('says self-booking is open, with the count towards the limit', () => {
    expect(standingText({ noShows: 1, limit: 3, windowDays: 120, blockedUntil: null }, 'America/Chicago')).toEqual({
      paused: false,
      headline: 'Self-booking is open.',
      detail: '1 unexcused no-show in the last 120 days; self-booking pauses at 3.',
    });
  });

  it('says until when and why self-booking is paused', () => {
    const text = standingText({ noShows: 3, limit: 3, windowDays: 120, blockedUntil: '2026-06-02T15:00:00Z' }, 'America/Chicago');
    expect(text.paused).toBe(true);
    expect(text.headline).toBe('Self-booking is paused until Tue 2 Jun 2026.');
    expect(text.detail).toContain('Why: 3 unexcused no-shows in the last 120 days, and the limit is 3.');
    expect(text.detail).toContain('the oldest counted no-show is 120 days old');
    expect(text.detail).toContain('You can still book for this student.');
  });
});

describe('booking status', () => {
  it('labels statuses, excused no-shows included', () => {
    expect(statusLabel({ status: 'BOOKED', noShowExcused: false })).toBe('Booked');
    expect(statusLabel({ status: 'NO_SHOW', noShowExcused: false })).toBe('No-show');
    expect(statusLabel({ status: 'NO_SHOW', noShowExcused: true })).toBe('No-show (excused)');
  });

  it('lets staff cancel booked sessions and excuse each no-show once', () => {
    expect(canCancel({ status: 'BOOKED' })).toBe(true);
    expect(canCancel({ status: 'COMPLETED' })).toBe(false);
    expect(canExcuse({ status: 'NO_SHOW', noShowExcused: false })).toBe(true);
    expect(canExcuse({ status: 'NO_SHOW', noShowExcused: true })).toBe(false);
    expect(canExcuse({ status: 'CANCELLED', noShowExcused: false })).toBe(false);
  });
});
