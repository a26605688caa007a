import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, BadInputError, NotFoundError } from '@debrief/api/core';
import { Role } from '@debrief/shared/domain';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { CalendarLoader, Calendars, StudentFacts } from '../calendar/calendar.loader';
import { BookingRulesService } from '../policy/booking-rules.service';
import { SchedulingAccess } from '../scheduling.access';
import { BookingEventKind, BookingStatus, LocationKind } from '../scheduling.enums';
import { AfterCutoffError, BookingNotActiveError, SlotNotOfferedError, SlotTakenError } from '../scheduling.errors';
import { SessionTypeModel } from '../session-types/session-type.model';
import { SessionTypesService } from '../session-types/session-types.service';
import { isoWeekContaining, pickCoach, whyNotOffered } from '../slots';
import { SlotSearchService } from '../slots-search/slot-search.service';
import { BookingEventEntity } from './booking-event.entity';
import { BookingEntity } from './booking.entity';
import { BookSessionInput, CancelBookingInput, ChangeBookingLocationInput, RescheduleBookingInput } from './booking.inputs';
import { BookingModel } from './booking.model';
import { BOOKING_COLUMNS, BookingRow, toModel } from './bookings.query';
import { BookingChangeFacts, BookingMailer } from './mail/booking-mailer.service';

const CHOSEN = "student's choice";
const DAY = 86400_000;
/** Tries of one booking change when PostgreSQL picks it as a deadlock victim. */
const MAX_ATTEMPTS = 3;
/** Advisory-lock key space of "one coach's booked time" (the second key is the coach id's hash). */
const COACH_LOCK_SPACE = 7301;
/** Advisory-lock key space of "one student's bookings" (the second key is the student id's hash). */
const STUDENT_LOCK_SPACE = 7302;

/**
 * The booking lifecycle. Every change runs in one transaction with its history event; the
 * database's exclusion constraints have the last word on overlaps, and a lost race comes back
 * as CONFLICT with the next free slots.
 */
