import { DateTime } from 'luxon';
import { computeSlots, openIntervals } from './index';
import type { CoachCalendar, SlotQuery, WeeklyRange } from './slot-types';

const utc = (iso: string) => Date.parse(iso);
const wall = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone, locale: 'en-US' }).toFormat('yyyy-MM-dd HH:mm ZZZZ');
const everyDay = (startMinute: number, endMinute: number): WeeklyRange[] =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute, endMinute }));
const coachIn = (timeZone: string, weekly: WeeklyRange[]): CoachCalendar => ({
  coachId: 'c1',
  timeZone,
  weekly,
  overrides: [],
  busy: [],
});
const query = (from: string, to: string): SlotQuery => ({
  window: { start: utc(from), end: utc(to) },
  now: utc('2026-01-01T00:00:00Z'),
  rules: { durationMinutes: 60, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, minNoticeMinutes: 0, horizonDays: 400, stepMinutes: 60 },
  closures: [],
  centerTimeZone: 'America/New_York',
  studentBusy: [],
});
const HOURS = (h: number) => h * 3_600_000;

describe('09:00–12:00 weekly hours around daylight-saving changes', () => {
  const cases: { name: string; zone: string; from: string; to: string; utcStarts: string[] }[] = [
    {
      name: 'US spring-forward 2026-03-08',
      zone: 'America/New_York',
      from: '2026-03-07T00:00:00Z',
      to: '2026-03-10T00:00:00Z',
      utcStarts: ['03-07T14', '03-07T15', '03-07T16', '03-08T13', '03-08T14', '03-08T15', '03-09T13', '03-09T14', '03-09T15'],
    },
    {
      name: 'US fall-back 2026-11-01',
      zone: 'America/New_York',
      from: '2026-10-31T00:00:00Z',
      to: '2026-11-03T00:00:00Z',
      utcStarts: ['10-31T13', '10-31T14', '10-31T15', '11-01T14', '11-01T15', '11-01T16', '11-02T14', '11-02T15', '11-02T16'],
    },
    {
      name: 'EU spring-forward 2026-03-29',
      zone: 'Europe/Berlin',
      from: '2026-03-28T00:00:00Z',
      to: '2026-03-31T00:00:00Z',
      utcStarts: ['03-28T08', '03-28T09', '03-28T10', '03-29T07', '03-29T08', '03-29T09', '03-30T07', '03-30T08', '03-30T09'],
    },
    {
      name: 'EU fall-back 2026-10-25',
      zone: 'Europe/Berlin',
      from: '2026-10-24T00:00:00Z',
      to: '2026-10-27T00:00:00Z',
      utcStarts: ['10-24T07', '10-24T08', '10-24T09', '10-25T08', '10-25T09', '10-25T10', '10-26T08', '10-26T09', '10-26T10'],
    },
  ];

  it.each(cases)('$name: 09:00, 10:00, 11:00 local on the day and the days around it', ({ zone, from, to, utcStarts }) => {
    const slots = computeSlots(coachIn(zone, everyDay(540, 720)), query(from, to));
    expect(slots).toEqual(utcStarts.map((s) => utc(`2026-${s}:00:00Z`)));
    const localTimes = slots.map((s) => DateTime.fromMillis(s, { zone }).toFormat('HH:mm'));
    expect(localTimes).toEqual(['09:00', '10:00', '11:00', '09:00', '10:00', '11:00', '09:00', '10:00', '11:00']);
  });
});

