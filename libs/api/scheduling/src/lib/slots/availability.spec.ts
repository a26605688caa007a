import { DateTime } from 'luxon';
import { computeSlots, openIntervals } from './index';
import type { CoachCalendar, DateOverride, SlotQuery, WeeklyRange } from './slot-types';

const utc = (iso: string) => Date.parse(iso);
const iv = (start: string, end: string) => ({ start: utc(start), end: utc(end) });
const coachIn = (timeZone: string, weekly: WeeklyRange[], overrides: DateOverride[] = []): CoachCalendar => ({
  coachId: 'c1',
  timeZone,
  weekly,
  overrides,
  busy: [],
});
const query = (from: string, to: string, extra: Partial<SlotQuery> = {}): SlotQuery => ({
  window: { start: utc(from), end: utc(to) },
  now: utc('2026-01-01T00:00:00Z'),
  rules: { durationMinutes: 60, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, minNoticeMinutes: 0, horizonDays: 400, stepMinutes: 60 },
  closures: [],
  centerTimeZone: 'America/New_York',
  studentBusy: [],
  ...extra,
});
// 2026-06-10 is a Wednesday (ISO weekday 3).
const WED_9_TO_12: WeeklyRange[] = [{ weekday: 3, startMinute: 540, endMinute: 720 }];

describe('weekly hours on ordinary days', () => {
  it.each([
    ['America/New_York', '2026-06-10T13:00:00Z', '2026-06-10T16:00:00Z'],
    ['Europe/Berlin', '2026-06-10T07:00:00Z', '2026-06-10T10:00:00Z'],
    ['Asia/Kolkata', '2026-06-10T03:30:00Z', '2026-06-10T06:30:00Z'],
    ['Asia/Kathmandu', '2026-06-10T03:15:00Z', '2026-06-10T06:15:00Z'],
  ])('%s: Wednesday 09:00–12:00 is %s to %s', (zone, start, end) => {
    const q = query('2026-06-08T00:00:00Z', '2026-06-15T00:00:00Z');
    const coach = coachIn(zone, WED_9_TO_12);
    expect(openIntervals(coach, q)).toEqual([iv(start, end)]);
    const slots = computeSlots(coach, q);
    expect(slots.map((s) => DateTime.fromMillis(s, { zone }).toFormat('ccc HH:mm'))).toEqual([
      'Wed 09:00',
      'Wed 10:00',
      'Wed 11:00',
    ]);
  });

  it('winter offsets for New York and Berlin', () => {
    const q = query('2026-01-12T00:00:00Z', '2026-01-19T00:00:00Z'); // 2026-01-14 is a Wednesday
    expect(openIntervals(coachIn('America/New_York', WED_9_TO_12), q)).toEqual([iv('2026-01-14T14:00:00Z', '2026-01-14T17:00:00Z')]);
    expect(openIntervals(coachIn('Europe/Berlin', WED_9_TO_12), q)).toEqual([iv('2026-01-14T08:00:00Z', '2026-01-14T11:00:00Z')]);
  });

  it('several ranges a day, merged when they touch or overlap, sorted', () => {
    const coach = coachIn('Asia/Kolkata', [
      { weekday: 3, startMinute: 840, endMinute: 900 },
      { weekday: 3, startMinute: 540, endMinute: 600 },
      { weekday: 3, startMinute: 600, endMinute: 660 },
      { weekday: 3, startMinute: 630, endMinute: 690 },
    ]);
    expect(openIntervals(coach, query('2026-06-10T00:00:00Z', '2026-06-11T00:00:00Z'))).toEqual([
      iv('2026-06-10T03:30:00Z', '2026-06-10T06:00:00Z'),
      iv('2026-06-10T08:30:00Z', '2026-06-10T09:30:00Z'),
    ]);
  });

  it('clips to the window', () => {
    const q = query('2026-06-10T13:30:00Z', '2026-06-10T15:15:00Z');
    expect(openIntervals(coachIn('America/New_York', WED_9_TO_12), q)).toEqual([iv('2026-06-10T13:30:00Z', '2026-06-10T15:15:00Z')]);
    expect(openIntervals(coachIn('America/New_York', WED_9_TO_12), query('2026-06-10T16:00:00Z', '2026-06-10T20:00:00Z'))).toEqual([]);
  });

  it('a range ending at 24:00 ends at the next local midnight', () => {
    const coach = coachIn('Europe/Berlin', [{ weekday: 3, startMinute: 1320, endMinute: 1440 }]);
    expect(openIntervals(coach, query('2026-06-10T00:00:00Z', '2026-06-12T00:00:00Z'))).toEqual([
      iv('2026-06-10T20:00:00Z', '2026-06-10T22:00:00Z'),
    ]);
  });
});

