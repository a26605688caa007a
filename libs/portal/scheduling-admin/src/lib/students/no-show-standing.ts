import { BookingStanding, formatShortDate } from '@debrief/portal/core';
import { plural } from '../shared/format';

export type Standing = Pick<BookingStanding, 'noShows' | 'limit' | 'windowDays' | 'blockedUntil'>;

export interface StandingText {
  paused: boolean;
  headline: string;
  detail: string;
}

/** A student's no-show standing in words: whether self-booking is paused, until when, and why. */
export function standingText(standing: Standing, timeZone: string): StandingText {
  const { noShows, limit, windowDays, blockedUntil } = standing;
  const counted = `${plural(noShows, 'unexcused no-show')} in the last ${plural(windowDays, 'day')}`;
  if (!blockedUntil) {
    return {
      paused: false,
      headline: 'Self-booking is open.',
      detail: `${counted}; self-booking pauses at ${limit}.`,
    };
  }
  return {
    paused: true,
    headline: `Self-booking is paused until ${formatShortDate(blockedUntil, timeZone)}.`,
    detail:
      `Why: ${counted}, and the limit is ${limit}. It lifts when the oldest counted no-show is ${plural(windowDays, 'day')} old, ` +
      `or sooner if you excuse no-shows until fewer than ${limit} remain. You can still book for this student.`,
  };
}
