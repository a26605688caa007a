import { DateTime } from 'luxon';
import { computeSlots, slotsForAnyCoach } from './index';
import type { CoachCalendar, Interval, SlotQuery, SlotRules, WeeklyRange } from './slot-types';

const ZONE = 'America/Chicago';
/** Local wall time on 2026-06-10 (a Wednesday, CDT = UTC−5) unless a date is given. */
const at = (hhmm: string, date = '2026-06-10') => DateTime.fromISO(`${date}T${hhmm}`, { zone: ZONE }).toMillis();
const hm = (ms: number) => DateTime.fromMillis(ms, { zone: ZONE }).toFormat('HH:mm');
const span = (from: string, to: string, date = '2026-06-10'): Interval => ({ start: at(from, date), end: at(to, date) });
const wed = (start: string, end: string): WeeklyRange => {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  return { weekday: 3, startMinute: minutes(start), endMinute: minutes(end) };
};
const coach = (weekly: WeeklyRange[], busy: Interval[] = [], coachId = 'c1', timeZone = ZONE): CoachCalendar => ({
  coachId,
  timeZone,
  weekly,
  overrides: [],
  busy,
});
const RULES: SlotRules = { durationMinutes: 60, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, minNoticeMinutes: 0, horizonDays: 30, stepMinutes: 30 };
const query = (rules: Partial<SlotRules> = {}, extra: Partial<SlotQuery> = {}): SlotQuery => ({
  window: { start: at('00:00', '2026-06-08'), end: at('00:00', '2026-06-15') },
  now: at('00:00', '2026-06-01'),
  rules: { ...RULES, ...rules },
  closures: [],
  centerTimeZone: ZONE,
  studentBusy: [],
  ...extra,
});