describe('date overrides (local dates in the coach zone)', () => {
  const week = query('2026-06-08T00:00:00Z', '2026-06-15T00:00:00Z');

  it('DAY_OFF removes that date’s hours only', () => {
    const weekly = [3, 4].map((weekday) => ({ weekday, startMinute: 540, endMinute: 720 }));
    const coach = coachIn('America/New_York', weekly, [{ date: '2026-06-10', kind: 'DAY_OFF' }]);
    expect(openIntervals(coach, week)).toEqual([iv('2026-06-11T13:00:00Z', '2026-06-11T16:00:00Z')]);
  });

  it('EXTRA adds hours, also on a weekday without weekly hours, and joins adjacent weekly hours', () => {
    const coach = coachIn('America/New_York', WED_9_TO_12, [
      { date: '2026-06-13', kind: 'EXTRA', startMinute: 600, endMinute: 690 }, // Saturday
      { date: '2026-06-10', kind: 'EXTRA', startMinute: 720, endMinute: 780 }, // Wednesday, right after
    ]);
    expect(openIntervals(coach, week)).toEqual([
      iv('2026-06-10T13:00:00Z', '2026-06-10T17:00:00Z'),
      iv('2026-06-13T14:00:00Z', '2026-06-13T15:30:00Z'),
    ]);
  });

  it('DAY_OFF wins over EXTRA on the same date', () => {
    const coach = coachIn('America/New_York', WED_9_TO_12, [
      { date: '2026-06-10', kind: 'EXTRA', startMinute: 720, endMinute: 780 },
      { date: '2026-06-10', kind: 'DAY_OFF' },
    ]);
    expect(openIntervals(coach, week)).toEqual([]);
  });

  it('the override date is the coach’s local date, not the UTC date', () => {
    // Kolkata Wednesday 2026-06-10 starts at 2026-06-09T18:30Z.
    const coach = coachIn('Asia/Kolkata', [], [{ date: '2026-06-10', kind: 'EXTRA', startMinute: 0, endMinute: 120 }]);
    expect(openIntervals(coach, week)).toEqual([iv('2026-06-09T18:30:00Z', '2026-06-09T20:30:00Z')]);
  });

  it('malformed override dates are rejected (they should never have been stored)', () => {
    const coach = coachIn('America/New_York', WED_9_TO_12, [{ date: '2026-02-30', kind: 'DAY_OFF' }]);
    expect(() => openIntervals(coach, week)).toThrow(RangeError);
  });
});

describe('center closures (inclusive local dates in the center zone)', () => {
  const everyDay = (start: number, end: number) =>
    [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: start, endMinute: end }));
  const window = ['2026-12-22T00:00:00Z', '2026-12-29T00:00:00Z'] as const;

  it('remove whole local days of the center zone', () => {
    const coach = coachIn('America/New_York', everyDay(540, 720));
    const q = query(...window, { closures: [{ startDate: '2026-12-24', endDate: '2026-12-26' }], centerTimeZone: 'America/New_York' });
    const days = openIntervals(coach, q).map((i) => new Date(i.start).toISOString().slice(0, 10));
    expect(days).toEqual(['2026-12-22', '2026-12-23', '2026-12-27', '2026-12-28']);
  });

  it('are cut at the center’s midnight, not the coach’s', () => {
    // Center in Los Angeles closes on 2026-12-24: [08:00Z on the 24th, 08:00Z on the 25th).
    const closures = [{ startDate: '2026-12-24', endDate: '2026-12-24' }];
    const q = query('2026-12-23T00:00:00Z', '2026-12-26T00:00:00Z', { closures, centerTimeZone: 'America/Los_Angeles' });
    // Kolkata mornings (03:30Z–06:30Z): the 24th is before the closure starts, the 25th inside it.
    expect(openIntervals(coachIn('Asia/Kolkata', everyDay(540, 720)), q)).toEqual([
      iv('2026-12-23T03:30:00Z', '2026-12-23T06:30:00Z'),
      iv('2026-12-24T03:30:00Z', '2026-12-24T06:30:00Z'),
    ]);
    // Berlin 06:00–12:00 (05:00Z–11:00Z) on the 24th keeps the hours before 08:00Z.
    const berlin = openIntervals(coachIn('Europe/Berlin', everyDay(360, 720)), q);
    expect(berlin).toContainEqual(iv('2026-12-24T05:00:00Z', '2026-12-24T08:00:00Z'));
    expect(berlin).toContainEqual(iv('2026-12-25T08:00:00Z', '2026-12-25T11:00:00Z'));
  });
});

describe('hours that run through midnight', () => {
  it('keep one step grid whatever the window start (anchored where the run begins)', () => {
    // Mon 22:00–24:00, all Tuesday, Wed 00:00–02:00 in Berlin (UTC+2 in June): one 28-hour run.
    const coach = coachIn('Europe/Berlin', [
      { weekday: 1, startMinute: 1320, endMinute: 1440 },
      { weekday: 2, startMinute: 0, endMinute: 1440 },
      { weekday: 3, startMinute: 0, endMinute: 120 },
    ]);
    const rules = { ...query('', '').rules, durationMinutes: 45, stepMinutes: 45 };
    const wholeRun = computeSlots(coach, query('2026-06-08T00:00:00Z', '2026-06-11T00:00:00Z', { rules }));
    const wednesdayOnly = computeSlots(coach, query('2026-06-09T22:00:00Z', '2026-06-11T00:00:00Z', { rules }));
    expect(wholeRun[0]).toBe(utc('2026-06-08T20:00:00Z'));
    expect(wednesdayOnly).toEqual(wholeRun.filter((s) => s >= utc('2026-06-09T22:00:00Z')));
    // 26 h after Monday 22:00 is not a multiple of 45 min: Wednesday starts at 00:15 and 01:00.
    expect(wednesdayOnly.map((s) => DateTime.fromMillis(s, { zone: 'Europe/Berlin' }).toFormat('ccc HH:mm'))).toEqual([
      'Wed 00:15',
      'Wed 01:00',
    ]);
  });
});
