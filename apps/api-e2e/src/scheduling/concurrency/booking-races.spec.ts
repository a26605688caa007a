import { ErrorCode, Role } from '@debrief/shared/domain';
import { Agent, expectNoErrors, GqlResponse, startApi, TestApi } from '../../support/api';
import {
  BOOK,
  Booking,
  bookingOf,
  COACH_SCHEDULE,
  createCoach,
  createSessionType,
  createStudents,
  dataSource,
  DAY,
  everyDay,
  HOUR,
  iso,
  MINUTE,
  ms,
  overlappingBookings,
  Person,
  reasonOf,
  RESCHEDULE,
  retireCoaches,
  retireTypes,
  searchSlots,
  SessionType,
  Slot,
} from '../scheduling.helpers';

/**
 * Races over the app's real connection pool (10 connections to PostgreSQL): many clients at once,
 * each with its own session cookie, against one in-process app. Whatever the interleaving, the
 * database must end up without overlaps and every loser must get a clean CONFLICT.
 *
 * Only collected with TEST_DATABASE=postgres (see jest.config.cts).
 */
const ZONE = 'America/Chicago';
const BUFFER_AFTER = 10;

type Outcome = { res: GqlResponse; start: string; who: number };

const succeeded = (o: Outcome) => !o.res.errors?.length;
const summary = (outcomes: Outcome[]) => {
  const counts: Record<string, number> = {};
  for (const o of outcomes) {
    const key = succeeded(o) ? 'ok' : `${o.res.errors?.[0]?.extensions?.code}/${String(reasonOf(o.res))}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};
/**
 * For the log only (timing decides it): SLOT_TAKEN answers that carry next free starts come from
 * a request that passed the checks and lost at the exclusion constraint; the others saw the
 * time already taken.
 */
const lostAtConstraint = (outcomes: Outcome[]) =>
  outcomes.filter((o) => ((o.res.errors?.[0]?.extensions?.['nextFree'] as unknown[] | undefined) ?? []).length > 0).length;

describe('booking races on PostgreSQL', () => {
  let api: TestApi;
  let admin: Agent;
  let staff: Agent;
  let coaches: (Person & { timeZone: string })[];
  let type: SessionType;
  let capped: SessionType;
  let students: Person[];
  // Fresh students for the one-student races: the 50 above may already hold bookings (caps count them).
  let solo: Person;
  let capper: Person;
  const observed: Record<string, Record<string, number>> = {};
  const record = (name: string, outcomes: Outcome[]) => {
    observed[name] = { ...summary(outcomes), 'lost at the exclusion constraint (log only)': lostAtConstraint(outcomes) };
  };

  beforeAll(async () => {
    if (process.env['DATABASE_POOL_SIZE'] === '1') throw new Error('The race specs need a real pool: run them with TEST_DATABASE=postgres');
    api = await startApi();
    admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    coaches = [];
    for (let i = 0; i < 4; i++) coaches.push(await createCoach(api, admin, staff, ZONE, everyDay('08:00', '20:00'), `race-coach-${i}`));
    type = await createSessionType(api, staff, {
      durationMinutes: 60,
      bufferAfterMinutes: BUFFER_AFTER,
      coachIds: coaches.map((c) => c.id),
    });
    capped = await createSessionType(api, staff, { durationMinutes: 60, maxActivePerStudent: 2, coachIds: [coaches[0].id] });
    students = await createStudents(api, admin, 50, 'race-student');
    [solo, capper] = await createStudents(api, admin, 2, 'race-solo');
  }, 300_000);

  afterAll(async () => {
    console.log(`[booking races] observed outcomes: ${JSON.stringify(observed, null, 2)}`);
    if (!api) return;
    await retireTypes(api, staff, [type, capped]);
    await retireCoaches(api, admin, coaches);
    await api.close();
  });

  const coachSlots = (coachId: string, sessionType: SessionType, fromDays: number, days: number, who: Agent = staff) =>
    searchSlots(api, who, {
      sessionTypeId: sessionType.id,
      coachId,
      from: new Date(Date.now() + fromDays * DAY),
      to: new Date(Date.now() + (fromDays + days) * DAY),
    });

  /** Ten starts 30 minutes apart, all free with the coach (one run of hours, same day). */
  function runOfStarts(slots: Slot[], count: number): string[] {
    const starts = new Set(slots.map((s) => ms(s.start)));
    for (const s of slots) {
      const run = Array.from({ length: count }, (_, i) => ms(s.start) + i * 30 * MINUTE);
      if (run.every((t) => starts.has(t))) return run.map(iso);
    }
    throw new Error(`No run of ${count} free starts`);
  }

  /** Blocked range of a booking of `type` starting at `start`. */
  const blocked = (start: string) => [ms(start), ms(start) + (60 + BUFFER_AFTER) * MINUTE] as const;
  const clash = (a: string, b: string) => {
    const [as, ae] = blocked(a);
    const [bs, be] = blocked(b);
    return as < be && bs < ae;
  };

  async function schedule(coachId: string, from: number, to: number): Promise<Booking[]> {
    const res = await api.gql(staff, COACH_SCHEDULE, { input: { coachId, from: iso(from), to: iso(to) } });
    return (expectNoErrors(res).coachSchedule as Booking[]).filter((b) => b.status !== 'CANCELLED');
  }

  it('50 students, one coach, the same start: exactly one booking, 49 CONFLICT SLOT_TAKEN', async () => {
    const coach = coaches[0];
    const slot = (await coachSlots(coach.id, type, 2, 21)).find((s) => new Date(s.start).getUTCMinutes() === 0) as Slot;
    const outcomes: Outcome[] = await Promise.all(
      students.map(async (student, who) => ({
        who,
        start: slot.start,
        res: await api.gql(student.agent, BOOK, { input: { sessionTypeId: type.id, coachId: coach.id, start: slot.start } }),
      })),
    );
    record('same start, one coach', outcomes);
    expect(summary(outcomes)).toEqual({ ok: 1, 'CONFLICT/SLOT_TAKEN': 49 });
    expect(await overlappingBookings(api)).toEqual([]);
    const held = await schedule(coach.id, ms(slot.start) - DAY, ms(slot.start) + DAY);
    const winner = outcomes.find(succeeded) as Outcome;
    expect(held.map((b) => b.id)).toEqual([bookingOf(winner.res).id]);
    expect(held[0].student.id).toBe(students[winner.who].id);
  });

  it('50 students over ten starts 30 minutes apart: the winners never overlap and every loser hit a winner', async () => {
    const coach = coaches[1];
    const starts = runOfStarts(await coachSlots(coach.id, type, 3, 21), 10);
    const outcomes: Outcome[] = await Promise.all(
      students.map(async (student, who) => {
        const start = starts[who % starts.length];
        return { who, start, res: await api.gql(student.agent, BOOK, { input: { sessionTypeId: type.id, coachId: coach.id, start } }) };
      }),
    );
    record('ten overlapping starts, one coach', outcomes);
    const winners = outcomes.filter(succeeded);
    const losers = outcomes.filter((o) => !succeeded(o));

    // Pairwise free of overlap (blocked ranges, buffer included) …
    for (const a of winners) for (const b of winners) if (a !== b) expect(clash(a.start, b.start)).toBe(false);
    // … and maximal: every refused request overlapped a winner, and was told so.
    for (const o of losers) {
      expect({ code: o.res.errors?.[0]?.extensions?.code, reason: reasonOf(o.res) }).toEqual({ code: ErrorCode.Conflict, reason: 'SLOT_TAKEN' });
      expect(winners.some((w) => clash(w.start, o.start))).toBe(true);
    }
    // Ten starts 30 minutes apart, each blocking 70 minutes: starts three steps apart can coexist, so
    // a maximal set has 3 (e.g. the 2nd, 5th and 8th start) or 4 (1st, 4th, 7th, 10th) winners.
    expect(winners.length).toBeGreaterThanOrEqual(3);
    expect(winners.length).toBeLessThanOrEqual(4);
    expect(await overlappingBookings(api)).toEqual([]);
    const held = await schedule(coach.id, ms(starts[0]) - DAY, ms(starts[0]) + DAY);
    expect(held.map((b) => b.startsAt).sort()).toEqual(winners.map((w) => w.start).sort());
  });

  it('one student, ten attempts at the same time over four coaches: exactly one booking', async () => {
    const student = solo;
    // A start every coach has free (any-coach search lists who is free).
    const anyCoach = await searchSlots(api, student.agent, { sessionTypeId: type.id, from: new Date(Date.now() + 4 * DAY), to: new Date(Date.now() + 25 * DAY) });
    const slot = anyCoach.find((s) => s.coachIds.length === coaches.length) as Slot;
    const outcomes: Outcome[] = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        // Mostly named coaches, a few "any coach".
        const coachId = i % 5 === 4 ? null : coaches[i % coaches.length].id;
        return { who: i, start: slot.start, res: await api.gql(student.agent, BOOK, { input: { sessionTypeId: type.id, coachId, start: slot.start } }) };
      }),
    );
    record('one student, four coaches, same time', outcomes);
    const winners = outcomes.filter(succeeded);
    expect(winners).toHaveLength(1);
    const winnerCoach = bookingOf(winners[0].res).coach.id;
    for (const o of outcomes.filter((x) => !succeeded(x))) {
      expect(o.res.errors?.[0]?.extensions?.code).toBe(ErrorCode.Conflict);
      // Another coach: the student is busy; the winner's coach again: that coach is busy first.
      expect(['STUDENT_BUSY', 'SLOT_TAKEN']).toContain(reasonOf(o.res));
    }
    const rows: { n: number }[] = await dataSource(api).query(
      `SELECT count(*)::int AS n FROM bookings WHERE student_id = $1 AND status <> 'CANCELLED' AND tstzrange(starts_at, ends_at) && tstzrange($2::timestamptz, $3::timestamptz)`,
      [student.id, slot.start, slot.end],
    );
    expect(rows[0].n).toBe(1);
    const held = await Promise.all(coaches.map((c) => schedule(c.id, ms(slot.start) - HOUR, ms(slot.end) + HOUR)));
    expect(held.flat().map((b) => b.coach.id)).toEqual([winnerCoach]);
  });

  it('a cap of 2 per student, ten concurrent attempts on free slots: exactly 2 bookings, 8 CONFLICT CAP_REACHED', async () => {
    const student = capper;
    const list = await coachSlots(coaches[0].id, capped, 8, 21, student.agent);
    // Ten starts at least two hours apart: none of them overlap.
    const picks: Slot[] = [];
    for (const s of list) if (picks.length < 10 && (picks.length === 0 || ms(s.start) >= ms(picks[picks.length - 1].start) + 2 * HOUR)) picks.push(s);
    expect(picks).toHaveLength(10);
    const outcomes: Outcome[] = await Promise.all(
      picks.map(async (s, i) => ({ who: i, start: s.start, res: await api.gql(student.agent, BOOK, { input: { sessionTypeId: capped.id, start: s.start } }) })),
    );
    record('cap 2, ten attempts', outcomes);
    expect(summary(outcomes)).toEqual({ ok: 2, 'CONFLICT/CAP_REACHED': 8 });
    const rows: { n: number }[] = await dataSource(api).query(
      `SELECT count(*)::int AS n FROM bookings WHERE student_id = $1 AND session_type_id = $2 AND status = 'BOOKED'`,
      [student.id, capped.id],
    );
    expect(rows[0].n).toBe(2);
  });

  it('ten students rescheduling onto the same free start: exactly one moves, the others keep their time', async () => {
    const coach = coaches[2];
    const movers = students.slice(40, 50);
    const free = await coachSlots(coach.id, type, 12, 21);
    const spaced: Slot[] = [];
    for (const s of free) if (spaced.length === 0 || ms(s.start) >= ms(spaced[spaced.length - 1].start) + 2 * HOUR) spaced.push(s);
    const [target, ...own] = spaced;
    expect(own.length).toBeGreaterThanOrEqual(movers.length);
    const originals: Booking[] = [];
    for (const [i, m] of movers.entries()) {
      originals.push(bookingOf(await api.gql(m.agent, BOOK, { input: { sessionTypeId: type.id, coachId: coach.id, start: own[i].start } })));
    }
    const outcomes: Outcome[] = await Promise.all(
      movers.map(async (m, i) => ({
        who: i,
        start: target.start,
        res: await api.gql(m.agent, RESCHEDULE, { input: { bookingId: originals[i].id, start: target.start } }),
      })),
    );
    record('ten reschedules onto one start', outcomes);
    expect(summary(outcomes)).toEqual({ ok: 1, 'CONFLICT/SLOT_TAKEN': 9 });
    expect(await overlappingBookings(api)).toEqual([]);
    const rows: { id: string; starts_at: Date }[] = await dataSource(api).query(`SELECT id, starts_at FROM bookings WHERE id = ANY($1)`, [originals.map((b) => b.id)]);
    const startOf = new Map(rows.map((r) => [r.id, new Date(r.starts_at).toISOString()]));
    outcomes.forEach((o, i) => expect(startOf.get(originals[i].id)).toBe(succeeded(o) ? target.start : originals[i].startsAt));
  });
});