@Injectable()
export class BookingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: SchedulingAccess,
    private readonly types: SessionTypesService,
    private readonly rules: BookingRulesService,
    private readonly slots: SlotSearchService,
    private readonly calendars: CalendarLoader,
    private readonly mailer: BookingMailer,
  ) {}

  /**
   * Books and returns the new booking as the API shows it. Round trips: BEGIN, the student's
   * lock, one read of everything the rules need (CalendarLoader), one more for the weekly loads
   * only when "any coach" leaves several free, the INSERT returning the booking as read, the
   * history event, COMMIT.
   */
  async book(actor: AuthUser, input: BookSessionInput): Promise<BookingModel> {
    const studentId = this.access.studentFor(actor, input.studentId);
    return this.raceSafe(input, studentId, input.start, () =>
      this.db.transaction(async (m) => {
        await this.lockStudent(m, studentId);
        const start = input.start.getTime();
        const now = new Date();
        const { type, cal, student } = await this.calendars.load(m, {
          sessionTypeId: input.sessionTypeId,
          coachId: input.coachId,
          window: { start: start - DAY, end: start + DAY },
          studentId,
          requireBookable: true,
          standingAt: now,
        });
        this.rules.assertMayBook(student as StudentFacts, type, { checkNoShows: !this.access.isStaff(actor) });
        const { coachId, assignment } = await this.chooseCoach(m, type, cal, input, now.getTime());
        const booking = await this.insert(m, {
          sessionTypeId: type.id,
          coachId,
          studentId,
          ...this.times(type, start),
          assignment,
          location: locationOf(type, cal.meetingUrls.get(coachId) ?? null),
        });
        await this.record(m, booking.id, BookingEventKind.Booked, actor, { toStartsAt: booking.startsAt });
        return booking;
      }),
    );
  }

  async reschedule(actor: AuthUser, input: RescheduleBookingInput): Promise<string> {
    const current = await this.find(this.db.manager, input.bookingId);
    this.access.assertCanChange(actor, current);
    return this.raceSafe({ sessionTypeId: current.sessionTypeId, coachId: current.coachId }, current.studentId, input.start, () =>
      this.db.transaction(async (m) => {
        const booking = await this.lockActive(m, input.bookingId);
        const start = input.start.getTime();
        const window = { start: start - DAY, end: start + DAY };
        const { type, cal } = await this.calendars.load(m, {
          sessionTypeId: booking.sessionTypeId,
          coachId: booking.coachId,
          coachMustOffer: false,
          window,
          studentId: booking.studentId,
          excludeBookingId: booking.id,
        });
        this.assertBeforeCutoff(actor, booking, type);
        const refusal = whyNotOffered(cal.coaches[0], this.slots.query(type, cal, window, Date.now()), start);
        if (refusal) throw refusal === 'BUSY' || refusal === 'STUDENT_BUSY' ? new SlotTakenError([], refusal === 'BUSY' ? 'coach' : 'student') : new SlotNotOfferedError(refusal);
        const from = booking.startsAt;
        await this.lockCoach(m, booking.coachId);
        Object.assign(booking, this.times(type, start), { icalSequence: booking.icalSequence + 1 });
        await m.getRepository(BookingEntity).save(booking);
        await this.record(m, booking.id, BookingEventKind.Rescheduled, actor, { fromStartsAt: from, toStartsAt: booking.startsAt });
        return booking.id;
      }),
    );
  }

  /**
   * The session's coach (or staff) moves one upcoming session to another room or video link.
   * Its calendar revision goes up so updated invites replace the old ones.
   */
  async changeLocation(actor: AuthUser, input: ChangeBookingLocationInput): Promise<string> {
    return this.db.transaction(async (m) => {
      const booking = await this.lockActive(m, input.bookingId, actor, 'run');
      if (booking.endsAt.getTime() <= Date.now()) throw new BadInputError('bookingId', 'bookingId: this session is over; only upcoming sessions can move.');
      const type = await this.types.get(booking.sessionTypeId, m);
      const location = checkLocation(type, input.location);
      if (location === booking.location) return booking.id;
      await m.getRepository(BookingEntity).update({ id: booking.id }, { location, icalSequence: booking.icalSequence + 1 });
      await this.record(m, booking.id, BookingEventKind.LocationChanged, actor, { location }, { previousLocation: booking.location });
      return booking.id;
    });
  }

  async cancel(actor: AuthUser, input: CancelBookingInput): Promise<string> {
    return this.db.transaction(async (m) => {
      const booking = await this.lockActive(m, input.bookingId, actor, 'change');
      this.assertBeforeCutoff(actor, booking, await this.types.get(booking.sessionTypeId, m));
      await m.getRepository(BookingEntity).update(
        { id: booking.id },
        { status: BookingStatus.Cancelled, cancelReason: input.reason, icalSequence: booking.icalSequence + 1 },
      );
      await this.record(m, booking.id, BookingEventKind.Cancelled, actor, { reason: input.reason });
      return booking.id;
    });
  }

  /** The coach (or staff) closes a session that has started: it happened, or the student did not come. */
  async markOutcome(actor: AuthUser, bookingId: string, outcome: BookingStatus.Completed | BookingStatus.NoShow): Promise<string> {
    return this.db.transaction(async (m) => {
      const booking = await this.lockActive(m, bookingId, actor, 'run');
      if (booking.startsAt.getTime() > Date.now()) throw new BadInputError('bookingId', 'This session has not started yet.');
      await m.getRepository(BookingEntity).update({ id: booking.id }, { status: outcome });
      await this.record(m, booking.id, outcome === BookingStatus.Completed ? BookingEventKind.Completed : BookingEventKind.NoShow, actor, {});
      return booking.id;
    });
  }

  /** Staff forgive a no-show: it stops counting towards the self-booking block. */
  async excuseNoShow(actor: AuthUser, bookingId: string, reason: string): Promise<string> {
    reason = reason.trim();
    if (!reason) throw new BadInputError('reason', 'reason: should say why (a few words are enough)');
    if (reason.length > 500) throw new BadInputError('reason', 'reason: must be at most 500 characters');
    return this.db.transaction(async (m) => {
      const result = await m.getRepository(BookingEntity).update({ id: bookingId, status: BookingStatus.NoShow, noShowExcused: false }, { noShowExcused: true });
      if (!result.affected) {
        const booking = await this.find(m, bookingId);
        throw new BookingNotActiveError(booking.noShowExcused ? 'EXCUSED' : booking.status);
      }
      await this.record(m, bookingId, BookingEventKind.NoShowExcused, actor, { reason });
      return bookingId;
    });
  }

  private async chooseCoach(m: EntityManager, type: SessionTypeModel, cal: Calendars, input: BookSessionInput, now: number) {
    const start = input.start.getTime();
    const query = this.slots.query(type, cal, { start: start - DAY, end: start + DAY }, now);
    const refusals = cal.coaches.map((c) => ({ coach: c, refusal: whyNotOffered(c, query, start) }));
    const free = refusals.filter((r) => r.refusal === null).map((r) => r.coach);
    if (free.length === 0) {
      const reasons = refusals.map((r) => r.refusal);
      if (reasons.includes('STUDENT_BUSY')) throw new SlotTakenError([], 'student');
      if (reasons.includes('BUSY')) throw new SlotTakenError([]);
      throw new SlotNotOfferedError(reasons[0] ?? 'OUTSIDE_HOURS');
    }
    if (input.coachId) return { coachId: free[0].coachId, assignment: CHOSEN };
    // One free coach: nothing to compare, so no loads to count.
    if (free.length === 1) return { coachId: free[0].coachId, assignment: pickCoach([free[0].coachId], () => 0).rule };
    const loads = await this.weeklyLoads(m, free.map((c) => ({ id: c.coachId, week: isoWeekContaining(start, c.timeZone) })));
    const picked = pickCoach(free.map((c) => c.coachId).sort(), (id) => loads.get(id) ?? 0);
    return { coachId: picked.coachId, assignment: picked.rule };
  }

  /** INSERT … RETURNING the booking joined as every read shows it: no read-back after the commit. */
  private async insert(
    m: EntityManager,
    b: { sessionTypeId: string; coachId: string; studentId: string; startsAt: Date; endsAt: Date; blockedFrom: Date; blockedTo: Date; assignment: string; location: string },
  ): Promise<BookingModel> {
    // The coach's lock first: concurrent inserts for one coach then check the exclusion constraint
    // one after another (each sees the other committed → 23P01) instead of waiting on each other's
    // uncommitted rows, which PostgreSQL breaks as a deadlock.
    const rows = (await m.query(
      `WITH coach_lock AS (SELECT pg_advisory_xact_lock(${COACH_LOCK_SPACE}, hashtext($2::text))),
       b AS (
         INSERT INTO bookings (session_type_id, coach_id, student_id, starts_at, ends_at, blocked_from, blocked_to, status, assignment, location, ical_uid)
         SELECT $1::uuid, $2::uuid, $3::uuid, $4::timestamptz, $5::timestamptz, $6::timestamptz, $7::timestamptz, 'BOOKED', $8::varchar, $9::varchar, $10::uuid
           FROM coach_lock RETURNING *)
       SELECT ${BOOKING_COLUMNS.join(', ')}
         FROM b JOIN session_types t ON t.id = b.session_type_id JOIN identity_directory c ON c.id = b.coach_id JOIN identity_directory s ON s.id = b.student_id`,
      [b.sessionTypeId, b.coachId, b.studentId, b.startsAt, b.endsAt, b.blockedFrom, b.blockedTo, b.assignment, b.location, randomUUID()],
    )) as BookingRow[];
    return toModel(rows[0]);
  }

  /** Each coach's non-cancelled bookings in their own ISO week, in one query. */
  private async weeklyLoads(m: EntityManager, coaches: { id: string; week: { start: number; end: number } }[]): Promise<Map<string, number>> {
    const rows = (await m.query(
      `SELECT w.coach_id AS "coachId", count(b.id)::int AS n
         FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS w(coach_id, week_start, week_end)
         LEFT JOIN bookings b ON b.coach_id = w.coach_id AND b.status <> 'CANCELLED'
                             AND b.starts_at >= w.week_start AND b.starts_at < w.week_end
        GROUP BY w.coach_id`,
      [coaches.map((c) => c.id), coaches.map((c) => new Date(c.week.start)), coaches.map((c) => new Date(c.week.end))],
    )) as { coachId: string; n: number }[];
    return new Map(rows.map((r) => [r.coachId, r.n]));
  }

  private times(type: SessionTypeModel, start: number) {
    const end = start + type.durationMinutes * 60_000;
    return {
      startsAt: new Date(start),
      endsAt: new Date(end),
      blockedFrom: new Date(start - type.bufferBeforeMinutes * 60_000),
      blockedTo: new Date(end + type.bufferAfterMinutes * 60_000),
    };
  }

  private assertBeforeCutoff(actor: AuthUser, booking: BookingEntity, type: SessionTypeModel): void {
    if (this.access.isStaff(actor)) return;
    if (booking.startsAt.getTime() - Date.now() < type.cancelCutoffHours * 3600_000) throw new AfterCutoffError(type.cancelCutoffHours);
  }

  /** Serialises changes to one coach's booked time (see insert). */
  private async lockCoach(m: EntityManager, coachId: string): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(${COACH_LOCK_SPACE}, hashtext($1::text))`, [coachId]);
  }

  /**
   * Serialises one student's bookings, so caps are counted exactly under concurrency: a
   * transaction-scoped advisory lock on the student's id (scheduling's own lock, not a row of
   * identity's), taken in the statement that checks through identity's directory that the id is a student's.
   */
  private async lockStudent(m: EntityManager, studentId: string): Promise<void> {
    const rows = (await m.query(
      `SELECT d.role FROM pg_advisory_xact_lock(${STUDENT_LOCK_SPACE}, hashtext($1::text)) AS l, identity_directory d WHERE d.id = $1::uuid`,
      [studentId],
    )) as { role: Role }[];
    if (rows[0]?.role !== Role.Student) throw new NotFoundError('Student', studentId);
  }

  private async find(m: EntityManager, id: string): Promise<BookingEntity> {
    const booking = await m.getRepository(BookingEntity).findOneBy({ id });
    if (!booking) throw new NotFoundError('Session', id);
    return booking;
  }

  private async lockActive(m: EntityManager, id: string, actor?: AuthUser, check?: 'change' | 'run'): Promise<BookingEntity> {
    const booking = await m.getRepository(BookingEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!booking) throw new NotFoundError('Session', id);
    if (actor && check === 'change') this.access.assertCanChange(actor, booking);
    if (actor && check === 'run') this.access.assertCanRun(actor, booking);
    if (booking.status !== BookingStatus.Booked) throw new BookingNotActiveError(booking.status);
    return booking;
  }

  /** The one place every booking change is recorded (in the change's transaction); it also queues the change's invites and emails. */
  private async record(
    m: EntityManager,
    bookingId: string,
    kind: BookingEventKind,
    actor: AuthUser,
    data: Partial<BookingEventEntity>,
    mail: BookingChangeFacts = {},
  ): Promise<void> {
    const [event] = (await m.query(
      `INSERT INTO booking_events (booking_id, kind, actor_id, from_starts_at, to_starts_at, reason, location) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [bookingId, kind, actor.id, data.fromStartsAt ?? null, data.toStartsAt ?? null, data.reason ?? null, data.location ?? null],
    )) as { id: string }[];
    await this.mailer.recorded(m, bookingId, kind, event?.id, mail);
  }

  /**
   * A taken slot, whether seen before inserting or lost at the exclusion constraint (a race),
   * becomes CONFLICT with the next free starts, looked up after the failed transaction ended.
   */
  private async raceSafe<T>(
    input: { sessionTypeId: string; coachId?: string | null },
    studentId: string,
    wanted: Date,
    work: () => Promise<T>,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        const violation = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
        // Two transactions inserting overlapping rows at the same moment each wait for the other's
        // exclusion-constraint check; PostgreSQL aborts one (40P01). Running it again sees the
        // winner committed and is refused for the right reason (or succeeds if the winner rolled back).
        if (violation?.code === '40P01' && attempt < MAX_ATTEMPTS) continue;
        const coachTaken = error instanceof SlotTakenError ? error.who === 'coach' : violation?.code === '23P01' && violation.constraint !== 'bookings_student_no_overlap';
        if (violation?.code === '23P01' && !coachTaken) throw new SlotTakenError([], 'student');
        if (!coachTaken) throw error;
        throw new SlotTakenError(await this.slots.nextFree(this.db.manager, input, studentId, wanted));
      }
    }
  }
}

/** Where a new session happens: the type's room, or the coach's own video link at booking time. */
export function locationOf(type: Pick<SessionTypeModel, 'locationKind' | 'room'>, meetingUrl: string | null): string {
  if (type.locationKind === LocationKind.Room) return type.room ?? 'Career center';
  return meetingUrl ?? VIDEO_LINK_PENDING;
}

/** A video session whose coach has not set a link yet; the coach can add it to the booking later. */
export const VIDEO_LINK_PENDING = 'Video call — your coach shares the link';

/** A new place for one session: a room name, or for a video session an https link. */
function checkLocation(type: Pick<SessionTypeModel, 'locationKind'>, raw: string): string {
  const location = raw.trim();
  if (!location) throw new BadInputError('location', 'location: should not be empty');
  if (location.length > 500) throw new BadInputError('location', 'location: must be at most 500 characters');
  if (type.locationKind === LocationKind.Video && !isHttpsUrl(location)) {
    throw new BadInputError('location', 'location: a video session needs an https:// link, e.g. https://meet.example.org/your-room');
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(location) && !isHttpsUrl(location)) throw new BadInputError('location', 'location: links must start with https://');
  return location;
}

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !!url.hostname && !/\s/.test(value);
  } catch {
    return false;
  }
}
