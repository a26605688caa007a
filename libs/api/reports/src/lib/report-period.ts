import { BadInputError } from '@debrief/api/core';
import { DateTime } from 'luxon';

/** A report's period: [from, to) as instants, and the dates (center zone, `to` included) it came from. */
export interface Period {
  from: Date;
  to: Date;
  firstDay: string;
  lastDay: string;
}

/** Longest period a report covers (a few academic years for the annual report's comparisons). */
export const MAX_PERIOD_DAYS = 5 * 366;

/**
 * The academic term holding `now` in the center's zone: spring January 1 – May 31, summer
 * June 1 – August 15, fall August 16 – December 31.
 */
export function currentTerm(now: Date, zone: string): { firstDay: string; lastDay: string } {
  const today = DateTime.fromJSDate(now, { zone });
  const y = today.year;
  const md = today.toFormat('MM-dd');
  if (md <= '05-31') return { firstDay: `${y}-01-01`, lastDay: `${y}-05-31` };
  if (md <= '08-15') return { firstDay: `${y}-06-01`, lastDay: `${y}-08-15` };
  return { firstDay: `${y}-08-16`, lastDay: `${y}-12-31` };
}

export function periodOf(firstDay: string, lastDay: string, zone: string): Period {
  const start = DateTime.fromISO(firstDay, { zone }).startOf('day');
  const end = DateTime.fromISO(lastDay, { zone }).startOf('day').plus({ days: 1 });
  if (end <= start) throw new BadInputError('to', 'The period must end on or after the day it starts.');
  if (end.diff(start, 'days').days > MAX_PERIOD_DAYS) throw new BadInputError('to', `A report covers at most ${MAX_PERIOD_DAYS} days.`);
  return { from: start.toJSDate(), to: end.toJSDate(), firstDay, lastDay };
}

/** The period of the same length (in days) just before. */
export function previousPeriod(p: Period, zone: string): Period {
  const first = DateTime.fromISO(p.firstDay, { zone });
  const days = Math.round(DateTime.fromISO(p.lastDay, { zone }).diff(first, 'days').days) + 1;
  const prevLast = first.minus({ days: 1 });
  const prevFirst = first.minus({ days });
  return periodOf(prevFirst.toISODate() ?? p.firstDay, prevLast.toISODate() ?? p.firstDay, zone);
}
