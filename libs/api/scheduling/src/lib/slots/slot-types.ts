/** Epoch milliseconds (UTC instant). */
export type Millis = number;

/** Half-open instant range [start, end). */
export interface Interval {
  start: Millis;
  end: Millis;
}

/** ISO weekday 1=Mon..7=Sun; minutes after local midnight, 0 <= start < end <= 1440. */
export interface WeeklyRange {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

/** `date` is 'YYYY-MM-DD' in the coach's zone; EXTRA carries minutes, DAY_OFF does not. */
export interface DateOverride {
  date: string;
  kind: 'EXTRA' | 'DAY_OFF';
  startMinute?: number;
  endMinute?: number;
}

/** Inclusive local dates ('YYYY-MM-DD') in the center's zone. */
export interface Closure {
  startDate: string;
  endDate: string;
}

export interface CoachCalendar {
  coachId: string;
  /** IANA zone the weekly hours and overrides are written in. */
  timeZone: string;
  weekly: WeeklyRange[];
  overrides: DateOverride[];
  /** The coach's existing bookings INCLUDING their buffers. */
  busy: Interval[];
}

export interface SlotRules {
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minNoticeMinutes: number;
  /** Counted as horizonDays × 24 h from `now`, not in calendar days. */
  horizonDays: number;
  stepMinutes: number;
}

export interface SlotQuery {
  window: Interval;
  now: Millis;
  rules: SlotRules;
  closures: Closure[];
  centerTimeZone: string;
  /** The student's own active sessions (no buffers). */
  studentBusy: Interval[];
}

export type SlotRefusal =
  | 'OUTSIDE_HOURS'
  | 'CLOSED'
  | 'TOO_SOON'
  | 'BEYOND_HORIZON'
  | 'BUSY'
  | 'STUDENT_BUSY'
  | 'MISALIGNED';

export interface RangeProblem {
  index: number;
  message: string;
}

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