describe('01:00–04:00 across the gap or overlap', () => {
  it('US spring-forward: 2 real hours, starts at 01:00 EST and 03:00 EDT', () => {
    const coach = coachIn('America/New_York', everyDay(60, 240));
    const q = query('2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z');
    expect(openIntervals(coach, q)).toEqual([{ start: utc('2026-03-08T06:00:00Z'), end: utc('2026-03-08T08:00:00Z') }]);
    expect(computeSlots(coach, q).map((s) => wall(s, 'America/New_York'))).toEqual([
      '2026-03-08 01:00 EST',
      '2026-03-08 03:00 EDT',
    ]);
  });

  it('US fall-back: 4 real hours, 01:00 happens twice', () => {
    const coach = coachIn('America/New_York', everyDay(60, 240));
    const q = query('2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z');
    const [open] = openIntervals(coach, q);
    expect(open).toEqual({ start: utc('2026-11-01T05:00:00Z'), end: utc('2026-11-01T09:00:00Z') });
    expect(open.end - open.start).toBe(HOURS(4));
    expect(computeSlots(coach, q).map((s) => wall(s, 'America/New_York'))).toEqual([
      '2026-11-01 01:00 EDT',
      '2026-11-01 01:00 EST',
      '2026-11-01 02:00 EST',
      '2026-11-01 03:00 EST',
    ]);
  });

  it('EU spring-forward: 2 real hours', () => {
    const coach = coachIn('Europe/Berlin', everyDay(60, 240));
    const [open, ...rest] = openIntervals(coach, query('2026-03-28T22:00:00Z', '2026-03-29T22:00:00Z'));
    expect(rest).toEqual([]);
    expect(open).toEqual({ start: utc('2026-03-29T00:00:00Z'), end: utc('2026-03-29T02:00:00Z') });
  });

  it('EU fall-back: 4 real hours', () => {
    const coach = coachIn('Europe/Berlin', everyDay(60, 240));
    const [open, ...rest] = openIntervals(coach, query('2026-10-24T22:00:00Z', '2026-10-25T22:00:00Z'));
    expect(rest).toEqual([]);
    expect(open).toEqual({ start: utc('2026-10-24T23:00:00Z'), end: utc('2026-10-25T03:00:00Z') });
    expect(open.end - open.start).toBe(HOURS(4));
  });

  it('ranges starting in the gap are shifted forward; one ending before its shifted start is empty', () => {
    const q = query('2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z');
    const from0230 = coachIn('America/New_York', [{ weekday: 7, startMinute: 150, endMinute: 300 }]);
    expect(openIntervals(from0230, q)).toEqual([{ start: utc('2026-03-08T07:30:00Z'), end: utc('2026-03-08T09:00:00Z') }]);
    const insideGap = coachIn('America/New_York', [{ weekday: 7, startMinute: 130, endMinute: 170 }]);
    // 02:10 → 03:10 EDT and 02:50 → 03:50 EDT: the 40 minutes survive, shifted, as luxon would.
    expect(openIntervals(insideGap, q)).toEqual([{ start: utc('2026-03-08T07:10:00Z'), end: utc('2026-03-08T07:50:00Z') }]);
    const acrossEnd = coachIn('America/New_York', [{ weekday: 7, startMinute: 150, endMinute: 195 }]);
    // 02:30 → 03:30 EDT but 03:15 EDT is earlier: nothing is left.
    expect(openIntervals(acrossEnd, q)).toEqual([]);
  });
});

describe('coach in New York, student in Berlin, while the US and EU changes are out of step', () => {
  const coach = coachIn('America/New_York', [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 540, endMinute: 720 })));
  const both = (ms: number) => [wall(ms, 'America/New_York'), wall(ms, 'Europe/Berlin')];

  it.each([
    ['2026-03-02', '2026-03-02T14:00:00Z', '2026-03-02 09:00 EST', '2026-03-02 15:00 GMT+1'],
    ['2026-03-09', '2026-03-09T13:00:00Z', '2026-03-09 09:00 EDT', '2026-03-09 14:00 GMT+1'],
    ['2026-03-27', '2026-03-27T13:00:00Z', '2026-03-27 09:00 EDT', '2026-03-27 14:00 GMT+1'],
    ['2026-03-30', '2026-03-30T13:00:00Z', '2026-03-30 09:00 EDT', '2026-03-30 15:00 GMT+2'],
    ['2026-10-23', '2026-10-23T13:00:00Z', '2026-10-23 09:00 EDT', '2026-10-23 15:00 GMT+2'],
    ['2026-10-26', '2026-10-26T13:00:00Z', '2026-10-26 09:00 EDT', '2026-10-26 14:00 GMT+1'],
    ['2026-10-30', '2026-10-30T13:00:00Z', '2026-10-30 09:00 EDT', '2026-10-30 14:00 GMT+1'],
    ['2026-11-02', '2026-11-02T14:00:00Z', '2026-11-02 09:00 EST', '2026-11-02 15:00 GMT+1'],
  ])('first slot on %s prints as 09:00 in New York and the right Berlin time', (date, instant, nyWall, berlinWall) => {
    const [first] = computeSlots(coach, query(`${date}T00:00:00Z`, `${date}T23:00:00Z`));
    expect(first).toBe(utc(instant));
    expect(both(first)).toEqual([nyWall, berlinWall]);
  });

  it.each([
    ['2026-03-02T00:00:00Z', '2026-04-04T00:00:00Z'],
    ['2026-10-19T00:00:00Z', '2026-11-07T00:00:00Z'],
  ])('every slot from %s to %s sits 5 or 6 hours apart on the two walls, as the offsets say', (from, to) => {
    const slots = computeSlots(coach, query(from, to));
    expect(slots.length).toBeGreaterThan(0);
    for (const s of slots) {
      const ny = DateTime.fromMillis(s, { zone: 'America/New_York' });
      const berlin = DateTime.fromMillis(s, { zone: 'Europe/Berlin' });
      expect(['09:00', '10:00', '11:00']).toContain(ny.toFormat('HH:mm'));
      const outOfStep = (s >= utc('2026-03-08T07:00:00Z') && s < utc('2026-03-29T01:00:00Z')) ||
        (s >= utc('2026-10-25T01:00:00Z') && s < utc('2026-11-01T06:00:00Z'));
      expect(berlin.hour - ny.hour).toBe(outOfStep ? 5 : 6);
    }
  });
});
