import { Role } from '@debrief/shared/domain';
import { DateTime } from 'luxon';
import { Agent, expectNoErrors, startApi, TestApi } from '../support/api';
import {
  BOOK,
  bookingOf,
  createCoach,
  createSessionType,
  createStudent,
  DAY,
  everyDay,
  MINUTE,
  ms,
  Person,
  retireCoaches,
  retireTypes,
  searchSlots,
  SessionType,
  Slot,
  wall,
} from './scheduling.helpers';

/**
 * Hours are written in the coach's own zone and must keep their wall-clock meaning across
 * daylight-saving changes, while the instants the API returns are absolute: shown in another
 * zone they move when the two zones change their clocks on different dates.
 *
 * The weeks are chosen relative to the real clock: the next United States change whose Monday
 * before is still ahead, a week either side of it, within the 42-day search limit and the type's
 * 365-day horizon.
 */
const NEW_YORK = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const KATHMANDU = 'Asia/Kathmandu';
const CENTER = 'America/Chicago';

interface Closure {
  startDate: string;
  endDate: string;
}

/** Local dates (in `zone`) on which the UTC offset changes, from today on, for `days` days. */
function offsetChanges(zone: string, days: number): DateTime[] {
  const changes: DateTime[] = [];
  const today = DateTime.now().setZone(zone).startOf('day');
  for (let i = 0; i < days; i++) {
    const day = today.plus({ days: i });
    if (day.offset !== day.endOf('day').offset) changes.push(day);
  }
  return changes;
}

/** The first instant showing 01:00 on that date (the earlier one when the clock falls back). */
function firstWall(day: DateTime, hour: number): DateTime {
  const candidate = day.set({ hour, minute: 0 });
  const earlier = candidate.minus({ hours: 1 });
  return earlier.toFormat('yyyy-MM-dd HH:mm') === candidate.toFormat('yyyy-MM-dd HH:mm') ? earlier : candidate;
}

const closedOn = (closures: Closure[], date: string) => closures.some((c) => c.startDate <= date && date <= c.endDate);

