import { BookingPolicyInput } from '@debrief/portal/core';
import { plural } from '../shared/format';

export interface PolicyExplanation {
  maxActiveBookings: string;
  noShows: string;
}

/** What a booking policy means for students, in words; incomplete numbers explain nothing yet. */
export function policyExplanation(policy: Partial<Record<keyof BookingPolicyInput, number | null>>): PolicyExplanation {
  const { maxActiveBookings: max, noShowLimit: limit, noShowWindowDays: days } = policy;
  return {
    maxActiveBookings: isCount(max)
      ? `Each student can hold at most ${plural(max, 'upcoming session')} at once, across all session types. A session type can set a lower cap of its own.`
      : '',
    noShows:
      isCount(limit) && isCount(days)
        ? `${plural(limit, 'no-show')} in ${plural(days, 'day')} ${limit === 1 ? 'pauses self-booking until it is' : 'pauses self-booking until the oldest one is'} ${plural(days, 'day')} old; you can excuse a no-show.`
        : '',
  };
}

function isCount(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}