describe('computeSlots', () => {
  it('steps from the start of the open interval in 30-minute steps (:00/:30)', () => {
    expect(computeSlots(coach([wed('09:00', '12:00')]), query()).map(hm)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00']);
  });

  it('aligns to an interval that starts off the hour', () => {
    expect(computeSlots(coach([wed('09:10', '11:00')]), query({ durationMinutes: 30 })).map(hm)).toEqual(['09:10', '09:40', '10:10']);
  });

  it('never lets a slot straddle two open intervals', () => {
    const slots = computeSlots(coach([wed('09:00', '10:30'), wed('11:00', '12:00')]), query());
    expect(slots.map(hm)).toEqual(['09:00', '09:30', '11:00']);
  });

  it('is sorted and unique even when ranges overlap', () => {
    const slots = computeSlots(coach([wed('09:00', '11:00'), wed('10:00', '12:00'), wed('09:30', '10:30')]), query());
    expect(slots.map(hm)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00']);
    const everyWeekday = [1, 2, 3, 4, 5].flatMap((weekday) => [
      { weekday, startMinute: 480, endMinute: 720 },
      { weekday, startMinute: 600, endMinute: 1020 },
    ]);
    const week = computeSlots(coach(everyWeekday), query({ stepMinutes: 15 }));
    expect(week.length).toBe(5 * 33);
    week.slice(1).forEach((s, i) => expect(s).toBeGreaterThan(week[i]));
  });

  describe('buffers', () => {
    // A booking 11:00–12:00 whose stored busy range includes 15 min before and after.
    const booked = coach([wed('09:00', '14:00')], [span('10:45', '12:15')]);

    it('a buffered busy range blocks starts whose own buffers would touch it', () => {
      const slots = computeSlots(booked, query({ stepMinutes: 15, bufferBeforeMinutes: 10, bufferAfterMinutes: 15 }));
      // Need [s−10, s+75) clear of [10:45, 12:15): s <= 09:30 or s >= 12:25.
      expect(slots.map(hm)).toEqual(['09:00', '09:15', '09:30', '12:30', '12:45', '13:00']);
    });

    it('without our own buffers, starts can touch the busy range on both sides', () => {
      const slots = computeSlots(booked, query({ stepMinutes: 15 }));
      expect(slots.map(hm)).toEqual(['09:00', '09:15', '09:30', '09:45', '12:15', '12:30', '12:45', '13:00']);
    });
  });

  it('studentBusy blocks overlapping starts but not adjacent ones', () => {
    const slots = computeSlots(coach([wed('08:00', '13:00')]), query({}, { studentBusy: [span('10:00', '11:00')] }));
    expect(slots.map(hm)).toEqual(['08:00', '08:30', '09:00', '11:00', '11:30', '12:00']);
  });

  it('minimum notice cuts off early starts without moving the grid', () => {
    const slots = computeSlots(coach([wed('09:00', '12:00')]), query({ minNoticeMinutes: 60 }, { now: at('09:20') }));
    expect(slots.map(hm)).toEqual(['10:30', '11:00']);
    const exact = computeSlots(coach([wed('09:00', '12:00')]), query({ minNoticeMinutes: 60 }, { now: at('09:30') }));
    expect(exact.map(hm)).toEqual(['10:30', '11:00']);
  });

  it('the horizon is inclusive and counted in 24-hour days from now', () => {
    const weekly = [2, 3].map((weekday) => ({ weekday, startMinute: 540, endMinute: 720 }));
    const slots = computeSlots(coach(weekly), query({ horizonDays: 1 }, { now: at('09:00', '2026-06-09') }));
    expect(slots.map((s) => DateTime.fromMillis(s, { zone: ZONE }).toFormat('ccc HH:mm'))).toEqual([
      'Tue 09:00', 'Tue 09:30', 'Tue 10:00', 'Tue 10:30', 'Tue 11:00', 'Wed 09:00',
    ]);
  });

  it('keeps starts inside the window (end exclusive) but lets a session run past the window end', () => {
    const slots = computeSlots(coach([wed('09:00', '12:00')]), query({}, { window: { start: at('10:07'), end: at('11:00') } }));
    expect(slots.map(hm)).toEqual(['10:30']);
    const toEleven01 = computeSlots(coach([wed('09:00', '12:00')]), query({}, { window: { start: at('10:07'), end: at('11:01') } }));
    expect(toEleven01.map(hm)).toEqual(['10:30', '11:00']);
  });

  it('returns nothing for an empty window or when notice passes the horizon', () => {
    const c = coach([wed('09:00', '12:00')]);
    expect(computeSlots(c, query({}, { window: { start: at('12:00'), end: at('09:00') } }))).toEqual([]);
    expect(computeSlots(c, query({ minNoticeMinutes: 3 * 1440, horizonDays: 2 }))).toEqual([]);
  });

  it('rejects rules that cannot work (step 0 would never advance)', () => {
    expect(() => computeSlots(coach([wed('09:00', '12:00')]), query({ stepMinutes: 0 }))).toThrow(RangeError);
    expect(() => computeSlots(coach([wed('09:00', '12:00')]), query({ bufferAfterMinutes: -5 }))).toThrow(RangeError);
  });
});

describe('slotsForAnyCoach', () => {
  it('maps each start to the coaches free then, ids ascending, starts ascending', () => {
    const a = coach([wed('09:00', '11:00')], [], 'coach-b');
    const b = coach([wed('10:00', '12:00')], [span('10:00', '10:30')], 'coach-a');
    // coach-c is in New York: 12:00–13:00 there is 11:00–12:00 in Chicago.
    const c = coach([wed('12:00', '13:00')], [], 'coach-c', 'America/New_York');
    const merged = slotsForAnyCoach([a, b, c], query());
    expect([...merged.entries()].map(([s, ids]) => [hm(s), ids])).toEqual([
      ['09:00', ['coach-b']],
      ['09:30', ['coach-b']],
      ['10:00', ['coach-b']],
      ['10:30', ['coach-a']],
      ['11:00', ['coach-a', 'coach-c']],
    ]);
  });

  it('is empty without coaches', () => {
    expect(slotsForAnyCoach([], query()).size).toBe(0);
  });
});
