import { tryParseIsoDate } from './civil-date';
import type { DateOverride, RangeProblem, WeeklyRange } from './slot-types';

/** Checks hours as a coach enters them; messages are meant to be shown to the coach. */

const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** Problems with one start/end pair, or null when 0 <= start < end <= 1440 on 5-minute marks. */
function boundsProblem(start: number | undefined, end: number | undefined): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'start and end must be whole minutes';
  const [s, e] = [start as number, end as number];
  if (s < 0 || e > 1440) return 'times must lie between 00:00 and 24:00';
  if (s >= e) return `start (${hhmm(s)}) must be before end (${hhmm(e)})`;
  if (s % 5 !== 0 || e % 5 !== 0) return 'times must be multiples of 5 minutes';
  return null;
}

/** Reports every overlap between valid ranges sharing a key (weekday or date), on the later one. */
function overlapProblems(
  items: { index: number; key: string; label: string; start: number; end: number }[],
): RangeProblem[] {
  const problems: RangeProblem[] = [];
  const sorted = [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.start - b.start));
  for (let i = 1; i < sorted.length; i++) {
    const cur = sorted[i];
    for (let j = i - 1; j >= 0 && sorted[j].key === cur.key; j--) {
      const prev = sorted[j];
      if (prev.end > cur.start) {
        problems.push({
          index: cur.index,
          message: `${cur.label} ${hhmm(prev.start)}–${hhmm(prev.end)} overlaps ${hhmm(cur.start)}–${hhmm(cur.end)}`,
        });
      }
    }
  }
  return problems;
}

/** Weekly ranges: weekday 1..7, 0 <= start < end <= 1440, multiples of 5, no overlaps per weekday. */
export function validateWeeklyRanges(ranges: WeeklyRange[]): RangeProblem[] {
  const problems: RangeProblem[] = [];
  const valid: Parameters<typeof overlapProblems>[0] = [];
  ranges.forEach((r, index) => {
    if (!Number.isInteger(r.weekday) || r.weekday < 1 || r.weekday > 7) {
      problems.push({ index, message: 'weekday must be 1 (Monday) to 7 (Sunday)' });
      return;
    }
    const bad = boundsProblem(r.startMinute, r.endMinute);
    if (bad) problems.push({ index, message: `${WEEKDAYS[r.weekday]}: ${bad}` });
    else valid.push({ index, key: String(r.weekday), label: WEEKDAYS[r.weekday], start: r.startMinute, end: r.endMinute });
  });
  return [...problems, ...overlapProblems(valid)].sort((a, b) => a.index - b.index);
}

/** Date overrides: real dates, EXTRA with valid non-overlapping hours, no EXTRA on a day off. */
export function validateOverrides(overrides: DateOverride[]): RangeProblem[] {
  const problems: RangeProblem[] = [];
  const valid: Parameters<typeof overlapProblems>[0] = [];
  const daysOff = new Set(overrides.filter((o) => o.kind === 'DAY_OFF').map((o) => o.date));
  overrides.forEach((o, index) => {
    if (tryParseIsoDate(o.date) === null) {
      problems.push({ index, message: `"${o.date}" is not a date (YYYY-MM-DD)` });
    } else if (o.kind === 'EXTRA') {
      const bad = boundsProblem(o.startMinute, o.endMinute);
      if (bad) problems.push({ index, message: `${o.date}: ${bad}` });
      else if (daysOff.has(o.date)) problems.push({ index, message: `${o.date} is marked as a day off` });
      else valid.push({ index, key: o.date, label: o.date, start: o.startMinute ?? 0, end: o.endMinute ?? 0 });
    } else if (o.kind !== 'DAY_OFF') {
      problems.push({ index, message: 'kind must be EXTRA or DAY_OFF' });
    }
  });
  return [...problems, ...overlapProblems(valid)].sort((a, b) => a.index - b.index);
}
