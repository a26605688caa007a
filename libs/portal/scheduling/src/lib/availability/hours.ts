/**
 * Weekly hours as the editor shows them (a row per weekday with "HH:MM" ranges) and as the API
 * stores them (minutes after local midnight, ISO weekday 1 = Monday … 7 = Sunday). An end of
 * "00:00" means midnight at the end of the day (minute 1440), which a time input cannot show as 24:00.
 */

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const DAY_END = 1440;

export interface MinuteRange {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

export interface EditableRange {
  /** Stable identity for rendering and for putting messages next to the right range. */
  key: number;
  start: string;
  end: string;
}

export interface DayHours {
  weekday: number;
  name: string;
  ranges: EditableRange[];
}

/** The API's list index of each range, back to the range it came from. */
export interface RangeOrigin {
  weekday: number;
  key: number;
}

export interface Conversion {
  ranges: MinuteRange[];
  origins: RangeOrigin[];
  /** Ranges the editor itself can tell are incomplete, by key. */
  problems: Map<number, string>;
}

let nextKey = 1;

/** A fresh key for a range added in the editor. */
export function newRangeKey(): number {
  return nextKey++;
}

/** "09:30" → 570; as an end, "00:00" → 1440; anything else that is not HH:MM → null. */
export function timeToMinutes(value: string, asEnd = false): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return null;
  const total = hours * 60 + minutes;
  return asEnd && total === 0 ? DAY_END : total;
}

/** 570 → "09:30"; 1440 (end of day) → "00:00". */
export function minutesToTime(minutes: number): string {
  const within = ((minutes % DAY_END) + DAY_END) % DAY_END;
  return `${String(Math.floor(within / 60)).padStart(2, '0')}:${String(within % 60).padStart(2, '0')}`;
}

/** The API's ranges as seven editable days, Monday first, each day's ranges in time order. */
export function toDays(weekly: readonly MinuteRange[]): DayHours[] {
  return WEEKDAY_NAMES.map((name, i) => ({
    weekday: i + 1,
    name,
    ranges: weekly
      .filter((r) => r.weekday === i + 1)
      .sort((a, b) => a.startMinute - b.startMinute)
      .map((r) => ({ key: newRangeKey(), start: minutesToTime(r.startMinute), end: minutesToTime(r.endMinute) })),
  }));
}

/**
 * The editor's days as the API's whole week, plus which range each list entry came from (so the
 * API's per-index messages land next to the right range). Ranges missing a time are reported
 * here; whether times are in order, on 5-minute marks or overlapping is left to the API.
 */
export function toWeeklyRanges(days: readonly DayHours[]): Conversion {
  const conversion: Conversion = { ranges: [], origins: [], problems: new Map() };
  for (const day of days) {
    for (const range of day.ranges) {
      const startMinute = timeToMinutes(range.start);
      const endMinute = timeToMinutes(range.end, true);
      if (startMinute === null || endMinute === null) {
        conversion.problems.set(range.key, 'Enter a start and an end time.');
        continue;
      }
      conversion.ranges.push({ weekday: day.weekday, startMinute, endMinute });
      conversion.origins.push({ weekday: day.weekday, key: range.key });
    }
  }
  return conversion;
}

/** A sensible range to add to a day: 09:00–17:00 on an empty day, else the hour after the last range. */
export function nextRange(day: DayHours): EditableRange {
  const last = day.ranges[day.ranges.length - 1];
  const lastEnd = last ? timeToMinutes(last.end, true) : null;
  if (lastEnd === null) return { key: newRangeKey(), start: '09:00', end: '17:00' };
  const start = Math.min(lastEnd, DAY_END - 60);
  return { key: newRangeKey(), start: minutesToTime(start), end: minutesToTime(Math.min(start + 60, DAY_END)) };
}

/** "ranges.3: start (10:00) must be before end (09:00)" → index 3 and the message without the prefix. */
export function readRangeMessage(field: string | undefined, message: string): { index: number; message: string } | null {
  const match = /^ranges\.(\d+)$/.exec(field ?? '');
  if (!match) return null;
  return { index: Number(match[1]), message: message.replace(/^ranges\.\d+:\s*/, '') };
}