describe('time zones and daylight-saving changes', () => {
  let api: TestApi;
  let admin: Agent;
  let staff: Agent;
  let closures: Closure[];

  beforeAll(async () => {
    api = await startApi();
    admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    closures = expectNoErrors(await api.gql(staff, `{ closures { startDate endDate } }`)).closures;
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('a New York coach open on Mondays 09:00–12:00 (and 01:00–04:00 on Sundays)', () => {
    let coach: Person & { timeZone: string };
    let type: SessionType;
    let student: Person;
    let change: DateTime; // the Sunday the New York clocks change, in New York
    let monday: DateTime; // the Monday of that week, in New York
    let slots: Slot[];
    let windowStart: DateTime;
    let windowEnd: DateTime;

    beforeAll(async () => {
      coach = await createCoach(api, admin, staff, NEW_YORK, [
        [1, '09:00', '12:00'],
        [7, '01:00', '04:00'],
      ], 'tz-new-york');
      type = await createSessionType(api, staff, { durationMinutes: 60, minNoticeMinutes: 0, horizonDays: 365, coachIds: [coach.id] });
      student = await createStudent(api, admin, 'tz-student');

      const now = DateTime.now();
      const found = offsetChanges(NEW_YORK, 330).find((day) => day.startOf('week').set({ hour: 9 }) > now.plus({ hours: 1 }));
      if (!found) throw new Error('No New York clock change within the horizon');
      change = found;
      monday = change.startOf('week');
      windowStart = DateTime.max(monday.minus({ weeks: 1 }), now.plus({ minutes: 1 }).setZone(NEW_YORK));
      windowEnd = monday.plus({ weeks: 4 });
      expect(windowEnd.diff(windowStart, 'days').days).toBeLessThanOrEqual(42);
      slots = await searchSlots(api, student.agent, { sessionTypeId: type.id, coachId: coach.id, from: windowStart.toJSDate(), to: windowEnd.toJSDate() });
    });

    afterAll(async () => {
      await retireTypes(api, staff, [type]);
      await retireCoaches(api, admin, [coach]);
    });

    const inNewYork = (s: Slot) => DateTime.fromISO(s.start, { zone: NEW_YORK });
    const mondaysInWindow = () => {
      const days: DateTime[] = [];
      for (let d = monday.minus({ weeks: 1 }); d < windowEnd; d = d.plus({ weeks: 1 })) {
        const date = d.toISODate() as string;
        if (d.set({ hour: 9 }) > windowStart && !closedOn(closures, date)) days.push(d);
      }
      return days;
    };

    it('offers only Mondays and Sundays, New York time', () => {
      expect(slots.length).toBeGreaterThan(0);
      for (const s of slots) expect([1, 7]).toContain(inNewYork(s).weekday);
    });

    it('starts at 09:00, 09:30, 10:00, 10:30 and 11:00 New York time on every Monday, either side of the change', () => {
      const mondays = mondaysInWindow();
      expect(mondays.some((d) => d < change)).toBe(true);
      expect(mondays.some((d) => d > change)).toBe(true);
      for (const day of mondays) {
        const date = day.toISODate();
        const starts = slots.filter((s) => inNewYork(s).toISODate() === date).map((s) => wall(s.start, NEW_YORK));
        expect({ date, starts }).toEqual({ date, starts: ['09:00', '09:30', '10:00', '10:30', '11:00'] });
      }
    });

    it('returns instants one hour apart in UTC across the change (the offset moved, the wall time did not)', () => {
      const nineAm = (day: DateTime) => slots.find((s) => inNewYork(s).toISODate() === day.toISODate() && wall(s.start, NEW_YORK) === '09:00') as Slot;
      const before = mondaysInWindow().filter((d) => d < change).pop() as DateTime;
      const after = mondaysInWindow().find((d) => d > change) as DateTime;
      const utcBefore = wall(nineAm(before).start, 'UTC');
      const utcAfter = wall(nineAm(after).start, 'UTC');
      // Spring forward (EST → EDT): 14:00Z then 13:00Z; fall back (EDT → EST): 13:00Z then 14:00Z.
      const springForward = change.endOf('day').offset > change.startOf('day').offset;
      expect([utcBefore, utcAfter]).toEqual(springForward ? ['14:00', '13:00'] : ['13:00', '14:00']);
      expect(ms(nineAm(after).start) - ms(nineAm(before).start)).toBe(after.diff(before, 'days').days * DAY + (springForward ? -60 : 60) * MINUTE);
    });

    it('shows the same instants in Berlin 6 hours later, but 5 in the weeks the two zones are out of step', () => {
      const seen = new Set<string>();
      for (const day of mondaysInWindow()) {
        const first = slots.find((s) => inNewYork(s).toISODate() === day.toISODate()) as Slot;
        const atBerlin = DateTime.fromISO(first.start, { zone: BERLIN });
        const inStep = atBerlin.isInDST === inNewYork(first).isInDST;
        const expected = inStep ? '15:00' : '14:00';
        expect({ monday: day.toISODate(), berlin: atBerlin.toFormat('HH:mm') }).toEqual({ monday: day.toISODate(), berlin: expected });
        seen.add(expected);
      }
      // The window spans both kinds of week (Europe changes on a different Sunday).
      expect(seen).toEqual(new Set(['15:00', '14:00']));
    });

    it('keeps 30 real minutes between starts on the night of the change (01:00–04:00 is 2 or 4 real hours)', () => {
      const date = change.toISODate() as string;
      const night = slots.filter((s) => inNewYork(s).toISODate() === date && inNewYork(s).weekday === 7);
      if (closedOn(closures, date)) {
        // A center closure takes the whole night away.
        expect(night).toEqual([]);
        return;
      }
      const from = firstWall(change, 1).toMillis();
      const to = change.set({ hour: 4, minute: 0 }).toMillis();
      const expected: string[] = [];
      for (let s = from; s + 60 * MINUTE <= to; s += 30 * MINUTE) expected.push(new Date(s).toISOString());
      expect(night.map((s) => s.start)).toEqual(expected);
      const springForward = change.endOf('day').offset > change.startOf('day').offset;
      expect(night.map((s) => wall(s.start, NEW_YORK))).toEqual(
        springForward ? ['01:00', '01:30', '03:00'] : ['01:00', '01:30', '01:00', '01:30', '02:00', '02:30', '03:00'],
      );
    });

    it('books the 09:00 Monday slot on both sides of the change and keeps it at 09:00 New York time', async () => {
      for (const day of [mondaysInWindow().filter((d) => d < change).pop(), mondaysInWindow().find((d) => d > change)] as DateTime[]) {
        const slot = slots.find((s) => inNewYork(s).toISODate() === day.toISODate() && wall(s.start, NEW_YORK) === '09:00') as Slot;
        const booking = bookingOf(await api.gql(student.agent, BOOK, { input: { sessionTypeId: type.id, coachId: coach.id, start: slot.start } }));
        expect({ starts: wall(booking.startsAt, NEW_YORK), ends: wall(booking.endsAt, NEW_YORK), zone: booking.coach.timeZone }).toEqual({
          starts: '09:00',
          ends: '10:00',
          zone: NEW_YORK,
        });
      }
    });
  });

  describe('a Kathmandu coach (UTC+05:45) around a center closure', () => {
    let coach: Person & { timeZone: string };
    let type: SessionType;
    let student: Person;
    let closureId: string;
    let closed: DateTime; // the closed date, in the center's zone

    beforeAll(async () => {
      coach = await createCoach(api, admin, staff, KATHMANDU, everyDay('07:00', '21:00'), 'tz-kathmandu');
      type = await createSessionType(api, staff, { durationMinutes: 60, minNoticeMinutes: 0, horizonDays: 60, coachIds: [coach.id] });
      student = await createStudent(api, admin, 'tz-closure-student');
      // A day of our own, with open days either side of it.
      let day = DateTime.now().setZone(CENTER).startOf('day').plus({ days: 5 });
      while ([-1, 0, 1].some((d) => closedOn(closures, day.plus({ days: d }).toISODate() as string))) day = day.plus({ days: 1 });
      closed = day;
      const date = day.toISODate();
      closureId = expectNoErrors(
        await api.gql(staff, `mutation ($input: AddClosureInput!) { addClosure(input: $input) { id } }`, {
          input: { startDate: date, endDate: date, reason: 'Integration test closure' },
        }),
      ).addClosure.id;
    });

    afterAll(async () => {
      if (closureId) expectNoErrors(await api.gql(staff, `mutation ($id: ID!) { removeClosure(id: $id) }`, { id: closureId }));
      await retireTypes(api, staff, [type]);
      await retireCoaches(api, admin, [coach]);
    });

    const search = () =>
      searchSlots(api, student.agent, {
        sessionTypeId: type.id,
        coachId: coach.id,
        from: closed.minus({ days: 1 }).toJSDate(),
        to: closed.plus({ days: 2 }).toJSDate(),
      });

    it('offers nothing between the center’s midnights of the closed day', async () => {
      const [start, end] = [closed.toMillis(), closed.plus({ days: 1 }).toMillis()];
      const inside = (await search()).filter((s) => ms(s.end) > start && ms(s.start) < end);
      expect(inside.map((s) => s.start)).toEqual([]);
    });

    it('keeps the coach’s own 30-minute grid after the closure (the closure cuts hours, it does not move the grid)', async () => {
      const slots = await search();
      const off = slots.map((s) => wall(s.start, KATHMANDU)).filter((hhmm) => !hhmm.endsWith(':00') && !hhmm.endsWith(':30'));
      expect(off).toEqual([]);
      // The closure ends at the center's midnight, 11:45 or 10:45 in Kathmandu: the next start on the grid.
      const reopens = DateTime.fromMillis(closed.plus({ days: 1 }).toMillis(), { zone: KATHMANDU });
      const firstAfter = slots.find((s) => ms(s.start) >= reopens.toMillis()) as Slot;
      const grid = reopens.minute === 0 || reopens.minute === 30 ? reopens : reopens.set({ minute: reopens.minute < 30 ? 30 : 0 }).plus({ hours: reopens.minute < 30 ? 0 : 1 });
      expect(wall(firstAfter.start, KATHMANDU)).toBe(grid.toFormat('HH:mm'));
    });
  });
});
