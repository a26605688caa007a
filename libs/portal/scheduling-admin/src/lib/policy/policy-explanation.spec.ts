import { policyExplanation } from './policy-explanation';

describe('policyExplanation', () => {
  it('explains the center defaults', () => {
    expect(policyExplanation({ maxActiveBookings: 3, noShowLimit: 3, noShowWindowDays: 120 })).toEqual({
      maxActiveBookings:
        'Each student can hold at most 3 upcoming sessions at once, across all session types. A session type can set a lower cap of its own.',
      noShows: '3 no-shows in 120 days pauses self-booking until the oldest one is 120 days old; you can excuse a no-show.',
    });
  });

  it('reads naturally for one', () => {
    expect(policyExplanation({ maxActiveBookings: 1, noShowLimit: 1, noShowWindowDays: 1 })).toEqual({
      maxActiveBookings:
        'Each student can hold at most 1 upcoming session at once, across all session types. A session type can set a lower cap of its own.',
      noShows: '1 no-show in 1 day pauses self-booking until it is 1 day old; you can excuse a no-show.',
    });
  });

  it('explains nothing for missing or invalid numbers', () => {
    expect(policyExplanation({ maxActiveBookings: null, noShowLimit: 2, noShowWindowDays: 0 })).toEqual({
      maxActiveBookings: '',
      noShows: '',
    });
    expect(policyExplanation({ maxActiveBookings: 2.5 }).maxActiveBookings).toBe('');
  });
});
