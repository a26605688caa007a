import { DateTime } from 'luxon';
import { computeSlots, whyNotOffered } from './index';
import type { CoachCalendar, SlotQuery, SlotRefusal, SlotRules } from './slot-types';

const ZONE = 'America/Chicago';
const at = (hhmm: string, date = '2026-06-10') => DateTime.fromISO(`${date}T${hhmm}`, { zone: ZONE }).toMillis();
const RULES: SlotRules = { durationMinutes: 60, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, minNoticeMinutes: 0, horizonDays: 30, stepMinutes: 30 };
const coach: CoachCalendar = {
  coachId: 'c1',
  timeZone: ZONE,
  weekly: [{ weekday: 3, startMinute: 540, endMinute: 720 }], // Wednesdays 09:00–12:00
  overrides: [],
  busy: [],
};
const query = (rules: Partial<SlotRules> = {}, extra: Partial<SlotQuery> = {}): SlotQuery => ({
  window: { start: at('00:00', '2026-06-08'), end: at('00:00', '2026-06-15') },
  now: at('00:00', '2026-06-01'),
  rules: { ...RULES, ...rules },
  closures: [],
  centerTimeZone: ZONE,
  studentBusy: [],
  ...extra,
});

describe('whyNotOffered', () => {
  it('returns null for a real slot', () => {
    expect(computeSlots(coach, query())).toContain(at('10:00'));
    expect(whyNotOffered(coach, query(), at('10:00'))).toBeNull();
  });

  it.each<[SlotRefusal, string, Partial<SlotRules>, Partial<SlotQuery>, Partial<CoachCalendar>]>([
    ['TOO_SOON', '10:30', { minNoticeMinutes: 60 }, { now: at('09:45') }, {}],
    ['BEYOND_HORIZON', '10:00', { horizonDays: 5 }, {}, {}],
    ['OUTSIDE_HOURS', '13:00', {}, {}, {}],
    ['OUTSIDE_HOURS', '11:30', {}, {}, {}], // would end at 12:30
    ['CLOSED', '10:00', {}, { closures: [{ startDate: '2026-06-10', endDate: '2026-06-10' }] }, {}],
    ['MISALIGNED', '10:15', {}, {}, {}],
    ['BUSY', '10:00', {}, {}, { busy: [{ start: at('10:30'), end: at('11:30') }] }],
    ['BUSY', '10:00', { bufferAfterMinutes: 15 }, {}, { busy: [{ start: at('11:00'), end: at('11:30') }] }],
    ['STUDENT_BUSY', '10:00', {}, { studentBusy: [{ start: at('10:30'), end: at('11:00') }] }, {}],
  ])('%s for %s in a targeted case', (reason, hhmm, rules, extra, coachChanges) => {
    expect(whyNotOffered({ ...coach, ...coachChanges }, query(rules, extra), at(hhmm))).toBe(reason);
  });

  it('treats notice and horizon as inclusive bounds, like computeSlots', () => {
    const q = query({ minNoticeMinutes: 60, horizonDays: 1 }, { now: at('09:00', '2026-06-09') });
    expect(whyNotOffered(coach, q, at('09:00'))).toBeNull(); // exactly now + 24 h
    expect(computeSlots(coach, q)).toEqual([at('09:00')]);
    const soon = query({ minNoticeMinutes: 60 }, { now: at('09:00') });
    expect(whyNotOffered(coach, soon, at('10:00'))).toBeNull(); // exactly now + notice
    expect(whyNotOffered(coach, soon, at('10:00') - 1)).toBe('TOO_SOON');
  });

  it('reports the first failing check: time limits before hours, hours before bookings', () => {
    expect(whyNotOffered(coach, query({}, { now: at('14:00') }), at('13:00'))).toBe('TOO_SOON');
    const busy = { ...coach, busy: [{ start: at('13:00'), end: at('14:00') }] };
    expect(whyNotOffered(busy, query(), at('13:00'))).toBe('OUTSIDE_HOURS');
  });

  it('agrees with computeSlots for every 5-minute start of a busy DST fortnight', () => {
    const ny = 'America/New_York';
    const busyCoach: CoachCalendar = {
      coachId: 'c2',
      timeZone: ny,
      weekly: [
        ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 540, endMinute: 720 })),
        { weekday: 7, startMinute: 60, endMinute: 240 },
        { weekday: 6, startMinute: 1380, endMinute: 1440 },
      ],
      overrides: [
        { date: '2026-03-04', kind: 'DAY_OFF' },
        { date: '2026-03-07', kind: 'EXTRA', startMinute: 600, endMinute: 700 },
      ],
      busy: [
        { start: Date.parse('2026-03-09T13:45:00Z'), end: Date.parse('2026-03-09T15:15:00Z') },
        { start: Date.parse('2026-03-08T06:30:00Z'), end: Date.parse('2026-03-08T07:00:00Z') },
      ],
    };
    const q: SlotQuery = {
      window: { start: Date.parse('2026-03-02T00:00:00Z'), end: Date.parse('2026-03-14T00:00:00Z') },
      now: Date.parse('2026-03-02T14:10:00Z'),
      rules: { durationMinutes: 45, bufferBeforeMinutes: 10, bufferAfterMinutes: 5, minNoticeMinutes: 90, horizonDays: 10, stepMinutes: 15 },
      closures: [{ startDate: '2026-03-11', endDate: '2026-03-11' }],
      centerTimeZone: 'Europe/Berlin',
      studentBusy: [{ start: Date.parse('2026-03-10T14:00:00Z'), end: Date.parse('2026-03-10T14:30:00Z') }],
    };
    const offered = new Set(computeSlots(busyCoach, q));
    const seen = new Set<string>();
    const disagreements: string[] = [];
    for (let s = q.window.start; s < q.window.end; s += 5 * 60_000) {
      const reason = whyNotOffered(busyCoach, q, s);
      if ((reason === null) !== offered.has(s)) disagreements.push(`${new Date(s).toISOString()} ${reason}`);
      seen.add(reason ?? 'OFFERED');
    }
    expect(disagreements).toEqual([]);
    expect([...seen].sort()).toEqual(
      ['BEYOND_HORIZON', 'BUSY', 'CLOSED', 'MISALIGNED', 'OFFERED', 'OUTSIDE_HOURS', 'STUDENT_BUSY', 'TOO_SOON'],
    );
    expect(offered.size).toBeGreaterThan(50);
  });
});
