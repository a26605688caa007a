import { fromLocalInput, placeText, seatsText, splitList, toLocalInput, workshopWhen } from './workshop-format';

describe('workshop formatting', () => {
  it('writes a workshop time in the viewer zone', () => {
    expect(workshopWhen({ startsAt: '2026-12-01T21:00:00Z', endsAt: '2026-12-01T22:30:00Z' }, 'America/New_York')).toBe(
      'Tuesday 1 December 2026, 16:00–17:30 (America/New_York)',
    );
  });

  it('says seats left or the waitlist length', () => {
    expect(seatsText({ seatsLeft: 1, waitlistLength: 0 })).toBe('1 seat left');
    expect(seatsText({ seatsLeft: 3, waitlistLength: 0 })).toBe('3 seats left');
    expect(seatsText({ seatsLeft: 0, waitlistLength: 4 })).toBe('Full: 4 on the waitlist');
  });

  it('does not invite someone who just took the last seat to join the waitlist', () => {
    expect(seatsText({ seatsLeft: 0, waitlistLength: 0, myRegistration: { status: 'REGISTERED' } })).toBe('Full');
    expect(seatsText({ seatsLeft: 0, waitlistLength: 0, myRegistration: null })).toBe('Full: the waitlist is empty, join it to be first in line');
  });

  it("says the viewer's place", () => {
    expect(placeText({ status: 'WAITLISTED', waitlistPosition: 2 })).toBe('You are on the waitlist: number 2 in line.');
    expect(placeText({ status: 'REGISTERED' })).toBe('You are registered.');
    expect(placeText(null)).toBeNull();
  });

  it('round-trips datetime-local values in a zone, across DST', () => {
    expect(fromLocalInput('2026-11-03T16:00', 'America/New_York')).toBe('2026-11-03T21:00:00.000Z');
    expect(toLocalInput('2026-10-27T20:00:00.000Z', 'America/New_York')).toBe('2026-10-27T16:00');
    expect(fromLocalInput('', 'UTC')).toBeNull();
  });

  it('splits comma lists', () => {
    expect(splitList(' Resume, interviews ,resume,', true)).toEqual(['resume', 'interviews']);
  });
});
